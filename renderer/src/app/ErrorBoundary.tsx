import { Component, type ErrorInfo, type ReactNode } from 'react';
import { describeError } from '../api/errors';

interface State {
  error: unknown;
}

/** Last line of defence: a message and a way out instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
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
        <h1>Something went wrong</h1>
        <p>{describeError(this.state.error)}</p>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      </main>
    );
  }
}
