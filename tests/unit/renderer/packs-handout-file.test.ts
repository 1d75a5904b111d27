import { describe, expect, test } from 'vitest';
import { handoutFileName } from '../../../renderer/src/packs/handout-file';

describe('handout file names', () => {
  test('keep the pack name and add the format', () => {
    expect(handoutFileName('KYC training', 'md')).toBe('KYC training.md');
  });
  test('keep Chinese names as they are', () => {
    expect(handoutFileName('反洗钱培训', 'html')).toBe('反洗钱培训.html');
  });
  test('replace characters a file system refuses', () => {
    expect(handoutFileName('Q3: a/b "review"', 'pdf')).toBe('Q3 a b review.pdf');
  });
  test('fall back to "handout" for a name with nothing left', () => {
    expect(handoutFileName('///', 'md')).toBe('handout.md');
  });
});
