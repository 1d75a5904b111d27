import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium (never a downloaded browser), started without the background
 * services that would try to reach the network.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env.FOLIO_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
