import { type ReactNode, useState } from 'react';
import { useT } from '../../i18n/useT';

interface LinkTextProps {
  /** Set only for http(s) URLs; other links were neutralised to text at import. */
  href?: string | undefined;
  /** The Electron shell's way to open a URL in the system browser; absent in the browser door. */
  onOpenExternal?: ((url: string) => void) | undefined;
  children: ReactNode;
}

/**
 * A link as text with its URL shown beside it, never an <a> that navigates: the reader copies the
 * URL, or (in the app) opens it through the OS after confirming.
 */
export function LinkText({ href, onOpenExternal, children }: LinkTextProps) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  if (!href) return <span className="content-link neutral">{children}</span>;
  const copy = () => {
    void navigator.clipboard?.writeText(href).then(() => setCopied(true));
  };
  const open = () => {
    if (onOpenExternal && window.confirm(t('content.openConfirm', { url: href }))) onOpenExternal(href);
  };
  return (
    <span className="content-link">
      {children}
      <span className="content-link-url"> ⟨{href}⟩</span>
      <button type="button" className="content-link-action" onClick={copy} aria-label={t('content.copyLink')}>
        {copied ? t('content.copied') : t('content.copy')}
      </button>
      {onOpenExternal && (
        <button type="button" className="content-link-action" onClick={open} aria-label={t('content.openLink')}>
          {t('content.open')}
        </button>
      )}
    </span>
  );
}
