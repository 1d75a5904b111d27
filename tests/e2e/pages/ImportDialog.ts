import type { Locator, Page } from '@playwright/test';

/** The Import dialog: paths in, progress, then the report. */
export class ImportDialog {
  readonly page: Page;
  readonly dialog: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByRole('dialog', { name: 'Import documents' });
  }

  async importPaths(paths: string[]): Promise<void> {
    await this.page.getByRole('button', { name: 'Import…' }).click();
    await this.dialog.getByLabel('Files or folders on this computer, one per line').fill(paths.join('\n'));
    await this.dialog.getByRole('button', { name: 'Import', exact: true }).click();
  }

  get report(): Locator {
    return this.dialog.locator('.import-report');
  }
}
