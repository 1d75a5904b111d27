import type { Locator, Page } from '@playwright/test';

/** The left pane: one link per document (its address). */
export class LibraryPane {
  readonly root: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('navigation', { name: 'Library' });
  }

  document(title: string | RegExp): Locator {
    return this.root.getByRole('link', { name: title });
  }

  get documents(): Locator {
    return this.root.getByRole('listitem');
  }

  /** The "N passages" count shown under a document's title, as a number. */
  async passageCount(title: string | RegExp): Promise<number> {
    const text = await this.document(title).locator('.passage-count').innerText();
    const match = /^(\d+) passages?$/.exec(text.trim());
    if (!match) throw new Error(`Unexpected passage count text: ${text}`);
    return Number(match[1]);
  }
}
