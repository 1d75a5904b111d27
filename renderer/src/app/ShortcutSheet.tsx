import { useT } from '../i18n/useT';

/** The keys, as written on the keyboard (not translated), and what they do. */
const shortcuts: { keys: string[]; labelKey: string }[] = [
  { keys: ['Ctrl/⌘ P', 'Ctrl/⌘ Shift P'], labelKey: 'app.shortcut.palette' },
  { keys: ['Ctrl/⌘ K'], labelKey: 'app.shortcut.search' },
  { keys: ['Ctrl/⌘ F'], labelKey: 'app.shortcut.find' },
  { keys: ['↑', '↓', 'PgUp', 'PgDn'], labelKey: 'app.shortcut.hits' },
  { keys: ['Alt ←'], labelKey: 'app.shortcut.back' },
  { keys: ['Alt →'], labelKey: 'app.shortcut.forward' },
  { keys: ['Esc'], labelKey: 'app.shortcut.close' },
  // Notes (renderer/src/notes/NotesLayer.tsx); the selection keys act on text selected in the reader.
  { keys: ['1', '2', '3', '4', '5', '6'], labelKey: 'notes.shortcut.colours' },
  { keys: ['H'], labelKey: 'notes.shortcut.highlight' },
  { keys: ['N'], labelKey: 'notes.shortcut.note' },
  { keys: ['B'], labelKey: 'notes.shortcut.bookmark' },
  { keys: ['P'], labelKey: 'notes.shortcut.pack' },
  { keys: ['Tab', 'Enter', 'Delete'], labelKey: 'notes.shortcut.marks' },
  { keys: ['Shift N'], labelKey: 'notes.shortcut.panel' },
  { keys: ['P'], labelKey: 'notes.shortcut.hitPack' },
  { keys: ['?'], labelKey: 'app.shortcut.help' },
];

/** `?`: every keyboard shortcut on one sheet. */
export function ShortcutSheet() {
  const t = useT();
  return (
    <dl className="shortcut-sheet">
      {shortcuts.map((s) => (
        <div key={s.labelKey} className="shortcut">
          <dt>
            {s.keys.map((key) => (
              <kbd key={key} translate="no">
                {key}
              </kbd>
            ))}
          </dt>
          <dd>{t(s.labelKey)}</dd>
        </div>
      ))}
    </dl>
  );
}
