import { useT } from '../i18n/useT';

export const queryHelpId = 'query-help';

/** Syntax and examples stay as written (they are the query language); the meanings are translated. */
const rows: { syntax: string; meaningKey: string; examples: string[] }[] = [
  { syntax: 'words', meaningKey: 'search.help.words', examples: ['rate limits', '虚拟货币 交易'] },
  { syntax: '"exact phrase"', meaningKey: 'search.help.phrase', examples: ['"production API keys"', '"稳定币"'] },
  { syntax: 'Article 10', meaningKey: 'search.help.clause', examples: ['GDPR Article 17', '反洗钱法 第十条'] },
  { syntax: '-word', meaningKey: 'search.help.exclude', examples: ['caching -server', '代币 -稳定币'] },
  { syntax: 'a OR b', meaningKey: 'search.help.or', examples: ['stablecoin OR token', '央行 OR 中国人民银行'] },
  { syntax: 'prefix*', meaningKey: 'search.help.prefix', examples: ['token*', 'regul*'] },
  { syntax: 'kind:', meaningKey: 'search.help.kind', examples: ['kind:faq caching', 'kind:article 代币化'] },
  { syntax: 'doc:', meaningKey: 'search.help.doc', examples: ['doc:WEEX blocked', 'doc:"Central Bank" RWA'] },
  { syntax: 'lang:', meaningKey: 'search.help.lang', examples: ['lang:en stablecoin', 'lang:zh 虚拟货币'] },
  { syntax: 'status:', meaningKey: 'search.help.status', examples: ['status:in-force RWA', 'status:repealed 通知'] },
  {
    syntax: 'date:',
    meaningKey: 'searchDate.help',
    examples: ['date:2020..2024 反洗钱', 'date:..2019-12-31', 'date:2024'],
  },
  { syntax: 'in:notes', meaningKey: 'search.help.inNotes', examples: ['in:notes training', 'in:notes 客户身份'] },
];

/** The query language, documented where the user types queries. */
export function QueryHelp() {
  const t = useT();
  return (
    // Focusable so keyboard users can scroll it (axe: scrollable-region-focusable).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <div id={queryHelpId} className="popover query-help" role="dialog" aria-label={t('search.help.title')} tabIndex={0}>
      <h2>{t('search.help.title')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('search.help.write')}</th>
            <th scope="col">{t('search.help.finds')}</th>
            <th scope="col">{t('search.help.examples')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.syntax}>
              <td>
                <code translate="no">{row.syntax}</code>
              </td>
              <td>{t(row.meaningKey)}</td>
              <td>
                {row.examples.map((example) => (
                  <code key={example} className="example" translate="no">
                    {example}
                  </code>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="help-note">
        {t('search.help.note')} <code translate="no">kind:faq lang:en "rate limits" -blocked</code>.{' '}
        {t('search.help.escape')}
      </p>
    </div>
  );
}
