import { type Browser, type BrowserContext, test as base, expect } from '@playwright/test';

/**
 * What the page may load: the app's own loopback origin (any port: a spec may start several
 * servers) and the browser's inert schemes. Anything else is a request outside the app.
 */
const insideTheApp = /^(?:http:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?(?:\/|$)|data:|blob:|about:)/;

/** Chromium words every CSP refusal this way in the console, including `eval` from a library's JIT. */
const cspConsoleMessage = /Content Security Policy/;

interface Offence {
  kind: 'request outside the app' | 'CSP violation';
  detail: string;
}

async function watch(context: BrowserContext, offences: Offence[]): Promise<void> {
  context.on('request', (request) => {
    if (!insideTheApp.test(request.url())) offences.push({ kind: 'request outside the app', detail: request.url() });
  });
  context.on('console', (message) => {
    if (cspConsoleMessage.test(message.text())) offences.push({ kind: 'CSP violation', detail: message.text() });
  });
  await context.exposeBinding('__folioReportCspViolation', (_source, detail: unknown) => {
    offences.push({ kind: 'CSP violation', detail: String(detail) });
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __folioReportCspViolation: (detail: string) => void })
        .__folioReportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
}

/** Also watches the contexts a test opens itself (a second window, another language). */
function watchNewContexts(browser: Browser, offences: Offence[]): () => void {
  const original = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await original(...args);
    await watch(context, offences);
    return context;
  };
  return () => {
    browser.newContext = original;
  };
}

/**
 * Playwright's `test`, with every browser context of every test watched: a request to an address
 * outside the app's loopback origin, or a Content-Security-Policy violation, fails the test that
 * caused it. Every Chromium spec imports `test` and `expect` from here.
 */
export const test = base.extend<{ appOnlyWatch: void }>({
  appOnlyWatch: [
    async ({ browser, context }, use) => {
      const offences: Offence[] = [];
      await watch(context, offences);
      const restore = watchNewContexts(browser, offences);
      try {
        await use();
      } finally {
        restore();
      }
      expect(offences, 'requests outside the app and CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
