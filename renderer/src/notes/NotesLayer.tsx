import './notes.css';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { type HighlightColour, highlightColours, type Note } from '../../../shared/notes-model';
import { useApi } from '../api/ApiContext';
import { describeError } from '../api/errors';
import { useQuery } from '../api/useQuery';
import { useT } from '../i18n/useT';
import { parsePlace } from '../nav/route';
import { addToCurrentPack } from '../packs/add-to-pack';
import { useCurrentPack } from '../packs/current-pack';
import { registerCommands } from '../palette/registry';
import type { OpenRequest } from '../reader/target';
import { useDebounced } from '../ui/useDebounced';
import { noteIdAttr } from './HighlightedText';
import { type EditTarget, type NoteDraft, NoteEditor } from './NoteEditor';
import { NotesPanel } from './NotesPanel';
import { firstWords, setNoteHeads } from './note-heads';
import { hideNotesPanel, showNotesPanel, useNotesPanel } from './panel-store';
import { defaultColour } from './passage-highlights';
import { SelectionToolbar } from './SelectionToolbar';
import { passageInView, type SelectionAnchor, selectionAnchor } from './selection-anchor';
import { Toast, type ToastMessage } from './Toast';

/** How long a toast stays (long enough to reach "Undo"). */
const toastMs = 8000;

/** True when the focus is on the reader (or nowhere in particular), where "b" means "bookmark". */
function inReader(element: Element | null): boolean {
  return !element || element === document.body || element.closest('#reader-main, .reader-pane') !== null;
}

/** The document the address shows (the reader always shows that one). */
function subscribeHash(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}
function useShownDocId(): string | null {
  return useSyncExternalStore(
    subscribeHash,
    () => parsePlace(window.location.hash).docId ?? null,
    () => null,
  );
}

