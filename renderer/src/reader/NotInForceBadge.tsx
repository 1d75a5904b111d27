import type { DocStatus } from '../../../shared/model';
import { useT } from '../i18n/useT';

/** The mark on a document (in the library, on a search hit) that is no longer in force. */
export function NotInForceBadge({ status }: { status: DocStatus | undefined }) {
  const t = useT();
  if (status !== 'repealed' && status !== 'superseded') return null;
  return <span className={`badge ${status}`}>{t(`reader.notInForce.${status}`)}</span>;
}
