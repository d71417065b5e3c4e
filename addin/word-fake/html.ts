// Renders the fake document as HTML for the demo page, so people can watch the add-in write.
import { escapeHtml } from '../../src/text/index.ts';
import type { FakeParagraph, FakeWordDocument } from './fake-word.ts';

function paragraphHtml(p: FakeParagraph): string {
  const heading = /^Heading([1-9])$/.exec(p.styleBuiltIn);
  // Document headings sit below the page's own h1, so shift them one level down.
  const tag = heading ? `h${Math.min(Number(heading[1]) + 1, 6)}` : p.styleBuiltIn === 'Title' ? 'h2' : 'p';
  const text = escapeHtml(p.text) || '&nbsp;';
  const inner = p.revision === 'inserted' ? `<ins>${text}</ins>` : p.revision === 'deleted' ? `<del>${text}</del>` : text;
  return `<${tag}>${inner}</${tag}>`;
}

/** HTML for the document body; content controls become labelled boxes carrying their tag. */
export function renderFakeDocumentHtml(doc: FakeWordDocument): string {
  return doc.blocks
    .map((b) => {
      if (b.kind === 'p') return paragraphHtml(b);
      const label = escapeHtml(b.title || b.tag);
      return `<section class="content-control" data-tag="${escapeHtml(b.tag)}" aria-label="${label}"><span class="content-control-title" aria-hidden="true">${label}</span>${b.paragraphs.map(paragraphHtml).join('')}</section>`;
    })
    .join('\n');
}
