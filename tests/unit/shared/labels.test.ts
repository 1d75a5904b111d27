import { describe, expect, it } from 'vitest';
import { clauseLabel } from '../../../shared/labels';

describe('clauseLabel', () => {
  it('labels an English article "Art. N"', () => {
    expect(clauseLabel('article', '5', 'en')).toBe('Art. 5');
  });
  it('labels a CFR section number with §', () => {
    expect(clauseLabel('article', '1005.2', 'en')).toBe('§ 1005.2');
  });
  it('labels a Chinese article 第N条', () => {
    expect(clauseLabel('article', '5-1', 'zh')).toBe('第5-1条');
  });
  it('labels a recital', () => {
    expect(clauseLabel('recital', '12', 'en')).toBe('Recital 12');
  });
  it('labels an FAQ entry Q', () => {
    expect(clauseLabel('faq', undefined, 'en')).toBe('Q');
  });
  it('gives an unnumbered section no label', () => {
    expect(clauseLabel('section', undefined, 'en')).toBe('');
  });
});
