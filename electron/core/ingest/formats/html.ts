import { Parser } from 'htmlparser2';
import type { Block, BlockSource } from '../blocks';
import { squeeze } from '../blocks';

/** Elements whose content is never document text. */
const dropped = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'form',
  'button',
  'select',
  'textarea',
  'nav',
  'aside',
  'menu',
  'dialog',
  'head',
]);
/** Page chrome, dropped unless inside <article>/<main>. */
const chrome = new Set(['header', 'footer']);
const chromeClass =
  /(?:^|[\s_-])(nav|navbar|navigation|menu|breadcrumbs?|share|sharing|social|cookies?|sidebar|banner|site-header|site-footer|related|advert|ads)(?:$|[\s_-])/i;
const blockTags = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'pre',
  'blockquote',
  'section',
  'article',
  'main',
  'body',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'figure',
  'figcaption',
  'address',
  'center',
  'hr',
  'caption',
]);

/**
 * HTML/XHTML → blocks: h1–h6 become headings, block elements paragraphs; script, style, navigation
 * and header/footer chrome are dropped; ordered-list items get their number ("3. …").
 */
export function htmlToBlocks(html: string): BlockSource {
  const blocks: Block[] = [];
  const meta: { title?: string } = {};
  let buffer = '';
  let dropDepth = 0;
  let inTitle = false;
  let titleText = '';
  let preDepth = 0;
  let headingLevel = 0;
  let contentDepth = 0;
  const stack: { name: string; dropping: boolean }[] = [];
  const lists: { ordered: boolean; next: number }[] = [];

  const flush = () => {
    const text = preDepth > 0 ? buffer.replace(/^\n+|\s+$/g, '') : squeeze(buffer.replace(/\s*\n\s*/g, '\n'));
    buffer = '';
    if (text.trim().length === 0) return;
    if (headingLevel > 0) blocks.push({ type: 'heading', level: headingLevel, text: squeeze(text) });
    else blocks.push({ type: 'para', text, ...(preDepth > 0 ? { code: true } : {}) });
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const cls = `${attribs.class ?? ''} ${attribs.id ?? ''} ${attribs.role ?? ''}`;
        const drop =
          dropped.has(name) ||
          (chrome.has(name) && contentDepth === 0) ||
          (name !== 'body' && name !== 'html' && contentDepth === 0 && chromeClass.test(cls)) ||
          attribs.hidden !== undefined ||
          attribs['aria-hidden'] === 'true';
        stack.push({ name, dropping: drop });
        if (drop) {
          dropDepth++;
          return;
        }
        if (name === 'title') inTitle = true;
        if (name === 'article' || name === 'main') contentDepth++;
        if (dropDepth > 0) return;
        if (/^h[1-6]$/.test(name)) {
          flush();
          headingLevel = Number(name[1]);
        } else if (name === 'br') {
          buffer += '\n';
        } else if (blockTags.has(name)) {
          flush();
          if (name === 'pre') preDepth++;
          if (name === 'ol') lists.push({ ordered: true, next: Number(attribs.start ?? '1') || 1 });
          if (name === 'ul') lists.push({ ordered: false, next: 1 });
          if (name === 'li') {
            const list = lists[lists.length - 1];
            if (list?.ordered) buffer += `${list.next++}. `;
            else buffer += '- ';
          }
          if (name === 'td' || name === 'th') buffer += ' ';
        }
      },
      ontext(data) {
        if (inTitle) titleText += data;
        if (dropDepth > 0) return;
        buffer += data;
      },
      onclosetag(name) {
        // Pop to the matching element (htmlparser2 reports implied closes too).
        let entry = stack.pop();
        while (entry && entry.name !== name) entry = stack.pop();
        if (!entry) return;
        if (entry.dropping) {
          dropDepth--;
          return;
        }
        if (name === 'title') inTitle = false;
        if (name === 'article' || name === 'main') contentDepth = Math.max(0, contentDepth - 1);
        if (dropDepth > 0) return;
        if (/^h[1-6]$/.test(name)) {
          flush();
          headingLevel = 0;
        } else if (blockTags.has(name)) {
          if (name === 'td' || name === 'th') {
            buffer += ' ';
            return;
          }
          flush();
          if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
          if (name === 'ol' || name === 'ul') lists.pop();
        }
      },
    },
    { decodeEntities: true, recognizeSelfClosing: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  const title = squeeze(titleText);
  if (title) meta.title = title;
  return { blocks, meta, warnings: [] };
}
