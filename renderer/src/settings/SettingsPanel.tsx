import './settings.css';
import { type SettingKey, settingDeclarations, settingKeys } from '../../../shared/settings';
import { useT } from '../i18n/useT';
import { useSettings } from './SettingsContext';

/** The settings dialog's body, built from the declarations in shared/settings.ts. */
export function SettingsPanel() {
  const t = useT();
  const { settings, update } = useSettings();
  const control = (key: SettingKey) => {
    const declared = settingDeclarations[key];
    const id = `setting-${key}`;
    if (declared.type === 'number') {
      const value = settings[key] as number;
      return (
        <div className="setting" key={key}>
          <label htmlFor={id}>{t(declared.labelKey)}</label>
          <input
            id={id}
            type="range"
            min={declared.min}
            max={declared.max}
            step={declared.step}
            value={value}
            aria-valuetext={t('settings.fontScale.value', { percent: Math.round(value * 100) })}
            onChange={(e) => update({ [key]: Number(e.target.value) })}
          />
          <output htmlFor={id}>{t('settings.fontScale.value', { percent: Math.round(value * 100) })}</output>
        </div>
      );
    }
    return (
      <fieldset className="setting" key={key}>
        <legend>{t(declared.labelKey)}</legend>
        {declared.choices.map((choice) => (
          <label key={choice} className="setting-choice">
            <input
              type="radio"
              name={id}
              value={choice}
              checked={settings[key] === choice}
              onChange={() => update({ [key]: choice })}
            />
            {/* A language's own name is written in that language. */}
            <span lang={key === 'uiLanguage' && choice !== 'system' ? choice : undefined}>
              {t(`${declared.labelKey}.${choice}`)}
            </span>
          </label>
        ))}
      </fieldset>
    );
  };
  return <form className="settings-panel">{settingKeys.map(control)}</form>;
}
