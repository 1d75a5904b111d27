import { type HighlightColour, highlightColours } from '../../../shared/notes-model';
import { useT } from '../i18n/useT';
import type { SelectionAnchor } from './selection-anchor';

interface SelectionToolbarProps {
  anchor: SelectionAnchor;
  /** While re-attaching a note, the toolbar offers only "attach here". */
  reattaching: boolean;
  onHighlight: (colour: HighlightColour) => void;
  onNote: () => void;
  onBookmark: () => void;
  onPack: () => void;
  onAttach: () => void;
}

/** Left/Right (and Home/End) move between the toolbar's buttons, in the order they are shown. */
function moveFocus(e: React.KeyboardEvent<HTMLDivElement>) {
  const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next =
    e.key === 'ArrowRight'
      ? (at + 1) % buttons.length
      : e.key === 'ArrowLeft'
        ? (at - 1 + buttons.length) % buttons.length
        : e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? buttons.length - 1
            : -1;
  if (next < 0 || at < 0) return;
  e.preventDefault();
  buttons[next]?.focus();
}

/** Space kept between the selection and the toolbar below it. */
const gapPx = 8;
/** The toolbar's height with a margin (its width is about eight of these). */
const toolbarRoomPx = 48;

/** The small bar beside a selection in the reader: a colour (keys 1–6), a note, a bookmark, a pack; its buttons in the order shown. */
export function SelectionToolbar({
  anchor,
  reattaching,
  onHighlight,
  onNote,
  onBookmark,
  onPack,
  onAttach,
}: SelectionToolbarProps) {
  const t = useT();
  // Below the selection, kept inside the window (a selection may run past its edge).
  const style = {
    top: Math.min(Math.max(gapPx, anchor.rect.bottom + gapPx), window.innerHeight - toolbarRoomPx),
    left: Math.min(Math.max(gapPx, anchor.rect.left), window.innerWidth - toolbarRoomPx * 8),
  };
  return (
    // Pressing a button must not clear the selection it acts on.
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label={t('notes.toolbar.label')}
      style={style}
      onMouseDown={(e) => e.preventDefault()}
      onKeyDown={moveFocus}
    >
      {reattaching ? (
        <button type="button" className="primary" onClick={onAttach}>
          {t('notes.toolbar.attach')}
        </button>
      ) : (
        <>
          {highlightColours.map((colour, i) => (
            <button
              key={colour}
              type="button"
              className={`swatch hl-${colour}`}
              aria-label={t('notes.toolbar.colour', { colour: t(`notes.colour.${colour}`), key: i + 1 })}
              title={t('notes.toolbar.colour', { colour: t(`notes.colour.${colour}`), key: i + 1 })}
              onClick={() => onHighlight(colour)}
            />
          ))}
          <button type="button" onClick={onNote}>
            {t('notes.toolbar.note')}
          </button>
          <button type="button" onClick={onBookmark}>
            {t('notes.toolbar.bookmark')}
          </button>
          <button type="button" onClick={onPack} title={t('notes.toolbar.pack')}>
            {t('packs.addToPack')}
          </button>
        </>
      )}
    </div>
  );
}
