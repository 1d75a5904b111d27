import { describe, expect, it } from 'vitest';
import { textDiff } from '../../../renderer/src/compare/text-diff';

describe('changes inside a changed article', () => {
  it('are character by character for Chinese', () => {
    expect(textDiff('应当建立客户身份识别制度', '应当建立客户尽职调查制度', 'zh')).toEqual([
      { text: '应当建立客户', change: 'same' },
      { text: '身份识别', change: 'removed' },
      { text: '尽职调查', change: 'added' },
      { text: '制度', change: 'same' },
    ]);
  });

  it('are word by word for English', () => {
    expect(textDiff('banks shall report', 'banks must report', 'en')).toEqual([
      { text: 'banks ', change: 'same' },
      { text: 'shall', change: 'removed' },
      { text: 'must', change: 'added' },
      { text: ' report', change: 'same' },
    ]);
  });
});
