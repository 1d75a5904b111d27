import { type HighlightColour, highlightColours } from '../../../shared/notes-model';
import { useT } from '../i18n/useT';

/** The six highlight colours as a radio group; each is named for screen readers. */
export function ColourPicker({
  value,
  onChange,
  legend,
}: {
  value: HighlightColour;
  onChange: (colour: HighlightColour) => void;
  legend: string;
}) {
  const t = useT();
  return (
    <fieldset className="colour-picker">
      <legend>{legend}</legend>
      {highlightColours.map((colour) => (
        <label key={colour} className={`colour-choice hl-${colour}`}>
          <input
            type="radio"
            name="note-colour"
            value={colour}
            checked={value === colour}
            onChange={() => onChange(colour)}
          />
          {t(`notes.colour.${colour}`)}
        </label>
      ))}
    </fieldset>
  );
}
