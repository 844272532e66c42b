/**
 * parseDocument's block tree (engine/plainChunkTree.ts: plain chunks set
 * aside, remark reading the rest) gives exactly the model remark's own tree
 * gives: on the corpus, on the bench's 100,000-word pair, on generated
 * documents and edits of them, and on the constructs that reach across a
 * blank line (fences, front matter, raw HTML, an item's continuation).
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdownTree } from '../../engine/markdownProcessor';
import { parseDocument, parseDocumentWithTree, type SourceFormat } from '../../engine/parseDocument';
import { parseSettingPlainChunksAside } from '../../engine/plainChunkTree';
import type { Block } from '../../engine/types';
import { longDocument } from '../../bench/syntheticCorpus';
import { makeRevisionPair } from '../fixtures/revisionPairs';
import { applySplices, markdownBlock, render, splices, structuredDoc } from '../support/arbitraries';

const seed = process.env.FC_SEED === 'random' ? Date.now() : Number(process.env.FC_SEED ?? 20261206);
const corpusDir = new URL('../../corpus/', import.meta.url);
const corpus = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ name, source: readFileSync(new URL(name, corpusDir), 'utf8') }));

/** Words of plain chunks, and a few that look plain and are not (an escape, a mark, an ordered-list number). */
const plainishWord = fc.constantFrom(
  'the', 'Council', 'data', 'will', 'cooperation', "Japan's", '“agreed”', '(see', 'annex)', 'naïve', '日本', 'e.g.', '2025', '2025.', '1)',
  'R\\&D', '1\\.', '\\*', '\\\\', 'a*b', '[x]', '&amp;', '<b>', '#', '-', '|', ' ', '\t',
);
const plainishLine = fc.array(plainishWord, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
const plainishLines = fc.array(plainishLine, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));
/** A document mostly of plain chunks, with Markdown and constructs that reach across blank lines among them. */
const mostlyPlainDoc = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: plainishLines },
      { weight: 3, arbitrary: plainishLines.map((text) => `- ${text}`) },
      { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), plainishLine).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`) },
      { weight: 2, arbitrary: markdownBlock },
      {
        weight: 1,
        arbitrary: fc.constantFrom('  continued, indented', '    indented code', '- *marked* item', '```\nfence\n\nwith a blank line\n```', '<!--\n\ncomment\n\n-->', '[n]: https://example.org', '1. ordered', '***', 'Setext\n---'),
      },
    ),
    { minLength: 1, maxLength: 30 },
  )
  .chain((blocks) => fc.array(fc.constantFrom('\n\n', '\n\n\n', '\n \n'), { minLength: blocks.length, maxLength: blocks.length }).map((gaps) => blocks.map((block, i) => (i === 0 ? block : gaps[i] + block)).join('')));

/** The model with plain chunks set aside, whatever the source's length. */
const setAside = (source: string, format: SourceFormat = 'markdown') =>
  parseDocumentWithTree(source, { format }, (body) => parseSettingPlainChunksAside(body, parseMarkdownTree, 0));
const byRemark = (source: string, format: SourceFormat = 'markdown') => parseDocumentWithTree(source, { format }, parseMarkdownTree);

function expectSameModel(source: string): void {
  for (const format of ['markdown', 'text'] as const) expect(setAside(source, format)).toEqual(byRemark(source, format));
}

/** What remark is given to read of `source`. */
function textRemarkReads(source: string): string[] {
  const read: string[] = [];
  parseSettingPlainChunksAside(
    source,
    (text) => {
      read.push(text);
      return parseMarkdownTree(text);
    },
    0,
  );
  return read;
}

describe('the block tree with plain chunks set aside', () => {
  it('gives the corpus documents the models remark gives them', () => {
    for (const { source } of corpus) expectSameModel(source);
  });

  it("gives the bench's 100,000-word pair the models remark gives it, reading only a placeholder of it", () => {
    const statements = corpus.filter(({ name }) => !name.startsWith('slides')).map(({ source }) => parseDocument(source));
    const pair = makeRevisionPair(longDocument(statements, 100_000), { seed: 11, edits: 80 });
    for (const source of [pair.old, pair.new]) {
      expect(parseDocument(source)).toEqual(byRemark(source));
      const [read] = textRemarkReads(source);
      expect(read.length).toBeLessThan(source.length / 100);
    }
  });

  it('gives generated documents the models remark gives them', () => {
    fc.assert(
      fc.property(structuredDoc(0, 24), (doc) => expectSameModel(render(doc))),
      { numRuns: 150, seed },
    );
  });

  it('gives generated documents with \\n line ends, arbitrarily edited, the models remark gives them', () => {
    fc.assert(
      fc.property(structuredDoc(1, 24), splices(4), (doc, edits) => {
        const source = applySplices(render({ ...doc, layout: { ...doc.layout, lineEnds: ['\n'] } }), edits).replace(/\r/gu, '');
        expectSameModel(source);
      }),
      { numRuns: 150, seed },
    );
  });

  it('gives generated documents of mostly plain chunks, arbitrarily edited, the models remark gives them', () => {
    fc.assert(
      fc.property(mostlyPlainDoc, splices(3), (source, edits) => expectSameModel(applySplices(source, edits).replace(/\r/gu, ''))),
      { numRuns: 300, seed },
    );
  });

  it('sends the source to remark whole when a plain chunk is not a block of its own (a fence, front matter, raw HTML)', () => {
    const swallowing = [
      '```\ncode\n\nA plain paragraph inside the fence.\n\n```\n\nAfter it.',
      '---\ntitle: A note\n\nPlain looking line\n\n---\n\nThe text.',
      '<!--\n\nA plain paragraph inside a comment.\n\n-->\n\nAfter it.',
      '<script>\n\nSome text\n\n</script>\n\nAfter it.',
    ];
    for (const source of swallowing) {
      expect(textRemarkReads(source).at(-1)).toBe(source);
      expectSameModel(source);
    }
  });

  it('keeps what reaches across a blank line: an item continued, an indented code block, a list resumed, definitions', () => {
    const sources = [
      'Intro paragraph.\n\n- A plain item\n\n  Its continuation, indented.\n\n- *Marked* item\n\n- Plain again',
      'A paragraph.\n\n    indented code after a paragraph\n\n- item\n\n    code in the item',
      '- *first*\n\n- plain second\n\n- plain third\n  lazy line\n\n1. ordered\n\n- plain after',
      'See [the note][n] here.\n\nPlain paragraph.\n\n[n]: https://example.org\n\nAnother [n].',
      'Footnote here[^1].\n\n[^1]: The note.\n\n    Continued note.\n\nPlain text after.',
      '## Heading one\n\nText under it.\n\n### Heading two\nText right under it.\n\n## 1\\. Escaped number\n\nR\\&D and R\\\\*D and a line\\\nbreak.',
      'Setext\n===\n\nPlain.\n\n---\n\n| a | b |\n| - | - |\n| c | d |\n\nPlain after the table.\n\n> quoted\n\nPlain after the quote.',
      '2025. Not a plain paragraph\n\n2025 is plain.\n\nTrailing spaces  \nmake a break.\n\n\tTabbed.\n\n- - nested\n\n- 1. nested ordered',
    ];
    for (const source of sources) expectSameModel(source);
  });

  it('reads a plain chunk as written, and sets the plain chunks aside', () => {
    const source = '## Plain heading\n\nA plain paragraph\nover two lines.\n\n- A plain item\n\nA *marked* paragraph.';
    expect(textRemarkReads(source)).toEqual(['- x\n\nA *marked* paragraph.']);
    const blocks: Array<Pick<Block, 'kind' | 'text' | 'start' | 'end'>> = setAside(source).blocks.map(({ kind, text, start, end }) => ({ kind, text, start, end }));
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Plain heading', start: 0, end: 16 },
      { kind: 'paragraph', text: 'A plain paragraph over two lines.', start: 18, end: 51 },
      { kind: 'listItem', text: 'A plain item', start: 53, end: 67 },
      { kind: 'paragraph', text: 'A marked paragraph.', start: 69, end: 90 },
    ]);
  });
});