/** The highlight mark the keyboard focus is on in the reader, if any. */
function focusedHighlight(): HTMLElement | null {
  const el = document.activeElement;
  if (!(el instanceof HTMLElement) || !el.matches('.reader-pane .hl-head')) return null;
  return el.closest<HTMLElement>(`[${noteIdAttr}]`);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Everything notes add around the reader: the selection toolbar and its keys, the note editor
 * (opened by clicking a highlight), the "Deleted · Undo" toast, re-attaching a note from the
 * review queue, and the notes panel. It reads the reader's selection from the DOM, so the
 * reader only has to draw the marks.
 */
export function NotesLayer({ onOpen }: { onOpen: (request: OpenRequest) => void }) {
  const api = useApi();
  const t = useT();
  const panel = useNotesPanel();
  const [anchor, setAnchor] = useState<SelectionAnchor | null>(null);
  const [editing, setEditing] = useState<EditTarget | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [reattaching, setReattaching] = useState<Note | null>(null);
  const lastColour = useRef<HighlightColour>(defaultColour);
  const toastCount = useRef(0);
  const currentPack = useCurrentPack();

  // The first words of each note on the shown document name its highlights for screen readers. They
  // are fetched once the keyboard first reaches a highlight, so opening a document with thousands of
  // notes costs a mouse user nothing; until then a highlight is named "… with a note: <its text>".
  const shownDoc = useShownDocId();
  const [headsWanted, setHeadsWanted] = useState(false);
  useEffect(() => {
    if (headsWanted) return;
    const onFocus = (e: FocusEvent) => {
      if (e.target instanceof Element && e.target.matches('.reader-pane .hl-head')) setHeadsWanted(true);
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, [headsWanted]);
  const docNotes = useQuery(
    shownDoc && headsWanted ? `note-heads:${shownDoc}` : null,
    () => api.listNotes({ docId: shownDoc ?? '' }),
    {
      invalidatedBy: (e) => e.name === 'notesChanged' || e.name === 'libraryChanged',
    },
  ).data;
  useEffect(() => {
    const heads = new Map<string, string>();
    for (const note of docNotes ?? []) if (note.note?.trim()) heads.set(note.id, firstWords(note.note));
    setNoteHeads(heads);
  }, [docNotes]);

  const say = useCallback((text: string, undo?: () => void) => {
    toastCount.current += 1;
    setToast({ id: toastCount.current, text, ...(undo ? { undo } : {}) });
  }, []);
  // The debounced value catches up with a toast once it has been shown for toastMs: then it goes.
  const settledToast = useDebounced(toast, toastMs);
  const shownToast = settledToast === toast ? null : toast;

  const attempt = useCallback(
    async (action: () => Promise<unknown>, done?: string) => {
      try {
        await action();
        if (done) say(done);
        return true;
      } catch (error) {
        say(t('notes.toast.failed', { error: describeError(error) }));
        return false;
      }
    },
    [say, t],
  );

  const rangeOf = (a: SelectionAnchor) => ({
    docId: a.docId,
    passageId: a.passageId,
    ...(a.endPassageId !== a.passageId ? { endPassageId: a.endPassageId } : {}),
    start: a.start,
    end: a.end,
  });

  const highlight = (a: SelectionAnchor, colour: HighlightColour) => {
    lastColour.current = colour;
    window.getSelection()?.removeAllRanges();
    void attempt(
      () => api.addHighlight({ ...rangeOf(a), colour }),
      t('notes.toast.highlighted', { colour: t(`notes.colour.${colour}`) }),
    );
  };
  const bookmark = (place: { docId: string; passageId: string } | null) => {
    if (!place) return;
    void attempt(
      () => api.addBookmark({ docId: place.docId, passageId: place.passageId }),
      t('notes.toast.bookmarked'),
    );
  };
  /** Adds a passage, or (from a focused highlight) the highlight itself, to the pack being filled. */
  const addToPack = (place: { docId: string; passageId: string } | { noteId: string } | null) => {
    if (!place) return;
    void attempt(async () => {
      const pack = await addToCurrentPack(
        api,
        currentPack,
        'noteId' in place
          ? { kind: 'note', noteId: place.noteId }
          : { kind: 'passage', docId: place.docId, passageId: place.passageId },
        t('packs.defaultName'),
      );
      say(t('packs.addedTo', { name: pack.name }));
    });
  };
  const attach = (a: SelectionAnchor) => {
    const note = reattaching;
    if (!note) return;
    window.getSelection()?.removeAllRanges();
    void attempt(() => api.reattachNote({ id: note.id, ...rangeOf(a) }), t('notes.toast.reattached')).then((ok) => {
      if (ok) setReattaching(null);
    });
  };
  const startNote = (a: SelectionAnchor) => setEditing({ kind: 'new', anchor: a, colour: lastColour.current });

  // The selection toolbar follows the reader's selection (an event, not polling).
  useEffect(() => {
    const onChange = () => setAnchor(selectionAnchor(window.getSelection()));
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);

  const openNote = useCallback(
    (mark: HTMLElement) => {
      const id = mark.getAttribute(noteIdAttr) ?? '';
      const docId = mark.closest<HTMLElement>('[data-doc-id]')?.dataset.docId;
      void api
        .listNotes(docId ? { docId } : {})
        .then((notes) => {
          const note = notes.find((n) => n.id === id);
          if (note) setEditing({ kind: 'edit', note });
        })
        .catch((error: unknown) => say(t('notes.toast.failed', { error: describeError(error) })));
    },
    [api, say, t],
  );

  // A click on a highlight (not the end of a drag) opens its note.
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      const mark = target?.closest<HTMLElement>(`.reader-pane [${noteIdAttr}]`);
      // A highlight inside a cross-reference follows the link instead.
      if (!mark || mark.closest('a') || !window.getSelection()?.isCollapsed) return;
      openNote(mark);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [openNote]);

  useEffect(
    () =>
      registerCommands(() => [
        {
          id: 'notes.open',
          label: t('notes.palette.open'),
          group: 'command',
          keywords: 'notes highlights bookmarks 笔记 标注 书签',
          run: () => showNotesPanel('all'),
        },
        {
          id: 'notes.review',
          label: t('notes.palette.review'),
          group: 'command',
          keywords: 'review moved changed orphaned 复核',
          run: () => showNotesPanel('review'),
        },
        {
          id: 'notes.bookmark',
          label: t('notes.palette.bookmark'),
          group: 'command',
          keywords: 'bookmark 书签',
          run: () => latest.current.bookmark(passageInView()),
        },
      ]),
    [t],
  );

  const save = (draft: NoteDraft) => {
    const target = editing;
    if (!target) return;
    const text = draft.note.trim() === '' ? undefined : draft.note;
    const action =
      target.kind === 'new'
        ? () =>
            api.addHighlight({
              ...rangeOf(target.anchor),
              colour: draft.colour,
              ...(text ? { note: text, noteFormat: draft.noteFormat } : {}),
              tags: draft.tags,
            })
        : () =>
            api.editNote({
              id: target.note.id,
              ...(target.note.kind === 'highlight' ? { colour: draft.colour } : {}),
              note: text ?? null,
              noteFormat: draft.noteFormat,
              tags: draft.tags,
            });
    void attempt(action, t('notes.toast.saved')).then((ok) => {
      if (ok) {
        setEditing(null);
        window.getSelection()?.removeAllRanges();
      }
    });
  };
  const remove = (note: Pick<Note, 'id'>) => {
    void attempt(() => api.deleteNote({ id: note.id })).then((ok) => {
      if (!ok) return;
      setEditing(null);
      say(t('notes.toast.deleted'), () => {
        void attempt(() => api.restoreNote({ id: note.id }), t('notes.toast.restored'));
      });
    });
  };
  const startReattach = (note: Note) => {
    hideNotesPanel();
    setReattaching(note);
    const passageId = note.anchor?.passageId ?? note.previous?.passageId;
    onOpen(passageId ? { docId: note.docId, passageId } : { docId: note.docId });
  };

  // Keys: 1–6 highlight the selection in a colour, h in the last colour (or attaches while
  // re-attaching), n adds a note, Escape drops the selection (and the toolbar), b bookmarks the
  // selected passage or the one in view, p adds it to the pack, Shift+N opens the notes panel.
  // On a focused highlight, Enter opens its note, Delete removes it (with Undo), p adds it to the pack.
  const latest = useRef({ highlight, bookmark, attach, startNote, reattaching, openNote, remove, addToPack });
  latest.current = { highlight, bookmark, attach, startNote, reattaching, openNote, remove, addToPack };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // An open dialog or presenter mode has keys of its own (presenter: N toggles the speaker note).
      if (
        e.ctrlKey ||
        e.metaKey ||
        e.altKey ||
        isTyping(e.target) ||
        document.querySelector('dialog[open], .presenter')
      )
        return;
      const now = latest.current;
      const selected = selectionAnchor(window.getSelection());
      const digit = Number(e.key);
      const key = e.key.toLowerCase();
      const focused = focusedHighlight();
      if (focused && e.key === 'Enter') {
        now.openNote(focused);
      } else if (focused && (e.key === 'Delete' || e.key === 'Backspace')) {
        // Focus goes back to the passage, so the next Tab continues from where the highlight was.
        focused.closest<HTMLElement>('article.passage')?.focus();
        now.remove({ id: focused.getAttribute(noteIdAttr) ?? '' });
      } else if (focused && key === 'p' && !e.shiftKey) {
        now.addToPack({ noteId: focused.getAttribute(noteIdAttr) ?? '' });
      } else if (e.key === 'N' && e.shiftKey) {
        showNotesPanel('all');
      } else if (
        selected &&
        !now.reattaching &&
        Number.isInteger(digit) &&
        digit >= 1 &&
        digit <= highlightColours.length
      ) {
        now.highlight(selected, highlightColours[digit - 1] as HighlightColour);
      } else if (selected && key === 'h') {
        if (now.reattaching) now.attach(selected);
        else now.highlight(selected, lastColour.current);
      } else if (selected && key === 'n' && !now.reattaching) {
        now.startNote(selected);
      } else if (selected && e.key === 'Escape') {
        window.getSelection()?.removeAllRanges();
      } else if (key === 'b' && !now.reattaching && inReader(document.activeElement)) {
        now.bookmark(selected ? { docId: selected.docId, passageId: selected.passageId } : passageInView());
      } else if (key === 'p' && !e.shiftKey && !now.reattaching && inReader(document.activeElement)) {
        now.addToPack(selected ? { docId: selected.docId, passageId: selected.passageId } : passageInView());
      } else {
        return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const shownAnchor = anchor && !editing && !panel.open ? anchor : null;
  return (
    <>
      {shownAnchor && (
        <SelectionToolbar
          anchor={shownAnchor}
          reattaching={reattaching !== null}
          onHighlight={(colour) => highlight(shownAnchor, colour)}
          onNote={() => startNote(shownAnchor)}
          onBookmark={() => bookmark({ docId: shownAnchor.docId, passageId: shownAnchor.passageId })}
          onPack={() => addToPack({ docId: shownAnchor.docId, passageId: shownAnchor.passageId })}
          onAttach={() => attach(shownAnchor)}
        />
      )}
      {reattaching && (
        <div className="reattach-banner" role="status">
          <span>{t('notes.reattach.banner')}</span>
          <button type="button" onClick={() => setReattaching(null)}>
            {t('notes.reattach.cancel')}
          </button>
        </div>
      )}
      <NoteEditor target={editing} onSave={save} onDelete={remove} onClose={() => setEditing(null)} />
      <NotesPanel
        state={panel}
        onClose={hideNotesPanel}
        onOpenNote={(note) => {
          hideNotesPanel();
          const passageId = note.anchor?.passageId;
          onOpen(passageId ? { docId: note.docId, passageId } : { docId: note.docId });
        }}
        onEdit={(note) => {
          hideNotesPanel();
          setEditing({ kind: 'edit', note });
        }}
        onReattach={startReattach}
        attempt={attempt}
      />
      <Toast toast={shownToast} onDismiss={() => setToast(null)} />
    </>
  );
}
