import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../engine/index';
import { importHtml } from '../../io/importHtml';

describe('importHtml', () => {
  it('a statement saved from a web page keeps its text; scripts and styles are dropped', () => {
    const html = `<!doctype html><html><head><title>Page title</title><style>p { color: red }</style><script>var tracking = 1;</script></head>
      <body><script>alert('hidden')</script><h1>Joint Statement</h1><p>Both sides <b>reaffirmed</b> their <em>partnership</em>.</p>
      <noscript>Enable JavaScript</noscript></body></html>`;
    const markdown = importHtml(html);
    expect(markdown).toBe('# Joint Statement\n\nBoth sides **reaffirmed** their *partnership*.');
    expect(markdown).not.toMatch(/tracking|alert|color|Page title|JavaScript/);
  });

  it('nested lists keep their nesting', () => {
    const markdown = importHtml('<ul><li>semiconductors<ul><li>supply chains<ol><li>rare earths</li></ol></li></ul></li><li>quantum</li></ul>');
    expect(markdown).toBe('- semiconductors\n  - supply chains\n    1. rare earths\n- quantum');
    expect(parseDocument(markdown).blocks.map(({ kind, text, level }) => ({ kind, text, level }))).toEqual([
      { kind: 'listItem', text: 'semiconductors', level: 1 },
      { kind: 'listItem', text: 'supply chains', level: 2 },
      { kind: 'listItem', text: 'rare earths', level: 3 },
      { kind: 'listItem', text: 'quantum', level: 1 },
    ]);
  });

  it('footnotes in the HTML mammoth writes become Markdown footnotes', () => {
    const html =
      '<p>Text<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>.</p>' +
      '<ol><li id="footnote-1"><p>First note. <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(importHtml(html)).toBe('Text[^1].\n\n[^1]: First note.');
  });
});
