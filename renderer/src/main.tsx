import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { ApiContext } from './api/ApiContext';
import { connect } from './api/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { initI18n, preferredUiLanguage } from './i18n/i18n';

const { api, door } = connect();
const uiLanguage = preferredUiLanguage(navigator.languages);
const i18n = initI18n(uiLanguage);
document.documentElement.lang = uiLanguage === 'zh' ? 'zh-CN' : 'en';
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary>
        <ApiContext value={api}>
          <App door={door} />
        </ApiContext>
      </ErrorBoundary>
    </I18nextProvider>
  </StrictMode>,
);
