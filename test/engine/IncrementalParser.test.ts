import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IncrementalParser, parseDocument } from '../../engine/index';
import { chunkSpans } from '../../engine/IncrementalParser';
import { applySplices, markdownSoup, render, splices, structuredDoc } from '../support/arbitraries';

/**
 * Lines a tight list's items may be followed by, without a blank line: lazy
 * text, nested and continued items, numbered and empty items, other
 * bullets, rules, tables, quotes, headings, setext underlines, footnote
 * definitions and references, indented code.
 */
const LIST_LINES = [
  '- Both sides welcomed the **MoC** on submarine cables.',
  '* They will continue the dialogue.',
  '+ Semiconductors: the two sides agreed to cooperate.',
  '- [^1] noted',
  '-\tTabbed item text',
  '  - a nested item',
  '    - deeper still',
  '  continued text of the item',
  'lazy text at the margin',
  '1. a numbered item',
  '2. a second numbered item',
  '2) another kind of number',
  '-',
  '- ',
  '- - -',
  '* * *',
  '---',
  '===',
  '| a | b |',
  '| --- | --- |',
  '> a quote',
  '# A heading',
  '[^1]: A footnote.',
  '      indented code',
  '',
];
describe('the incremental parser reads a draft exactly as a whole parse does', () => {
  it('on structured Markdown, through a sequence of edits, reusing its chunks', () => {
    fc.assert(
      fc.property(structuredDoc(1, 14), fc.array(splices(3), { maxLength: 4 }), (doc, edits) => {
        const parser = new IncrementalParser();
        let source = render(doc);
        expect(parser.parse(source).blocks).toEqual(parseDocument(source).blocks);
        for (const step of edits) {
          source = applySplices(source, step);
          expect(parser.parse(source).blocks).toEqual(parseDocument(source).blocks);
        }
      }),
      { numRuns: 150, seed: 20261123 },
    );
  });

  it('on a long document opened at once (its new chunks parsed 1,024 at a time), then as it is edited', () => {
    const filler = Array.from({ length: 1_100 }, (_, i) => `Line ${i} of a long list about cooperation.`).join('\n\n');
    fc.assert(
      fc.property(structuredDoc(1, 14), structuredDoc(1, 14), fc.array(splices(3), { maxLength: 3 }), (head, tail, edits) => {
        const parser = new IncrementalParser();
        let source = `${render(head)}\n\n${filler}\n\n${render(tail)}`;
        expect(parser.parse(source).blocks).toEqual(parseDocument(source).blocks);
        for (const step of edits) {
          source = applySplices(source, step);
          expect(parser.parse(source).blocks).toEqual(parseDocument(source).blocks);
        }
      }),
      { numRuns: 10, seed: 20261206 },
    );
  });

  it('on tight bullet lists cut item by item, whatever line follows an item, through edits', () => {
    const line = fc.constantFrom(...LIST_LINES);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 14 }), fc.constantFrom('\n', '\r\n', '\r'), fc.array(splices(2), { maxLength: 3 }), (lines, end, edits) => {
        const parser = new IncrementalParser();
        let source = ['- An opening item of the list.', ...lines].join(end);
        expect(parser.parse(source).blocks).toEqual(parseDocument(source).blocks);
        for (const step of edits) {
          source = applySplices(source, step);
          expect(parser.parse(source).blocks).toEqual(parseDocument(source).blocks);
        }
      }),
      { numRuns: 400, seed: 20261207 },
    );
  });

  it('reads a tight list of initiatives as one chunk per item, so a keystroke in one item has remark read that item alone', () => {
    const source = 'Intro.\n\n- **Data:** Both sides will cooperate.\n- **AI:** They welcomed the Code.\n  - a sub-item\nlazy line\n* **Cables:** They met.\n1. Numbered\n2. Numbered too\n';
    const texts = chunkSpans(source, 0).map(([start, end]) => source.slice(start, end));
    expect(texts).toEqual(['Intro.\n\n', '- **Data:** Both sides will cooperate.\n', '- **AI:** They welcomed the Code.\n  - a sub-item\nlazy line\n', '* **Cables:** They met.\n1. Numbered\n2. Numbered too\n']);
  });

  it('on Markdown soup (entities, HTML, fences, definitions)', () => {
    fc.assert(
      fc.property(fc.array(markdownSoup(60), { minLength: 1, maxLength: 8 }), (parts) => {
        const source = parts.join('\n\n');
        expect(new IncrementalParser().parse(source).blocks).toEqual(parseDocument(source).blocks);
      }),
      { numRuns: 300, seed: 20261124 },
    );
  });

  it('on the corpus statements, typing a word into each paragraph in turn', () => {
    const source = readFileSync(new URL('../../corpus/statement-2025.md', import.meta.url), 'utf8');
    const parser = new IncrementalParser();
    const blocks = parseDocument(source).blocks;
    for (const block of blocks.filter((b) => b.kind !== 'heading').slice(0, 10)) {
      const edited = `${source.slice(0, block.end)} notably${source.slice(block.end)}`;
      expect(parser.parse(edited)).toEqual({ ...parseDocument(edited), cover: null });
    }
  });

  it('on a Council note whose front matter gives its cover, typing into its paragraphs: the same blocks, front matter and cover', () => {
    const source = readFileSync(new URL('../../corpus/council-note-8288-1-26-rev1.md', import.meta.url), 'utf8');
    const parser = new IncrementalParser();
    expect(parser.parse(source)).toEqual(parseDocument(source));
    for (const block of parseDocument(source).blocks.filter((b) => b.kind !== 'heading').slice(0, 10)) {
      const edited = `${source.slice(0, block.end)} notably${source.slice(block.end)}`;
      const whole = parseDocument(edited);
      expect(whole.cover?.number).toBe('8288/1/26');
      expect(parser.parse(edited)).toEqual(whole);
    }
  });
});

