import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handoutHtml, handoutMarkdown } from '../../../electron/core/notes/export/handout';
import { chromiumPath, chromiumPrintToPdf, handoutPdf } from '../../../electron/core/notes/export/pdf';
import type { KbService } from '../../../electron/core/service';
import type { DocumentDetail } from '../../../shared/model';
import type { Pack } from '../../../shared/notes-model';
import { openTestService } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { docByTitle, highlight, noticeTitle } from './helpers';

const tempDir = tempDirsCleanedAfterEachTest();
let service: KbService;
let notice: DocumentDetail;
let faqDoc: DocumentDetail;
beforeEach(async () => {
  service = await openTestService(tempDir());
  notice = await docByTitle(service, noticeTitle);
  faqDoc = await docByTitle(service, 'WEEX Crypto News and the Dynamics of API Access');
});
afterEach(async () => {
  await service.close();
});

const noticeCitation =
  "China's Central Bank and Eight Other Departments' Latest Regulatory Focus: Key Attention to RWA Tokenized Asset Risk, Yinfa [2026] No. 42";

/** Five items: trainer text, an article, a highlight with a note, a FAQ (a quiz card as it stands), a marked quiz. */
async function fivePack(): Promise<Pack> {
  const faq = faqDoc.passages.find((p) => p.kind === 'faq')!;
  const article2 = notice.passages.find((p) => p.number === '2')!;
  const note = await highlight(service, notice.id, '1', 'Virtual currency does not possess', {
    note: 'Not legal tender',
  });
  await service.api.createPack({ name: 'Risk session' });
  await service.api.addPackItem({
    pack: 'Risk session',
    item: { kind: 'text', text: 'Welcome. Today: RWA and API risks.' },
  });
  await service.api.addPackItem({
    pack: 'Risk session',
    item: { kind: 'passage', docId: notice.id, passageId: article2.id },
  });
  await service.api.addPackItem({
    pack: 'Risk session',
    item: { kind: 'note', noteId: note.id, text: 'Ask the room first' },
  });
  await service.api.addPackItem({
    pack: 'Risk session',
    item: { kind: 'passage', docId: faqDoc.id, passageId: faq.id },
  });
  return service.api.addPackItem({
    pack: 'Risk session',
    item: {
      kind: 'passage',
      docId: notice.id,
      passageId: notice.passages.find((p) => p.number === '3')!.id,
      quiz: { question: 'Who coordinates?', answer: 'The PBoC with the other departments' },
    },
  });
}

describe('session packs', () => {
  it('keeps items in order, turns a FAQ passage into a quiz card, and reorders', async () => {
    const pack = await fivePack();
    const faq = faqDoc.passages.find((p) => p.kind === 'faq')!;
    expect(pack.items.map((i) => i.kind)).toEqual(['text', 'passage', 'note', 'passage', 'passage']);
    expect(pack.items[3]!.quiz).toEqual({ question: faq.title, answer: faq.text });

    const moved = await service.api.movePackItem({ pack: 'Risk session', itemId: pack.items[4]!.id, to: 0 });
    expect(moved.items.map((i) => i.id)).toEqual([4, 0, 1, 2, 3].map((i) => pack.items[i]!.id));
    const removed = await service.api.removePackItem({ pack: 'Risk session', itemId: pack.items[0]!.id });
    expect(removed.items).toHaveLength(4);
  });

  it('refuses a second pack with the same name, by creating or renaming', async () => {
    await service.api.createPack({ name: 'Once' });
    await service.api.createPack({ name: 'Twice' });
    await expect(service.api.createPack({ name: 'Once' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(service.api.renamePack({ pack: 'Twice', name: 'Once' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('deletes a pack and keeps the highlights it held', async () => {
    const pack = await fivePack();
    await service.api.deletePack({ pack: pack.name });
    expect(await service.api.listPacks({})).toEqual([]);
    expect(await service.api.listNotes({})).toHaveLength(1);
  });

  it('exports a Markdown handout with a citation under every sourced item', async () => {
    await fivePack();
    const { text } = await service.api.exportPack({ pack: 'Risk session', format: 'md' });
    const citations = text.split('\n').filter((l) => l.startsWith('*') && l.includes('version 1'));
    expect(citations).toHaveLength(4);
    expect(text).toContain(`*${noticeCitation.replace('[2026]', '\\[2026\\]')}, Art. 2, version 1 — in force*`);
    expect(text).toContain('**Q:** Who coordinates?');
    expect(text).toContain('> Virtual currency does not possess');
  });

  it('exports a self-contained HTML handout: escaped text, no script, a citation per sourced item', async () => {
    await fivePack();
    await service.api.renamePack({ pack: 'Risk session', name: '<script>alert(1)</script> & co' });
    await service.api.addPackItem({
      pack: '<script>alert(1)</script> & co',
      item: { kind: 'text', text: '<img src=x onerror=alert(1)>' },
    });
    const { text } = await service.api.exportPack({ pack: '<script>alert(1)</script> & co', format: 'html' });
    expect(text).not.toMatch(/<script|<img|src=["']?http/i);
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(text.match(/<p class="cite">/g)).toHaveLength(4);
  });

  it('flags a repealed source in both handouts', () => {
    const pack: Pack = { id: 'p', name: 'Old rules', layer: 'personal', items: [], createdAt: '', updatedAt: '' };
    const item = {
      missing: false,
      passage: {
        kind: 'article' as const,
        text: 'Old text.',
        citation: {
          title: 'Old notice',
          docNumber: 'Yinfa [2021] No. 237',
          clause: 'Art. 3',
          version: 1,
          repealed: true,
        },
      },
    };
    expect(handoutMarkdown(pack, [item])).toContain(
      '*Old notice, Yinfa \\[2021\\] No. 237, Art. 3, version 1 — REPEALED*',
    );
    expect(handoutHtml(pack, [item])).toContain('<span class="repealed">REPEALED</span>');
  });

  it('says clearly when PDF export has no Chromium to print with', async () => {
    await expect(handoutPdf('<p>x</p>', chromiumPrintToPdf('/nonexistent/chromium'))).rejects.toThrow(
      'PDF export needs Chromium at /nonexistent/chromium',
    );
  });

  it.skipIf(!existsSync(chromiumPath))(
    `prints the HTML handout to PDF with headless Chromium${existsSync(chromiumPath) ? '' : ` (skipped: no ${chromiumPath})`}`,
    async () => {
      await fivePack();
      const { text } = await service.api.exportPack({ pack: 'Risk session', format: 'html' });
      const pdf = await handoutPdf(text, chromiumPrintToPdf());
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    },
  );
});
