import { expect, type Page } from '@playwright/test';
import { appUrl } from '../support/env';
import { LibraryPane } from './LibraryPane';
import { ReaderPane } from './ReaderPane';
import { SearchPane } from './SearchPane';

export const seed = {
  weex: 'WEEX Crypto News and the Dynamics of API Access',
  notice:
    "China's Central Bank and Eight Other Departments' Latest Regulatory Focus: Key Attention to RWA Tokenized Asset Risk",
  noticeNumber: 'Yinfa [2026] No. 42',
} as const;

/** The whole window, opened through the HTTP bridge with its token. */
export class FolioApp {
  readonly page: Page;
  readonly library: LibraryPane;
  readonly search: SearchPane;
  readonly reader: ReaderPane;

  constructor(page: Page) {
    this.page = page;
    this.library = new LibraryPane(page);
    this.search = new SearchPane(page);
    this.reader = new ReaderPane(page);
  }

  /** Opens the app (the shared server unless another URL is given) and waits until the library has loaded. */
  async open(url: string = appUrl()): Promise<this> {
    await this.page.goto(url);
    await expect(this.library.documents.first()).toBeVisible();
    return this;
  }

  /** Ctrl+K on Linux/Windows, Cmd+K on macOS. */
  async pressShortcut(key: string): Promise<void> {
    await this.page.keyboard.press(`ControlOrMeta+${key}`);
  }
}
