import { type Ref, useState } from 'react';
import type { PackItemInput } from '../../../shared/notes-model';
import { useApi } from '../api/ApiContext';
import { useT } from '../i18n/useT';
import { parsePlace } from '../nav/route';
import { addToCurrentPack } from './add-to-pack';
import { useCurrentPack } from './current-pack';

interface AddToPackButtonProps {
  /** What to add, asked for on press (null = nothing to add). */
  item: () => PackItemInput | null;
  /** The button's words, when not "Add to pack"; `title` explains it further. */
  label?: string;
  title?: string;
  disabled?: boolean;
  buttonRef?: Ref<HTMLButtonElement>;
}

/** "Add to pack" for one passage or highlight: adds it to the pack being filled and says which. */
export function AddToPackButton({ item, label, title, disabled, buttonRef }: AddToPackButtonProps) {
  const t = useT();
  const api = useApi();
  const current = useCurrentPack();
  const [status, setStatus] = useState('');
  const add = () => {
    const input = item();
    if (!input) return;
    addToCurrentPack(api, current, input, t('packs.defaultName')).then(
      (pack) => setStatus(t('packs.addedTo', { name: pack.name })),
      () => setStatus(t('packs.addFailed')),
    );
  };
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="small-button"
        onClick={add}
        title={title}
        disabled={disabled}
        aria-keyshortcuts={buttonRef ? 'P' : undefined}
      >
        {label ?? t('packs.addToPack')}
      </button>
      <output className="copy-status pack-status" aria-live="polite">
        {status}
      </output>
    </>
  );
}

/** The reader's "Add to pack": the passage of the document the address shows (the reader always shows that one). */
export function AddPassageToPack({ passageId }: { passageId: string }) {
  return (
    <AddToPackButton
      item={() => {
        const { docId } = parsePlace(window.location.hash);
        return docId ? { kind: 'passage', docId, passageId } : null;
      }}
    />
  );
}
