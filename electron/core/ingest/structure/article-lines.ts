import { enArticleHeading } from './articles-en';
import { isHeadlineLike } from './sections';

/** An article label line in body text is a short line: longer ones are sentences that cite an article. */
const maxLabelLine = 150;

export interface ArticleLine {
  number: string;
  title?: string;
  /** The article's first text when it follows the label on the same line ("Article 5. The …"). */
  rest?: string;
}

/**
 * A paragraph that opens an English article as a heading would (txt, DOCX in Normal style, PDF):
 * "Article 5" / "Art. 5" / "§ 5" alone; "Article 5 Principles" (a headline-like title); or
 * "Article 5. The controller shall …" / "Art. 5: …" (label, a stop, then the text). A sentence that
 * merely cites one ("Article 5 of this Regulation applies.") is none of these.
 */
export function enArticleLine(text: string): ArticleLine | undefined {
  const t = text.trim();
  if (!/^(?:article\s|art\.\s?|§)/i.test(t) || t.includes('\n')) return undefined;
  const withText = /^(?:article|art\.)\s*(\d+[a-z]?)\s*[.:–—]\s+(\S.*)$/i.exec(t);
  if (withText && !isHeadlineLike(withText[2] as string)) {
    return { number: (withText[1] as string).toLowerCase(), rest: withText[2] as string };
  }
  if (t.length > maxLabelLine) return undefined;
  const heading = enArticleHeading(t);
  if (!heading) return undefined;
  if (!heading.title) return { number: heading.number };
  return isHeadlineLike(t) ? { number: heading.number, title: heading.title.replace(/[.:]$/, '') } : undefined;
}
