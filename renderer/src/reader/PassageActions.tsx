import { useState } from 'react';
import { useT } from '../i18n/useT';

interface PassageActionsProps {
  link: () => string;
  citation: () => string;
}

type Copied = 'link' | 'citation' | 'failed' | null;

/** "Copy link" and "Copy citation" for one passage, saying when it worked. */
export function PassageActions({ link, citation }: PassageActionsProps) {
  const t = useT();
  const [copied, setCopied] = useState<Copied>(null);
  const copy = (what: 'link' | 'citation') => {
    const text = what === 'link' ? link() : citation();
    navigator.clipboard.writeText(text).then(
      () => setCopied(what),
      () => setCopied('failed'),
    );
  };
  return (
    <span className="passage-actions">
      <button type="button" className="small-button" onClick={() => copy('link')}>
        {t('reader.copyLink')}
      </button>
      <button type="button" className="small-button" onClick={() => copy('citation')}>
        {t('reader.copyCitation')}
      </button>
      <output className="copy-status" aria-live="polite">
        {copied === 'failed' ? t('reader.copyFailed') : copied ? t('reader.copied') : ''}
      </output>
    </span>
  );
}
