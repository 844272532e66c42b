/**
 * Turns HTML into the Markdown Precedent reads: headings, paragraphs, nested
 * lists, bold and italics, links and footnotes. The only file that imports
 * turndown; the .docx import goes through here too.
 */
import TurndownService from 'turndown';

/** Elements whose content is never text of the document. */
const DROPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS']);

/** The element turndown hands to a rule (a DOM element, from domino in Node). */
type RuleNode = Parameters<TurndownService.FilterFunction>[0];

/**
 * Footnotes as mammoth writes them: a reference `<a href="#footnote-1"
 * id="footnote-ref-1">[1]</a>`, a back link `<a href="#footnote-ref-1">↑</a>`,
 * and the notes as `<li id="footnote-1">` at the end.
 */
const FOOTNOTE_REFERENCE = /^#(?:foot|end)note-(\d+)$/;
const FOOTNOTE_BACK_LINK = /^#(?:foot|end)note-ref-\d+$/;
const FOOTNOTE_ITEM = /^(?:foot|end)note-(\d+)$/;

const converter = createConverter();

/**
 * Markdown of an HTML document or fragment. Scripts, styles and other
 * non-text elements are dropped with their content; footnotes become
 * Markdown footnotes (`[^1]` and `[^1]: text`).
 */
export function importHtml(html: string): string {
  return converter
    .turndown(html)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function createConverter(): TurndownService {
  const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', emDelimiter: '*', strongDelimiter: '**', codeBlockStyle: 'fenced' });
  service.remove((node) => DROPPED.has(node.nodeName.toUpperCase()));
  // Rules added later win, so the footnote rules below come after this one.
  // Turndown pads list markers to four columns ("-   item"); Precedent's own
  // lists use "- item" with sub-items indented under the text.
  service.addRule('listItem', {
    filter: 'li',
    replacement: (content, node) => {
      const parent = node.parentNode as RuleNode;
      let marker = '- ';
      if (parent.nodeName === 'OL') {
        const start = Number(parent.getAttribute('start') ?? 1);
        marker = `${start + Array.from(parent.children).indexOf(node as RuleNode)}. `;
      }
      const body = content.replace(/^\n+/, '').replace(/\n+$/, '').replace(/\n/g, `\n${' '.repeat(marker.length)}`);
      return `${marker}${body}${node.nextSibling ? '\n' : ''}`;
    },
  });
  const href = (node: RuleNode): string => (node.nodeName === 'A' ? (node.getAttribute('href') ?? '') : '');
  service.addRule('footnoteReference', {
    filter: (node) => FOOTNOTE_REFERENCE.test(href(node)),
    replacement: (_content, node) => `[^${FOOTNOTE_REFERENCE.exec(href(node as RuleNode))![1]}]`,
  });
  service.addRule('footnoteBackLink', { filter: (node) => FOOTNOTE_BACK_LINK.test(href(node)), replacement: () => '' });
  service.addRule('footnoteList', {
    filter: (node) => node.nodeName === 'OL' && node.children.length > 0 && Array.from(node.children).every((item) => FOOTNOTE_ITEM.test((item as RuleNode).id)),
    replacement: (content) => `\n\n${content}\n\n`,
  });
  service.addRule('footnote', {
    filter: (node) => node.nodeName === 'LI' && FOOTNOTE_ITEM.test(node.id),
    // A note of several paragraphs continues on lines indented by four spaces.
    replacement: (content, node) => {
      const body = content.trim().replace(/\n+/g, (breaks) => (breaks.length > 1 ? '\n\n    ' : '\n    '));
      return `[^${FOOTNOTE_ITEM.exec((node as RuleNode).id)![1]}]: ${body}\n\n`;
    },
  });
  return service;
}
