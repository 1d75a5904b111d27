import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiContext } from './api/ApiContext';
import { connect } from './api/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';

const { api, door } = connect();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <ApiContext value={api}>
        <App door={door} />
      </ApiContext>
    </ErrorBoundary>
  </StrictMode>,
);
