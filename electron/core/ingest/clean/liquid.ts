/**
 * Removes Liquid tags `{% … %}`. For conditional blocks (`if`, `ifversion`, `unless`, `case`) only the
 * first branch's text is kept, so content written once per product version is not repeated.
 * `{% raw %}…{% endraw %}` keeps its content. Linear time.
 * @example stripLiquid('{% ifversion ghes %}A{% else %}B{% endif %}') // 'A'
 */
export function stripLiquid(text: string): string {
  if (!text.includes('{%')) return text;
  let out = '';
  let pos = 0;
  // One entry per open conditional: whether the current branch is being emitted.
  const stack: boolean[] = [];
  let emitting = true;
  while (pos < text.length) {
    const open = text.indexOf('{%', pos);
    if (open < 0) {
      if (emitting) out += text.slice(pos);
      break;
    }
    if (emitting) out += text.slice(pos, open);
    const close = text.indexOf('%}', open + 2);
    if (close < 0) {
      if (emitting) out += text.slice(open);
      break;
    }
    const tag = text
      .slice(open + 2, close)
      .replace(/^-|-$/g, '')
      .trim();
    const name = (/^[a-z_]+/i.exec(tag)?.[0] ?? '').toLowerCase();
    pos = close + 2;
    if (name === 'raw') {
      const end = text.indexOf('{% endraw %}', pos);
      const stop = end < 0 ? text.length : end;
      if (emitting) out += text.slice(pos, stop);
      pos = end < 0 ? text.length : end + '{% endraw %}'.length;
    } else if (name === 'if' || name === 'ifversion' || name === 'unless' || name === 'case') {
      stack.push(emitting);
    } else if (name === 'else' || name === 'elsif' || name === 'elsifversion' || name === 'when') {
      // Keep the first branch only: every later branch is dropped.
      if (stack.length > 0) emitting = false;
    } else if (name === 'endif' || name === 'endifversion' || name === 'endunless' || name === 'endcase') {
      emitting = stack.length > 0 ? (stack.pop() as boolean) : true;
    }
    // Any other tag ({% data … %}, {% note %}, {% octicon %}…) is dropped.
  }
  return out;
}
