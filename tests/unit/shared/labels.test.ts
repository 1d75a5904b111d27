import { describe, expect, it } from 'vitest';
import { chineseNumeral, clauseLabel, clauseSpellings } from '../../../shared/labels';

describe('clauseLabel', () => {
  it('labels an English article "Art. N"', () => {
    expect(clauseLabel('article', '5', 'en')).toBe('Art. 5');
  });
  it('labels a CFR section number with §', () => {
    expect(clauseLabel('article', '1005.2', 'en')).toBe('§ 1005.2');
  });
  it('labels a Chinese article as the law writes it: 第十二条', () => {
    expect(clauseLabel('article', '12', 'zh')).toBe('第十二条');
  });
  it('labels a Chinese inserted article 第五条之一', () => {
    expect(clauseLabel('article', '5-1', 'zh')).toBe('第五条之一');
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

describe('chineseNumeral', () => {
  it('writes article numbers as laws do', () => {
    expect([1, 10, 12, 20, 32, 100, 105, 110, 452, 1000, 1005].map(chineseNumeral)).toEqual([
      '一',
      '十',
      '十二',
      '二十',
      '三十二',
      '一百',
      '一百零五',
      '一百一十',
      '四百五十二',
      '一千',
      '一千零五',
    ]);
  });
});

describe('clauseSpellings', () => {
  it('第12条 is also 第十二条', () => {
    expect(clauseSpellings('第12条')).toEqual(['第十二条']);
  });
  it('第一百零五条 is also 第105条', () => {
    expect(clauseSpellings('依照第一百零五条')).toEqual(['依照第105条']);
  });
  it('a needle without a clause number has no other spelling', () => {
    expect(clauseSpellings('virtual currency')).toEqual([]);
  });
});

describe('a label the source wrote', () => {
  it('wins over the one made from the number: (IX) stays (IX)', () => {
    expect(clauseLabel('article', '9', 'en', '(IX)')).toBe('(IX)');
  });
});
