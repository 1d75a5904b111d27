import { handoutFileName, handoutMimeTypes } from './handout-file';

/** The last download's Blob URL, kept until the next download (a save dialog may still be reading it). */
let lastUrl: string | null = null;

/**
 * Saves text as a file through a Blob URL and a download link (the CSP governs fetches, not
 * downloads, so both doors allow it). Returns the file name used.
 */
export function downloadText(text: string, packName: string, format: 'md' | 'html'): string {
  const name = handoutFileName(packName, format);
  if (lastUrl) URL.revokeObjectURL(lastUrl);
  const url = URL.createObjectURL(new Blob([text], { type: handoutMimeTypes[format] }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  lastUrl = url;
  return name;
}
