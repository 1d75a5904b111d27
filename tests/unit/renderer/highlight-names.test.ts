import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../../renderer/src/i18n/i18n';
import { HighlightedText } from '../../../renderer/src/notes/HighlightedText';
import { firstWords } from '../../../renderer/src/notes/note-heads';

function names(hasNote: boolean): string[] {
  const html = renderToStaticMarkup(
    createElement(HighlightedText, {
      text: 'Set the quota. Then the window.',
      ranges: [],
      highlights: [
        { id: 'a', start: 0, end: 14, colour: 'green', hasNote, head: true },
        { id: 'b', start: 15, end: 31, colour: 'orange', hasNote: false, head: false },
      ],
    }),
  );
  return [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1] ?? '');
}

describe('a highlight’s accessible name', () => {
  it('says its colour and ends with its text, in English and in Chinese; a continued part is not a stop', () => {
    initI18n('en');
    expect(names(false)).toEqual(['Green highlight: Set the quota.']);
    expect(names(true)).toEqual(['Green highlight with a note: Set the quota.']);
    initI18n('zh');
    expect(names(false)).toEqual(['绿色标注：Set the quota.']);
  });
});

describe('firstWords', () => {
  it('keeps six words of a spaced text and a short run of an unspaced one, marking the cut', () => {
    expect(firstWords('Check the quota before the launch of the product')).toBe('Check the quota before the launch…');
    expect(firstWords('Short note')).toBe('Short note');
    expect(firstWords('为了规范反洗钱工作，预防洗钱活动，遏制洗钱以及相关犯罪')).toBe(
      '为了规范反洗钱工作，预防洗钱活动，遏制洗钱以及相…',
    );
  });
});
