import type { Locator, Page } from '@playwright/test';

/** The right pane: the open document, its passages and the find bar. */
export class ReaderPane {
  readonly root: Locator;
  readonly title: Locator;
  /** The open document; carries its id in data-doc-id. */
  readonly document: Locator;
  readonly passages: Locator;
  readonly findInput: Locator;
  readonly findCount: Locator;
  readonly findMarks: Locator;

  constructor(page: Page) {
    this.root = page.locator('section.reader-pane');
    this.title = this.root.getByRole('heading', { level: 2 });
    this.document = this.root.locator('section.document');
    this.passages = this.root.locator('article.passage');
    this.findInput = this.root.getByRole('textbox', { name: 'Find in document' });
    this.findCount = this.root.locator('.find-count');
    this.findMarks = this.root.locator('mark.find');
  }

  passage(id: string): Locator {
    return this.root.locator(`article.passage[id="${id.replaceAll('"', '\\"')}"]`);
  }

  get targetedPassage(): Locator {
    return this.root.locator('article.passage.targeted');
  }
}
