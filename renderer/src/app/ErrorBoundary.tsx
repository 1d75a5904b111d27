import { Component, type ErrorInfo, type ReactNode } from 'react';
import { type WithTranslation, withTranslation } from 'react-i18next';
import { describeError } from '../api/errors';

interface State {
  error: unknown;
}

/** Last line of defence: a message and a way out instead of a blank window. */
class Boundary extends Component<{ children: ReactNode } & WithTranslation, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Folio renderer error', error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <main className="fatal" role="alert">
        <h1>{this.props.t('app.error.title')}</h1>
        <p>{describeError(this.state.error, this.props.t)}</p>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          {this.props.t('app.error.reload')}
        </button>
      </main>
    );
  }
}

export const ErrorBoundary = withTranslation()(Boundary);
