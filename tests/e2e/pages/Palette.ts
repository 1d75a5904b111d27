import { expect, type Locator, type Page } from '@playwright/test';

/** The command palette (Ctrl/Cmd+P). */
export class Palette {
  readonly page: Page;
  readonly dialog: Locator;
  readonly input: Locator;
  readonly options: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByRole('dialog', { name: /^(Command palette|命令面板)$/ });
    this.input = this.dialog.getByRole('combobox');
    this.options = this.dialog.getByRole('option');
  }

  async open(shortcut = 'ControlOrMeta+P'): Promise<void> {
    await this.page.keyboard.press(shortcut);
    await expect(this.input).toBeFocused();
  }

  /** Types, waits for the first option to match, presses Enter. */
  async run(text: string, first: string | RegExp): Promise<void> {
    await this.input.fill(text);
    await expect(this.options.first()).toContainText(first);
    await this.input.press('Enter');
    await expect(this.dialog).toBeHidden();
  }
}
