import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { z } from 'zod';
import type { KbPackPdfBridge } from '../../../shared/doors';
import type { Pack } from '../../../shared/notes-model';
import { useApi } from '../api/ApiContext';
import { describeError } from '../api/errors';
import { useT } from '../i18n/useT';
import { downloadText } from './download';
import type { Slide } from './slides';

declare global {
  interface Window {
    /** Electron only: saves a pack's handout as PDF through main's printToPDF. */
    readonly kbPackPdf?: KbPackPdfBridge;
  }
}

/** Main's reply crosses a process boundary, so it is checked like any other. */
const PackPdfReplySchema = z.union([
  z.object({ ok: z.literal(true), file: z.string().nullable() }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);

/** On <html> while the handout (not the app) is being printed. */
export const printHandoutClass = 'print-handout';

/**
 * The handout in three forms: Markdown and self-contained HTML from the core (`exportPack`),
 * downloaded; PDF through main's printToPDF in Electron, else by printing the handout view
 * (the browser's print dialog, "Save as PDF").
 */
export function HandoutExport({ pack, slides }: { pack: Pack; slides: readonly Slide[] }) {
  const t = useT();
  const api = useApi();
  const [status, setStatus] = useState('');
  const [printing, setPrinting] = useState(false);

  const download = (format: 'md' | 'html') => {
    setStatus('');
    api.exportPack({ pack: pack.id, format }).then(
      ({ text }) => setStatus(t('packs.export.done', { file: downloadText(text, pack.name, format) })),
      (e: unknown) => setStatus(t('packs.error', { message: describeError(e) })),
    );
  };

  const pdf = () => {
    setStatus('');
    const bridge = window.kbPackPdf;
    if (!bridge) {
      setPrinting(true);
      return;
    }
    bridge.save(pack.id).then(
      (raw) => {
        const reply = PackPdfReplySchema.safeParse(raw);
        if (!reply.success) setStatus(t('packs.error', { message: 'INTERNAL' }));
        else if (!reply.data.ok) setStatus(t('packs.error', { message: reply.data.message }));
        else if (reply.data.file) setStatus(t('packs.export.saved', { file: reply.data.file }));
      },
      (e: unknown) => setStatus(t('packs.error', { message: describeError(e) })),
    );
  };

  useEffect(() => {
    if (!printing) return;
    const root = document.documentElement;
    root.classList.add(printHandoutClass);
    window.print();
    root.classList.remove(printHandoutClass);
    setPrinting(false);
  }, [printing]);

  return (
    <fieldset className="handout-export">
      <legend>{t('packs.export')}</legend>
      <button type="button" onClick={() => download('md')}>
        {t('packs.export.md')}
      </button>
      <button type="button" onClick={() => download('html')}>
        {t('packs.export.html')}
      </button>
      <button type="button" onClick={pdf} title={window.kbPackPdf ? undefined : t('packs.export.pdfHint')}>
        {t('packs.export.pdf')}
      </button>
      <output aria-live="polite" className="copy-status">
        {status}
      </output>
      {printing && createPortal(<HandoutPrint pack={pack} slides={slides} />, document.body)}
    </fieldset>
  );
}

/** The handout as the printer sees it: each item with its citation and the trainer's note. */
export function HandoutPrint({ pack, slides }: { pack: Pack; slides: readonly Slide[] }) {
  return (
    <article className="handout-print">
      <h1>{pack.name}</h1>
      {slides.map((slide, i) => (
        <section key={slide.itemId} className="handout-item">
          {slide.heading && (
            <h2 lang={slide.lang}>
              {i + 1}. {slide.heading}
            </h2>
          )}
          {slide.kind === 'text' ? (
            <p className="handout-trainer">{slide.body}</p>
          ) : (
            <>
              {slide.quiz && (
                <p className="handout-question" lang={slide.lang}>
                  <strong>{slide.quiz.question}</strong>
                </p>
              )}
              <p lang={slide.lang}>{slide.quiz?.answer ?? slide.body}</p>
              {slide.speakerNote && <p className="handout-trainer">{slide.speakerNote}</p>}
              {slide.citation && (
                <p className="handout-citation" lang={slide.lang}>
                  {slide.citation}
                </p>
              )}
            </>
          )}
        </section>
      ))}
    </article>
  );
}
