import { escapeHtml } from '../text/index.ts';
import type { Paragraph } from './types.ts';

/** Plain text: sentences joined by a space, one line per block. */
export function renderParagraphText(p: Paragraph): string {
  return p.blocks.map((b) => b.sentences.join(' ')).join('\n');
}

/** HTML: one <p> per block; all text escaped, so free text never becomes markup. */
export function renderParagraphHtml(p: Paragraph): string {
  return p.blocks.map((b) => `<p>${escapeHtml(b.sentences.join(' '))}</p>`).join('\n');
}
