import { expect, type Locator, type Page } from '@playwright/test';

/** The middle pane: search box, help popover, results header and the hits listbox. */
export class SearchPane {
  readonly page: Page;
  readonly input: Locator;
  readonly hits: Locator;
  readonly options: Locator;
  readonly header: Locator;
  readonly helpButton: Locator;
  readonly help: Locator;
  readonly suggestions: Locator;

  constructor(page: Page) {
    this.page = page;
    const pane = page.getByRole('region', { name: 'Search' });
    this.input = pane.getByRole('combobox', { name: 'Search' });
    this.hits = pane.getByRole('listbox', { name: 'Search results' });
    this.options = this.hits.getByRole('option');
    this.header = pane.locator('.results-header');
    this.helpButton = pane.getByRole('button', { name: 'Query syntax help' });
    this.help = page.getByRole('dialog', { name: 'Query syntax' });
    this.suggestions = pane.getByRole('listbox', { name: 'Suggestions' });
  }

  /** Types the query and presses Enter (search now, close suggestions), then waits for the answer. */
  async search(query: string): Promise<void> {
    await this.input.fill(query);
    await this.input.press('Enter');
    await expect(this.header).not.toHaveText(/Searching|Type to search/);
  }

  hit(index: number): Locator {
    return this.hits.locator(`[role="option"][aria-posinset="${index + 1}"]`);
  }

  get activeHit(): Locator {
    return this.hits.locator('[role="option"][aria-selected="true"]');
  }
}
