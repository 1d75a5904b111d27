/** 'zh' when Han characters carry most of the text, else 'en' ('und' when there are no letters). */
export function detectLang(text: string): string {
  let han = 0;
  let latin = 0;
  const limit = Math.min(text.length, 200_000);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  if (han === 0 && latin === 0) return 'und';
  // One Han character carries roughly a word; an English word is ~5 letters.
  return han * 4 >= latin ? 'zh' : 'en';
}
