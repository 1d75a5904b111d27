import './packs.css';
import type { Ref } from 'react';
import type { SearchHit } from '../../../shared/model';
import { useT } from '../i18n/useT';
import { AddToPackButton } from './AddToPackButton';

/**
 * "Add hit to pack" above the hit list, acting on the active hit (chosen with the arrow keys or a
 * click). It sits outside the listbox: a button inside an option would be a nested control.
 * The list's P key presses it (SearchPane), so the keyboard path and the click are one path.
 */
export function AddHitToPack({ hit, buttonRef }: { hit: SearchHit | undefined; buttonRef: Ref<HTMLButtonElement> }) {
  const t = useT();
  return (
    <div className="hit-actions">
      <AddToPackButton
        item={() => (hit ? { kind: 'passage', docId: hit.docId, passageId: hit.passageId } : null)}
        label={t('packs.addHitLabel')}
        title={t('packs.addHit')}
        disabled={!hit}
        buttonRef={buttonRef}
      />
    </div>
  );
}
