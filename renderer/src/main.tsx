import './app/app.css';
import './app/theme.css';
import './app/print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { ApiContext, EventsContext } from './api/ApiContext';
import { connect } from './api/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { initI18n } from './i18n/i18n';
import { TranslateProvider } from './i18n/TranslateProvider';
import { applyToRoot, currentEnvironment } from './settings/apply';
import { readCachedSettings } from './settings/cache';
import { SettingsProvider } from './settings/SettingsContext';

// Before the first paint: the token out of the address, then the cached settings on <html>.
const { api, events, door } = connect();
const cached = readCachedSettings(window.localStorage);
const { language } = applyToRoot(document.documentElement, cached, currentEnvironment());
const i18n = initI18n(language);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <TranslateProvider>
        <ErrorBoundary>
          <ApiContext value={api}>
            <EventsContext value={events}>
              <SettingsProvider initial={cached}>
                <App door={door} />
              </SettingsProvider>
            </EventsContext>
          </ApiContext>
        </ErrorBoundary>
      </TranslateProvider>
    </I18nextProvider>
  </StrictMode>,
);
