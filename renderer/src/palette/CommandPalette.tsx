import './palette.css';
import { type KeyboardEvent, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useT } from '../i18n/useT';
import { Dialog } from '../ui/Dialog';
import { filterCommands } from './match';
import { onCommandsChanged, type PaletteCommand, registeredCommands } from './registry';

interface CommandPaletteProps {
  open: boolean;
  onClose: () => void;
  /** The app's own commands and the documents to open. */
  commands: readonly PaletteCommand[];
  /** Runs a search for the typed text (offered first when the text is not empty). */
  onSearch: (query: string) => void;
}

export const paletteListId = 'palette-options';
const optionId = (index: number) => `palette-option-${index}`;

let registryVersion = 0;
const subscribeRegistry = (notify: () => void) =>
  onCommandsChanged(() => {
    registryVersion++;
    notify();
  });

/** Ctrl/Cmd+P: type to filter commands, documents and whatever others registered; Enter runs. */
export function CommandPalette({ open, onClose, commands, onSearch }: CommandPaletteProps) {
  const t = useT();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const version = useSyncExternalStore(subscribeRegistry, () => registryVersion);

  useEffect(() => {
    if (open) {
      setText('');
      setActive(0);
    }
  }, [open]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` re-reads the registry when it changes
  const shown = useMemo(() => {
    if (!open) return [];
    const all = [...commands, ...registeredCommands()];
    const matches = filterCommands(all, text);
    const query = text.trim();
    if (query === '') return matches;
    const searchFor: PaletteCommand = {
      id: 'search.run',
      label: t('palette.search', { query }),
      group: 'command',
      run: () => onSearch(query),
    };
    return [searchFor, ...matches];
  }, [open, commands, text, version, t, onSearch]);

  const run = (command: PaletteCommand | undefined) => {
    if (!command) return;
    onClose();
    command.run();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((i) => Math.min(shown.length - 1, i + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      run(shown[active]);
    }
  };

  const current = Math.min(active, shown.length - 1);
  return (
    <Dialog open={open} title={t('palette.title')} onClose={onClose} className="palette">
      <input
        data-autofocus
        type="text"
        className="palette-input"
        role="combobox"
        aria-label={t('palette.input')}
        placeholder={t('palette.input')}
        aria-expanded={shown.length > 0}
        aria-controls={paletteListId}
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        aria-autocomplete="list"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {shown.length === 0 ? (
        <p className="empty">{t('palette.empty')}</p>
      ) : (
        <div id={paletteListId} className="palette-list" role="listbox" aria-label={t('palette.title')}>
          {shown.map((command, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the input handles keys (aria-activedescendant)
            <div
              key={command.id}
              id={optionId(index)}
              role="option"
              tabIndex={-1}
              aria-selected={index === current}
              className={index === current ? 'palette-option active' : 'palette-option'}
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => setActive(index)}
              onClick={() => run(command)}
            >
              <span className="palette-group">
                {t(`palette.group.${command.group === 'document' ? 'document' : 'command'}`)}
              </span>
              <span className="palette-label" lang={command.lang}>
                {command.label}
              </span>
              {command.detail && <span className="palette-detail">{command.detail}</span>}
            </div>
          ))}
        </div>
      )}
    </Dialog>
  );
}
