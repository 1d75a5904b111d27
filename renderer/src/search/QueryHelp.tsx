export const queryHelpId = 'query-help';

const rows: { syntax: string; meaning: string; examples: string[] }[] = [
  { syntax: 'words', meaning: 'All words must match (in any order).', examples: ['rate limits', '虚拟货币 交易'] },
  {
    syntax: '"exact phrase"',
    meaning: 'The words in this order, side by side.',
    examples: ['"production API keys"', '"稳定币"'],
  },
  {
    syntax: 'Article 10',
    meaning:
      'A clause by its number (also Art. 10, § 1005.2, Recital 12, 第十条, 第五条之一); other words pick the document.',
    examples: ['GDPR Article 17', '反洗钱法 第十条'],
  },
  { syntax: '-word', meaning: 'Exclude passages containing the word.', examples: ['caching -server', '代币 -稳定币'] },
  { syntax: 'a OR b', meaning: 'Either word may match.', examples: ['stablecoin OR token', '央行 OR 中国人民银行'] },
  { syntax: 'prefix*', meaning: 'Words starting with the prefix.', examples: ['token*', 'regul*'] },
  {
    syntax: 'kind:',
    meaning: 'Only passages of one kind: faq, article or section.',
    examples: ['kind:faq caching', 'kind:article 代币化'],
  },
  {
    syntax: 'doc:',
    meaning: 'Only documents whose title has these words.',
    examples: ['doc:WEEX blocked', 'doc:"Central Bank" RWA'],
  },
  {
    syntax: 'lang:',
    meaning: 'Only English (en) or Chinese (zh) documents.',
    examples: ['lang:en stablecoin', 'lang:zh 虚拟货币'],
  },
  {
    syntax: 'status:',
    meaning: 'Only documents in force or repealed.',
    examples: ['status:in-force RWA', 'status:repealed 通知'],
  },
];

/** The query language, documented where the user types queries. */
export function QueryHelp() {
  return (
    <div id={queryHelpId} className="popover query-help" role="dialog" aria-label="Query syntax">
      <h2>Query syntax</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Write</th>
            <th scope="col">Finds</th>
            <th scope="col">Examples</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.syntax}>
              <td>
                <code>{row.syntax}</code>
              </td>
              <td>{row.meaning}</td>
              <td>
                {row.examples.map((example) => (
                  <code key={example} className="example">
                    {example}
                  </code>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="help-note">
        Filters combine with words: <code>kind:faq lang:en "rate limits" -blocked</code>. Press Escape to close.
      </p>
    </div>
  );
}
