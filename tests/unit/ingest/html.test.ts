import { describe, expect, it } from 'vitest';
import { parseText } from './helpers';

const hostile = `<!doctype html><html><head><title>Notice</title><style>p{color:red}</style>
<script>alert("pwned-1")</script></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<header><p>Site banner text</p></header>
<h1>Rate Notice</h1>
<p onclick="alert('pwned-2')">Body text <img src=x onerror="alert('pwned-3')"> continues.</p>
<script type="module">document.write("pwned-4")</script>
<noscript>Enable JavaScript</noscript>
<iframe src="javascript:alert('pwned-5')">frame text</iframe>
<div class="share-buttons">Share on X</div>
<footer>Copyright footer</footer>
</body></html>`;

describe('HTML', () => {
  it('yields no script, style or chrome text from hostile HTML', async () => {
    const doc = (await parseText('page.html', hostile)).documents[0];
    const all = JSON.stringify(doc);
    for (const bad of [
      'pwned',
      'alert',
      'color:red',
      'Home',
      'Site banner',
      'Share on',
      'Copyright',
      'Enable JavaScript',
      'frame text',
    ]) {
      expect(all).not.toContain(bad);
    }
  });
  it('keeps the body text of hostile HTML', async () => {
    const doc = (await parseText('page.html', hostile)).documents[0];
    expect(doc?.title).toBe('Rate Notice');
    expect(doc?.passages.map((p) => p.text)).toEqual(['Body text continues.']);
  });
  it('reads h2/h3 headings as sections with a path', async () => {
    const html = '<h1>T</h1><h2>Part A</h2><h3>Limits</h3><p>One.</p><p>Two.</p>';
    const doc = (await parseText('a.htm', html)).documents[0];
    expect(doc?.passages).toEqual([{ kind: 'section', title: 'Limits', text: 'One.\n\nTwo.', path: ['Part A'] }]);
  });
  it('reads GDPR-style XHTML articles, chapters and recitals', async () => {
    const html = `<html><body><h1>Reg</h1><h2>Recitals</h2><ol><li>First recital.</li><li>Second recital.</li></ol>
      <h2>Chapter I General provisions</h2><h3>Article 1 Subject-matter</h3><p>1. Text one.</p><p>2. Text two.</p>
      <h3>Article 2 Scope</h3><p>Scope text.</p></body></html>`;
    const doc = (await parseText('gdpr.xhtml', html)).documents[0];
    expect(doc?.passages).toEqual([
      { kind: 'recital', number: '1', text: 'First recital.', path: ['Recitals'] },
      { kind: 'recital', number: '2', text: 'Second recital.', path: ['Recitals'] },
      {
        kind: 'article',
        number: '1',
        title: 'Subject-matter',
        text: '1. Text one.\n\n2. Text two.',
        path: ['Chapter I General provisions'],
      },
      { kind: 'article', number: '2', title: 'Scope', text: 'Scope text.', path: ['Chapter I General provisions'] },
    ]);
  });
  it('decodes entities', async () => {
    const doc = (await parseText('a.html', '<p>A &amp; B &lt;C&gt; &#20013;</p>')).documents[0];
    expect(doc?.passages[0]?.text).toBe('A & B <C> 中');
  });
});
