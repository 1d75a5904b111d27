/** The file name a handout downloads as: the pack's name made safe for any file system. */
export function handoutFileName(packName: string, format: 'md' | 'html' | 'pdf'): string {
  const cleaned = packName
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${cleaned || 'handout'}.${format}`;
}

export const handoutMimeTypes = {
  md: 'text/markdown;charset=utf-8',
  html: 'text/html;charset=utf-8',
  pdf: 'application/pdf',
} as const;
