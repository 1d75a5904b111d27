import { describe, expect, test } from 'vitest';
import { moved, moveTarget } from '../../../renderer/src/packs/reorder';

describe('moving a pack item with Alt+↑/↓', () => {
  test('up from the third item goes to the second', () => {
    expect(moveTarget(2, 'up', 5)).toBe(1);
  });
  test('down from the third item goes to the fourth', () => {
    expect(moveTarget(2, 'down', 5)).toBe(3);
  });
  test('the first item cannot go up', () => {
    expect(moveTarget(0, 'up', 5)).toBeNull();
  });
  test('the last item cannot go down', () => {
    expect(moveTarget(4, 'down', 5)).toBeNull();
  });
});

describe('the list after a move (as the core orders it)', () => {
  test('dragging the first item onto the third puts it third', () => {
    expect(moved(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
  });
  test('dragging the last item onto the first puts it first', () => {
    expect(moved(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
  });
  test('a target past the end puts the item last', () => {
    expect(moved(['a', 'b', 'c'], 0, 9)).toEqual(['b', 'c', 'a']);
  });
});
