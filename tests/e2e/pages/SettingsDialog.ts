import { expect, type Locator, type Page } from '@playwright/test';

/** The Settings dialog, opened from the top bar (labels in the current UI language). */
export class SettingsDialog {
  readonly page: Page;
  readonly dialog: Locator;

  constructor(page: Page, title: string | RegExp = /^(Settings|设置)$/) {
    this.page = page;
    this.dialog = page.getByRole('dialog', { name: title });
  }

  async open(button: string | RegExp = /^(Settings…|设置…)$/): Promise<void> {
    await this.page.getByRole('button', { name: button }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Picks a radio choice by its visible label (e.g. 'Dark', '中文'). */
  async choose(label: string): Promise<void> {
    await this.dialog.getByRole('radio', { name: label, exact: true }).check();
  }

  get textSize(): Locator {
    return this.dialog.getByRole('slider');
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.dialog).toBeHidden();
  }
}
