/** One thing the command palette can do. */
export interface PaletteCommand {
  /** Stable and unique, e.g. 'theme.toggle' or 'reader.clause.<passageId>'. */
  id: string;
  /** Already translated (or document text, e.g. a clause label as written). */
  label: string;
  /** Shown beside the label (e.g. the document title for a clause). */
  detail?: string;
  /** Extra words the filter matches (e.g. '第十二条 12'). */
  keywords?: string;
  /** Groups order the list: commands first, then documents, then anything others add. */
  group: 'command' | 'document' | 'clause';
  /** The language of the label when it is document text (so it gets the right `lang`). */
  lang?: string;
  run: () => void;
}

type Source = () => readonly PaletteCommand[];
type Listener = () => void;

const sources = new Set<Source>();
const listeners = new Set<Listener>();

/**
 * Adds commands to the palette (reader-law's "jump to clause" uses this). `source` is read
 * each time the palette opens, so it can return the current document's clauses. Returns
 * the function that removes them again.
 *
 * @example
 *   useEffect(() => registerCommands(() => clauses.map((c) => ({ id: `clause.${c.id}`, label: c.label, group: 'clause', run: () => go(c) }))), [clauses]);
 */
export function registerCommands(source: Source): () => void {
  sources.add(source);
  for (const listener of listeners) listener();
  return () => {
    sources.delete(source);
    for (const listener of listeners) listener();
  };
}

/** Every registered command, in registration order. */
export function registeredCommands(): PaletteCommand[] {
  return [...sources].flatMap((source) => source());
}

/** Called when a source is added or removed. */
export function onCommandsChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