/** chunkSpans as it read a source before: the break pattern in Unicode mode, each list chunk's items sought over the rest of the source. */
function chunkSpansAsBefore(source: string, from: number): Array<[number, number]> {
  const chunkBreak = /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)(?=\S)(?!(?:[-*+]|\d{1,9}[.)])[ \t]*(?:\r\n|\r|\n|$)|---)/gu;
  const itemStart = /(?:\r\n|\r(?!\n)|\n)(?=[-*+][ \t]+\S)/gu;
  const spans: Array<[number, number]> = [];
  const items = (start: number, end: number) => {
    if (!/[-*+][ \t]/uy.test(source.slice(start))) return void spans.push([start, end]);
    itemStart.lastIndex = start;
    for (let match = itemStart.exec(source); match && match.index < end; match = itemStart.exec(source)) {
      const cut = match.index + match[0].length;
      if (cut >= end) break;
      spans.push([start, cut]);
      start = cut;
    }
    spans.push([start, end]);
  };
  let start = from;
  chunkBreak.lastIndex = from;
  for (let match = chunkBreak.exec(source); match; match = chunkBreak.exec(source)) {
    items(start, match.index + match[0].length);
    start = match.index + match[0].length;
  }
  if (start < source.length) items(start, source.length);
  return spans;
}

describe('the chunks of a draft', () => {
  it('are those read before (Unicode pattern, items sought past the chunk), on lists, line endings and astral characters', () => {
    const line = fc.constantFrom(...LIST_LINES, '\u{1F600} an emoji opens this line', '- \u{1F4C4} an item after an emoji', '\r', '\r\n', ' \t', 'plain text');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r', '\n\n'), (lines, eol) => {
        const source = lines.join(eol);
        expect(chunkSpans(source, 0)).toEqual(chunkSpansAsBefore(source, 0));
      }),
      { numRuns: 400 },
    );
  });
});

describe('a keystroke in a long draft', () => {
  const draft = ['# Joint statement', '## Digital', 'Both sides met in Tokyo.', 'They agreed on data.', '## Research', 'They will meet again.', 'A last paragraph.'].join('\n\n');

  it('gives the blocks before it again as they were, and a document equal to a whole parse', () => {
    const parser = new IncrementalParser();
    const before = parser.parse(draft);
    const edited = draft.replace('meet again', 'meet once again');
    const after = parser.parse(edited);
    expect(after).toEqual(parseDocument(edited));
    const at = after.blocks.findIndex((block) => block.text.startsWith('They will'));
    after.blocks.slice(0, at).forEach((block, i) => expect(block).toBe(before.blocks[i]));
  });

  it('never changes the document an earlier parse gave: a heading retitled above a block gives that block anew', () => {
    const parser = new IncrementalParser();
    const before = parser.parse(draft);
    const copy = structuredClone(before);
    const retitled = draft.replace('## Digital', '## Digital economy');
    const after = parser.parse(retitled);
    expect(before).toEqual(copy);
    expect(after).toEqual(parseDocument(retitled));
    expect(after.blocks.find((block) => block.text === 'They agreed on data.')?.section).toEqual(['Joint statement', 'Digital economy']);
    // Back as it was: the earlier blocks' paths are right again.
    expect(parser.parse(draft)).toEqual(parseDocument(draft));
  });
});
