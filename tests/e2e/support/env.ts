/** Environment variables shared by the global setup, the teardown and the page objects. */
export const env = {
  /** The page URL with its `#token=`; set by the global setup, or by you to reuse a running `folio serve`. */
  url: 'FOLIO_E2E_URL',
  pid: 'FOLIO_E2E_PID',
  dataDir: 'FOLIO_E2E_DATA',
} as const;

export function appUrl(): string {
  const url = process.env[env.url];
  if (!url) throw new Error(`${env.url} is not set: the e2e global setup did not run`);
  return url;
}
