import { FolioApp, seed } from './pages/FolioApp';
import { bridgeApi } from './support/bridge-api';
import { type RunningServer, startFolioServer, stopFolioServer } from './support/folio-server';
import { expect, test } from './support/test';

// This spec adds a note, so it gets a server and a user store of its own.
let server: RunningServer;
test.beforeEach(async () => {
  server = await startFolioServer();
});
test.afterEach(async () => {
  await stopFolioServer(server.child.pid, server.dataDir);
});
const api = () => bridgeApi(server);

/** Highlights "Tokenization" in the seed notice with a note and a tag. */
async function noteOnTheNotice(): Promise<void> {
  const docs = await api().listDocuments({});
  const notice = docs.find((d) => d.title === seed.notice)!;
  const doc = await api().getDocument({ id: notice.id });
  const passage = doc.passages.find((p) => p.text.includes('Tokenization'))!;
  const start = passage.text.indexOf('Tokenization');
  await api().addHighlight({
    docId: notice.id,
    passageId: passage.id,
    start,
    end: start + 'Tokenization'.length,
    note: 'Use in the onboarding session',
    tags: ['onboarding-risks'],
  });
}

test('in:notes finds a note by its words and opening the hit shows its passage', async ({ page }) => {
  await noteOnTheNotice();
  const app = await new FolioApp(page).open(server.url);

  await app.search.search('in:notes onboarding session');

  await expect(app.search.options).toHaveCount(1);
  await expect(app.search.hit(0)).toContainText('Use in the onboarding session');
  await app.search.hit(0).click();
  await expect(app.reader.title).toHaveText(seed.notice);
  await expect(page).toHaveURL(/#\/doc\/[^/]+\/p\//);
});

test('a note tag is suggested, and choosing it searches in:notes', async ({ page }) => {
  await noteOnTheNotice();
  const app = await new FolioApp(page).open(server.url);

  await app.search.input.fill('onboarding-r');
  const tag = app.search.suggestions.getByRole('option').filter({ hasText: 'onboarding-risks' });
  await expect(tag).toContainText('Note tag');
  await tag.click();

  await expect(app.search.input).toHaveValue('in:notes onboarding-risks');
  await expect(app.search.options).toHaveCount(1);
});
