import { type FormEvent, useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';
import { describeError } from '../api/errors';
import { useT } from '../i18n/useT';
import { formatGroups, parseGroups } from './synonym-text';

/** Loads the synonym groups, lets the user edit them as text, saves them. */
export function SynonymsEditor({ onSaved }: { onSaved: () => void }) {
  const api = useApi();
  const t = useT();
  const [text, setText] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    let current = true;
    api.getSynonyms({}).then(
      (groups) => {
        if (current) setText(formatGroups(groups));
      },
      (e: unknown) => {
        if (current) {
          setText('');
          setErrors([describeError(e, t)]);
        }
      },
    );
    return () => {
      current = false;
    };
  }, [api, t]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text === null) return;
    const parsed = parseGroups(text);
    setSaved(false);
    setErrors(parsed.errors);
    if (parsed.errors.length > 0) return;
    setSaving(true);
    api.setSynonyms({ groups: parsed.groups }).then(
      (groups) => {
        setText(formatGroups(groups));
        setSaving(false);
        setSaved(true);
        onSaved();
      },
      (err: unknown) => {
        setErrors([describeError(err, t)]);
        setSaving(false);
      },
    );
  };

  if (text === null) return <p className="empty">{t('common.loading')}</p>;
  return (
    <form className="synonyms-editor" onSubmit={submit}>
      <label htmlFor="synonym-groups">{t('synonyms.groups')}</label>
      <textarea
        id="synonym-groups"
        rows={10}
        spellCheck={false}
        placeholder={'央行, 中国人民银行, PBOC\nstablecoin, 稳定币'}
        value={text}
        aria-invalid={errors.length > 0}
        aria-describedby={errors.length > 0 ? 'synonym-errors' : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setSaved(false);
        }}
      />
      {errors.length > 0 && (
        <ul id="synonym-errors" className="error-list" role="alert">
          {errors.map((err) => (
            <li key={err}>{err}</li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        {saved && <output className="saved">{t('synonyms.saved')}</output>}
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t('synonyms.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}
