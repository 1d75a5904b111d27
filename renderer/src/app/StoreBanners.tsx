import { useState } from 'react';
import type { KbEvent } from '../../../shared/events';
import type { UserStoreHealth } from '../../../shared/notes-model';
import { useApi } from '../api/ApiContext';
import { describeError } from '../api/errors';
import { useQuery } from '../api/useQuery';
import { useT } from '../i18n/useT';

const libraryChanged = (event: KbEvent) => event.name === 'libraryChanged';

/** A date-time as the user's locale writes it (the backup's `createdAt` is ISO). */
function when(iso: string, lang: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(lang);
}

/**
 * Banners across the app for a store that cannot be written: the library open read-only
 * (or a stray write-ahead log set aside at start), and the user's notes open read-only
 * after a failed integrity check, with "Restore the latest backup".
 */
export function StoreBanners() {
  const api = useApi();
  const t = useT();
  const info = useQuery('libraryInfo', () => api.libraryInfo({}), { invalidatedBy: libraryChanged });
  const health = useQuery('notesHealth', () => api.notesHealth({}));
  const [restoring, setRestoring] = useState(false);
  const [restored, setRestored] = useState<string | null>(null);
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const lang = t('errors.banner.locale');

  const restore = (backup: NonNullable<UserStoreHealth['latestGoodBackup']>) => {
    setRestoring(true);
    setRestoreError(null);
    api.restoreNotes({ file: backup.file }).then(
      (next) => {
        setRestoring(false);
        if (next.readOnly) setRestoreError(t('errors.banner.notesStillReadOnly'));
        else setRestored(when(backup.createdAt, lang));
        health.refetch();
      },
      (error: unknown) => {
        setRestoring(false);
        setRestoreError(describeError(error, t));
      },
    );
  };

  const library = info.data;
  const notes = health.data;
  return (
    <>
      {library?.readOnly && (
        <div className="store-banner" role="status">
          {t('errors.banner.libraryReadOnly')}
        </div>
      )}
      {library?.walSetAside && (
        <div className="store-banner" role="status">
          {t('errors.banner.walSetAside')} <code translate="no">{library.walSetAside}</code>
        </div>
      )}
      {notes?.readOnly && (
        <div className="store-banner danger" role="alert">
          <span>{t('errors.banner.notesDamaged')}</span>{' '}
          {notes.latestGoodBackup ? (
            <>
              <span>{t('errors.banner.latestBackup', { when: when(notes.latestGoodBackup.createdAt, lang) })}</span>{' '}
              <button
                type="button"
                disabled={restoring}
                onClick={() => notes.latestGoodBackup && restore(notes.latestGoodBackup)}
              >
                {t('errors.banner.restore')}
              </button>
            </>
          ) : (
            <span>{t('errors.banner.noBackup')}</span>
          )}
          {restoreError && <span className="error"> {restoreError}</span>}
        </div>
      )}
      {restored && !notes?.readOnly && (
        <div className="store-banner ok" role="status">
          {t('errors.banner.restored', { when: restored })}
        </div>
      )}
    </>
  );
}
