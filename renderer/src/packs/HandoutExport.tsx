import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Pack } from '../../../shared/notes-model';
import { useApi } from '../api/ApiContext';
import { describeError } from '../api/errors';
import { useT } from '../i18n/useT';
import { downloadText } from './download';
import type { Slide } from './slides';

/** On <html> while the handout (not the app) is being printed. */
export const printHandoutClass = 'print-handout';

/**
 * The handout in three forms: Markdown and self-contained HTML from the core (`exportPack`),
 * downloaded; PDF by printing the handout view (the print dialog's "Save as PDF", in both doors).
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
      <button type="button" onClick={() => setPrinting(true)} title={t('packs.export.pdfHint')}>
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
