import type { DocStatus } from '../../../shared/model';
import { useT } from '../i18n/useT';

/** The mark on a search hit whose document is no longer in force. */
export function HitStatusBadge({ status }: { status: DocStatus | undefined }) {
  const t = useT();
  if (status !== 'repealed' && status !== 'superseded') return null;
  return <span className={`badge ${status}`}>{t(`reader.hitStatus.${status}`)}</span>;
}
