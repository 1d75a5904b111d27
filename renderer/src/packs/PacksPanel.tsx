import './packs.css';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Pack, PackItem, PackItemInput } from '../../../shared/notes-model';
import { useApi } from '../api/ApiContext';
import { describeError } from '../api/errors';
import { useT } from '../i18n/useT';
import { setCurrentPack, useCurrentPack } from './current-pack';
import { HandoutExport } from './HandoutExport';
import { PackItemRow } from './PackItemRow';
import { packsChanged } from './pack-signal';
import { usePacks } from './usePacks';
import { useSlides } from './useSlides';

interface PacksPanelProps {
  onPresent: (packId: string) => void;
}

/** Session packs: the list, and the chosen pack's items to edit, reorder, export and present. */
export function PacksPanel({ onPresent }: PacksPanelProps) {
  const t = useT();
  const api = useApi();
  const packs = usePacks();
  const current = useCurrentPack();
  const [selectedId, setSelectedId] = useState<string | null>(current);
  const [newName, setNewName] = useState('');
  const [error, setError] = useState('');
  const list = packs.data ?? [];
  const selected = list.find((p) => p.id === selectedId) ?? list.find((p) => p.id === current) ?? list[0] ?? null;

  const act = async (work: () => Promise<unknown>) => {
    setError('');
    try {
      await work();
    } catch (e) {
      setError(t('packs.error', { message: describeError(e) }));
    }
    packsChanged();
  };
  const create = (e: FormEvent) => {
    e.preventDefault();
    const name = newName.trim();
    if (!name) return;
    void act(async () => {
      const pack = await api.createPack({ name });
      setSelectedId(pack.id);
      setCurrentPack(pack.id);
      setNewName('');
    });
  };

  return (
    <div className="packs-panel">
      <nav className="packs-list" aria-label={t('packs.list')}>
        <form className="packs-new" onSubmit={create}>
          <label>
            <span className="visually-hidden">{t('packs.newName')}</span>
            <input
              data-autofocus
              value={newName}
              placeholder={t('packs.new')}
              aria-label={t('packs.newName')}
              onChange={(e) => setNewName(e.target.value)}
            />
          </label>
          <button type="submit">{t('packs.create')}</button>
        </form>
        {packs.data && list.length === 0 && <p className="packs-empty">{t('packs.empty')}</p>}
        <ul>
          {list.map((pack) => (
            <li key={pack.id}>
              <button
                type="button"
                className="pack-choice"
                aria-current={pack.id === selected?.id ? 'true' : undefined}
                onClick={() => setSelectedId(pack.id)}
              >
                <span>{pack.name}</span> <span className="pack-count">{pack.items.length}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {selected && (
        <PackEditor
          key={selected.id}
          pack={selected}
          isCurrent={selected.id === current}
          act={act}
          onPresent={() => onPresent(selected.id)}
          onDeleted={() => setSelectedId(null)}
        />
      )}
      <p className="packs-error" role="alert">
        {error}
      </p>
    </div>
  );
}

interface PackEditorProps {
  pack: Pack;
  isCurrent: boolean;
  act: (work: () => Promise<unknown>) => Promise<void>;
  onPresent: () => void;
  onDeleted: () => void;
}

function PackEditor({ pack, isCurrent, act, onPresent, onDeleted }: PackEditorProps) {
  const t = useT();
  const api = useApi();
  const slides = useSlides(pack);
  const [name, setName] = useState(pack.name);
  const [text, setText] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<number | null>(null);
  const [focusItem, setFocusItem] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  // After a move the list re-renders from the core's answer; the moved item keeps the focus.
  useEffect(() => {
    if (!focusItem) return;
    const el = listRef.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(focusItem)}"]`);
    if (el && document.activeElement !== el) el.focus();
  });

  const move = (from: number, to: number) => {
    const item = pack.items[from];
    if (!item) return;
    setFocusItem(item.id);
    void act(async () => {
      await api.movePackItem({ pack: pack.id, itemId: item.id, to });
      setAnnouncement(t('packs.item.moved', { position: to + 1, count: pack.items.length }));
    });
  };
  const save = (item: PackItem, changes: { text?: string; quiz?: PackItem['quiz'] }) =>
    void act(() => api.editPackItem({ pack: pack.id, itemId: item.id, ...changes }));
  const add = (item: PackItemInput) => void act(() => api.addPackItem({ pack: pack.id, item }));
  const rename = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() && name.trim() !== pack.name) void act(() => api.renamePack({ pack: pack.id, name: name.trim() }));
  };
  const remove = () => {
    if (!window.confirm(t('packs.confirmDelete', { name: pack.name }))) return;
    void act(async () => {
      await api.deletePack({ pack: pack.id });
      if (isCurrent) setCurrentPack(null);
      onDeleted();
    });
  };

  return (
    <section className="pack-editor" aria-labelledby="pack-editor-title">
      <h3 id="pack-editor-title" className="visually-hidden">
        {t('packs.items', { name: pack.name })}
      </h3>
      <form className="pack-rename" onSubmit={rename}>
        <label>
          <span>{t('packs.renameTo')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit">{t('packs.rename')}</button>
        <button type="button" className="danger" onClick={remove}>
          {t('packs.delete')}
        </button>
      </form>
      <div className="pack-actions">
        <label className="pack-current">
          <input
            type="checkbox"
            checked={isCurrent}
            onChange={(e) => setCurrentPack(e.target.checked ? pack.id : null)}
          />
          {t('packs.makeCurrent')}
        </label>
        <button type="button" onClick={onPresent} disabled={pack.items.length === 0}>
          {t('packs.present')}
        </button>
        <HandoutExport pack={pack} slides={slides.data ?? []} />
      </div>
      {pack.items.length === 0 ? (
        <p className="packs-empty">{t('packs.noItems')}</p>
      ) : (
        <>
          <p className="pack-hint" id="pack-items-hint">
            {t('packs.itemsHint')}
          </p>
          <ol
            ref={listRef}
            className="pack-items"
            aria-label={t('packs.items', { name: pack.name })}
            aria-describedby="pack-items-hint"
          >
            {pack.items.map((item, index) => (
              <PackItemRow
                key={item.id}
                item={item}
                slide={slides.data?.find((s) => s.itemId === item.id)}
                index={index}
                count={pack.items.length}
                onMove={move}
                onSave={(changes) => save(item, changes)}
                onRemove={() => void act(() => api.removePackItem({ pack: pack.id, itemId: item.id }))}
                dragging={dragging}
                onDragStart={setDragging}
              />
            ))}
          </ol>
        </>
      )}
      <output className="visually-hidden" aria-live="polite">
        {announcement}
      </output>
      <form
        className="pack-add-text"
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          add({ kind: 'text', text: text.trim() });
          setText('');
        }}
      >
        <label>
          <span>{t('packs.addText')}</span>
          <textarea
            value={text}
            rows={2}
            aria-label={t('packs.addTextLabel')}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <button type="submit">{t('packs.add')}</button>
      </form>
      <HighlightPicker onAdd={(noteId) => add({ kind: 'note', noteId })} />
    </section>
  );
}

