/**
 * Replaces KumaScript macros `{{ name(args) }}` by readable text: the first argument
 * (the display text for two-argument glossary links); macros without arguments are dropped.
 * @example expandMacros('{{HTTPStatus(429)}} and {{glossary("rate limit", "rate limiting")}}')
 * // '429 and rate limiting'
 */
export function expandMacros(text: string): string {
  if (!text.includes('{{')) return text;
  return text.replace(/\{\{\s*([A-Za-z_][\w.-]*)\s*(?:\(([^(){}]*)\))?\s*\}\}/g, (_m, name: string, args?: string) => {
    if (args === undefined) return '';
    const parts = splitArgs(args);
    if (parts.length === 0) return '';
    if (/^glossary$/i.test(name) && parts.length >= 2) return parts[1] as string;
    return parts[0] as string;
  });
}

function splitArgs(args: string): string[] {
  const out: string[] = [];
  const re = /\s*(?:"([^"]*)"|'([^']*)'|([^,]+))\s*(?:,|$)/y;
  let m: RegExpExecArray | null = re.exec(args);
  while (m !== null && m[0].length > 0) {
    const value = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (value) out.push(value);
    m = re.exec(args);
  }
  return out;
}
