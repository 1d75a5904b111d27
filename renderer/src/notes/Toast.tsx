import { useT } from '../i18n/useT';

export interface ToastMessage {
  /** Distinguishes two toasts with the same words (each one restarts the timer). */
  id: number;
  text: string;
  /** "Undo" beside the words, for a deletion. */
  undo?: () => void;
}

/** A short message at the bottom of the window, read out politely; with Undo after a deletion. */
export function Toast({ toast, onDismiss }: { toast: ToastMessage | null; onDismiss: () => void }) {
  const t = useT();
  return (
    <div className="notes-toast-region" role="status" aria-live="polite">
      {toast && (
        <div className="notes-toast">
          <span>{toast.text}</span>
          {toast.undo && (
            <>
              {' · '}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  toast.undo?.();
                  onDismiss();
                }}
              >
                {t('notes.toast.undo')}
              </button>
            </>
          )}
        </div>
      )}
    </div>
  );
}
