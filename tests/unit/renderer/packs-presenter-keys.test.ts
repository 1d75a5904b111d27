import { describe, expect, test } from 'vitest';
import { clock, presenterAction } from '../../../renderer/src/presenter/presenter-keys';

const plain = { ctrl: false, alt: false, meta: false };

describe('presenter keys', () => {
  test.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    [' ', 'flip'],
    ['Enter', 'flip'],
    ['n', 'toggleNotes'],
    ['Escape', 'leave'],
  ])('%j does %s', (key, action) => {
    expect(presenterAction(key, plain)).toBe(action);
  });
  test('a key with Ctrl is left to the browser (Ctrl+→ is not "next")', () => {
    expect(presenterAction('ArrowRight', { ...plain, ctrl: true })).toBeNull();
  });
  test('a letter that means nothing does nothing', () => {
    expect(presenterAction('q', plain)).toBeNull();
  });
});

describe('the presenter timer', () => {
  test('under an hour reads minutes and seconds', () => {
    expect(clock(245)).toBe('4:05');
  });
  test('past an hour reads hours too', () => {
    expect(clock(3723)).toBe('1:02:03');
  });
});