/** Adds one of the user's highlights (asked through listNotes) to the pack. */
function HighlightPicker({ onAdd }: { onAdd: (noteId: string) => void }) {
  const t = useT();
  const api = useApi();
  const [notes, setNotes] = useState<{ id: string; label: string }[] | null>(null);
  const [choice, setChoice] = useState('');
  useEffect(() => {
    let live = true;
    api.listNotes({}).then(
      (all) => {
        if (!live) return;
        const highlights = all.filter((n) => n.kind === 'highlight' && !n.deletedAt);
        setNotes(
          highlights.map((n) => ({ id: n.id, label: `${n.quote?.exact.slice(0, 80) ?? ''} — ${n.identity.title}` })),
        );
      },
      () => live && setNotes([]),
    );
    return () => {
      live = false;
    };
  }, [api]);
  if (!notes) return null;
  return (
    <form
      className="pack-add-highlight"
      onSubmit={(e) => {
        e.preventDefault();
        if (choice) onAdd(choice);
      }}
    >
      <label>
        <span>{t('packs.addHighlight')}</span>
        <select value={choice} onChange={(e) => setChoice(e.target.value)} disabled={notes.length === 0}>
          <option value="">{notes.length === 0 ? t('packs.addHighlightNone') : '—'}</option>
          {notes.map((n) => (
            <option key={n.id} value={n.id}>
              {n.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={!choice}>
        {t('packs.add')}
      </button>
    </form>
  );
}
