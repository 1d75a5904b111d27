import type { Strings } from '../strings-type';

/** The date-range filter beside the search box (`date:` in the query language) and its notice. */
export const searchDate: Strings = {
  en: {
    'searchDate.legend': 'Date',
    'searchDate.from': 'Dated from',
    'searchDate.to': 'Dated to',
    'searchDate.placeholder': 'YYYY or YYYY-MM-DD',
    'searchDate.invalid': 'Write a year (2020), a month (2020-03) or a date (2020-03-15).',
    'searchDate.help':
      "Only documents dated in the range: a year, month or date, or two joined by .. (either end may be left out). A document's date is its issue date, else its in-force date; undated documents are left out.",
    'searchDate.notice.ignored':
      'Left out date:{{value}}, which is not a date: write a year, a month or a date, or a range such as date:2020..2024.',
  },
  zh: {
    'searchDate.legend': '日期',
    'searchDate.from': '起始日期',
    'searchDate.to': '截止日期',
    'searchDate.placeholder': '年或 年-月-日',
    'searchDate.invalid': '请填写年份（2020）、年月（2020-03）或日期（2020-03-15）。',
    'searchDate.help':
      '只看日期在此范围内的文档：年、年月或日期，或用 .. 连接两者（任一端可省略）。文档日期取发布日期，没有则取施行日期；无日期的文档不在结果中。',
    'searchDate.notice.ignored': '已忽略 date:{{value}}，它不是日期：请写年份、年月或日期，或范围如 date:2020..2024。',
  },
};
