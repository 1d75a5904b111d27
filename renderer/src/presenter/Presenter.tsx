import './presenter.css';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { Pack } from '../../../shared/notes-model';
import { useT } from '../i18n/useT';
import { useSlides } from '../packs/useSlides';
import { clock, type PresenterAction, presenterAction } from './presenter-keys';
import { useElapsed } from './useElapsed';

interface PresenterProps {
  pack: Pack;
  onLeave: () => void;
}

/**
 * Presenter mode: one pack item per slide in large type, full screen where the browser allows,
 * ← → / PgUp PgDn to move, Space/Enter to turn a quiz card, N for the speaker note, Esc to leave.
 */
export function Presenter({ pack, onLeave }: PresenterProps) {
  const t = useT();
  const slides = useSlides(pack).data ?? [];
  const [index, setIndex] = useState(0);
  const [flipped, setFlipped] = useState(false);
  const [showNotes, setShowNotes] = useState(false);
  const elapsed = useElapsed();
  const root = useRef<HTMLElement>(null);
  const latestLeave = useRef(onLeave);
  latestLeave.current = onLeave;

  useEffect(() => {
    const el = root.current;
    // The app behind the slides is out of reach (Tab, screen readers) until presenter mode ends.
    const app = document.querySelector('.app');
    app?.setAttribute('inert', '');
    el?.focus();
    // Full screen needs a user gesture and may be refused (an iframe, a kiosk policy): the overlay still fills the window.
    el?.requestFullscreen?.().catch(() => undefined);
    const onChange = () => {
      if (!document.fullscreenElement) el?.focus();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      app?.removeAttribute('inert');
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  // The pack says how many slides there are before their text has loaded, so early keys still count.
  const count = pack.items.length;
  const slide = slides.find((s) => s.itemId === pack.items[index]?.id);
  const go = (to: number) => {
    setIndex(Math.max(0, Math.min(count - 1, to)));
    setFlipped(false);
  };
  const run = (action: PresenterAction) => {
    if (action === 'next') go(index + 1);
    else if (action === 'previous') go(index - 1);
    else if (action === 'first') go(0);
    else if (action === 'last') go(count - 1);
    else if (action === 'flip') setFlipped((f) => !f);
    else if (action === 'toggleNotes') setShowNotes((s) => !s);
    else latestLeave.current();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    // Buttons keep Space/Enter for themselves; arrows and Escape work everywhere.
    const onButton = e.target instanceof HTMLButtonElement;
    const action = presenterAction(e.key, { ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey });
    if (!action || (onButton && action === 'flip')) return;
    e.preventDefault();
    e.stopPropagation();
    run(action);
  };

  const quiz = slide?.quiz;
  return (
    <section
      ref={root}
      className="presenter"
      aria-roledescription="slides"
      aria-label={t('packs.presenter.label', { name: pack.name })}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <header className="presenter-bar">
        <span className="presenter-pack">{pack.name}</span>
        <span className="presenter-position" aria-live="polite">
          {count > 0 ? t('packs.presenter.position', { position: index + 1, count }) : ''}
        </span>
        <span className="presenter-timer">
          <span className="visually-hidden">{t('packs.presenter.timer')} </span>
          <time>{clock(elapsed)}</time>
        </span>
        <button type="button" aria-pressed={showNotes} onClick={() => setShowNotes((s) => !s)}>
          {t('packs.presenter.notes')}
        </button>
        <button type="button" onClick={onLeave}>
          {t('packs.presenter.leave')}
        </button>
      </header>
      <div className="presenter-slide" aria-live="polite">
        {!slide ? (
          <p>{count === 0 ? t('packs.presenter.empty') : t('common.loading')}</p>
        ) : quiz ? (
          <div className={`quiz-card${flipped ? ' flipped' : ''}`}>
            {slide.heading && (
              <p className="presenter-heading" lang={slide.lang}>
                {slide.heading}
              </p>
            )}
            <h2 className="quiz-question" lang={slide.lang}>
              <span className="quiz-tag">{t('packs.presenter.question')}</span> {quiz.question}
            </h2>
            {flipped && (
              <div className="quiz-answer" lang={slide.lang}>
                <span className="quiz-tag">{t('packs.presenter.answer')}</span>
                <p>{quiz.answer}</p>
              </div>
            )}
            <button type="button" className="quiz-flip" onClick={() => setFlipped((f) => !f)}>
              {flipped ? t('packs.presenter.showQuestion') : t('packs.presenter.flip')}
            </button>
          </div>
        ) : (
          <article className="presenter-item">
            {slide.heading && (
              <h2 className="presenter-heading" lang={slide.lang}>
                {slide.heading}
              </h2>
            )}
            <p className={slide.kind === 'text' ? 'presenter-trainer' : 'presenter-text'} lang={slide.lang}>
              {slide.missing ? t('packs.item.missing') : slide.body}
            </p>
            {slide.citation && (
              <p className="presenter-citation" lang={slide.lang}>
                {slide.citation}
              </p>
            )}
          </article>
        )}
      </div>
      {showNotes && (
        <aside className="presenter-notes" aria-label={t('packs.presenter.notes')}>
          {slide?.speakerNote ?? t('packs.presenter.noNote')}
        </aside>
      )}
      <footer className="presenter-foot">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
          ← {t('packs.presenter.previous')}
        </button>
        <span className="presenter-help">{t('packs.presenter.help')}</span>
        <button type="button" onClick={() => go(index + 1)} disabled={index >= count - 1}>
          {t('packs.presenter.next')} →
        </button>
      </footer>
    </section>
  );
}
