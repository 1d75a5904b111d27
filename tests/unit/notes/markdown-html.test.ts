import { describe, expect, it } from 'vitest';
import { markdownToSafeHtml } from '../../../electron/core/notes/export/markdown-html';

describe('a Markdown note as safe HTML', () => {
  it('keeps emphasis, strong text, lists and code', () => {
    expect(markdownToSafeHtml('**Legal** _status_ and `code`\n\n- one\n- two')).toBe(
      '<p><strong>Legal</strong> <em>status</em> and <code>code</code></p><ul><li><p>one</p></li><li><p>two</p></li></ul>',
    );
  });

  it('shows raw HTML as text and never makes a script or an event handler', () => {
    const html = markdownToSafeHtml('<script>alert(1)</script>\n\nx <img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('links only to web and mail addresses; other targets stay as text', () => {
    expect(markdownToSafeHtml('[PBoC](https://www.pbc.gov.cn/)')).toBe(
      '<p><a href="https://www.pbc.gov.cn/">PBoC</a></p>',
    );
    expect(markdownToSafeHtml('[x](javascript:alert(1))')).toBe('<p>x (javascript:alert(1))</p>');
  });
});
