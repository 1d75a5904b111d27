import { parse as parseYaml } from 'yaml';
import { KbError } from '../../../../shared/errors';
import { squeeze } from '../blocks';
import { partOf, passageContent } from '../content/passage-content';
import { detectLang } from '../lang';
import type { ParsedFile, ParsedPassage } from '../types';
import { markdownToBlocks } from './markdown';

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/**
 * YamlMime:FAQ (Microsoft Learn) → one document: `summary` as a paragraph, each
 * `sections[].questions[]` entry as a 'faq' passage (question = title, answer = text).
 */
export function faqYamlToDocument(name: string, text: string): ParsedFile {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch {
    throw new KbError('UNSUPPORTED_FORMAT', `${name}: unsupported format (not valid YAML)`);
  }
  if (!isRec(data) || !(Array.isArray(data.sections) || /^#\s*YamlMime:FAQ/.test(text))) {
    throw new KbError('UNSUPPORTED_FORMAT', `${name}: unsupported format (YAML that is not a YamlMime:FAQ document)`);
  }
  const metadata = isRec(data.metadata) ? data.metadata : {};
  const title = squeeze(str(data.title) ?? str(metadata.title) ?? name.replace(/\.[^.]+$/, ''));
  const passages: ParsedPassage[] = [];
  const summary = str(data.summary);
  if (summary) {
    const body = markdownPassage(summary);
    if (body.text) passages.push({ kind: 'paragraph', ...body, path: [] });
  }
  const sections = Array.isArray(data.sections) ? data.sections : [];
  for (const section of sections) {
    if (!isRec(section)) continue;
    const sectionName = str(section.name);
    const path = sectionName && !/^ignored$/i.test(sectionName.trim()) ? [squeeze(sectionName)] : [];
    const questions = Array.isArray(section.questions) ? section.questions : [];
    for (const q of questions) {
      if (!isRec(q)) continue;
      const question = str(q.question);
      if (!question) continue;
      const answer = markdownPassage(str(q.answer) ?? '');
      passages.push({ kind: 'faq', title: squeeze(markdownPassage(question).text), text: answer.text, path });
      if (answer.content) (passages[passages.length - 1] as ParsedPassage).content = answer.content;
    }
  }
  const sample = `${title}\n${passages
    .slice(0, 20)
    .map((p) => `${p.title ?? ''} ${p.text}`)
    .join('\n')}`;
  return {
    documents: [{ title, lang: detectLang(sample), relations: [], passages, warnings: [] }],
    warnings: [],
  };
}

/** Markdown answer → readable plain text (paragraphs separated by a blank line) and its shape. */
function markdownPassage(md: string): Pick<ParsedPassage, 'text' | 'content'> {
  const parts = markdownToBlocks(md).blocks.map(partOf);
  const text = parts
    .map((p) => p.text)
    .join('\n\n')
    .trim();
  const content = passageContent(parts, text);
  return content ? { text, content } : { text };
}
