import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IncrementalParser, parseDocument } from '../../engine/index';
import { DraftParser, plainParagraphs } from '../../renderer/worker/DraftParser';

/** Words of plain lines, and marks and spacing that make a line something else (or its text other than the line). */
const PLAIN_WORDS = ['Both', 'sides', 'will', 'cooperate', 'on', 'data.', 'Mr.', 'e.g.', '2026', 'co-operation', '“agreed”', 'it’s', '(see', 'annex)', 'Note:', '50%', 'well!', 'Why?', '日本', 'été', '–', 'end.', 'No.', '5', 'U.S.', 'Really?!', 'said.”', 'ends.)', 'v1.2', '3.5%', '...'];
const MARKS = ['*bold*', '_it_', '#', '##', '>', '-', '+', '1.', '3)', '8288/26', '&amp;', '[x]', '<b>', '`code`', '|', '~~', '\\*', '===', '---', 'a  b', '\t', ' ', '\u00a0', '\ufeff', 'x\u2028y', '[^1]:'];
const word = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PLAIN_WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...MARKS) });
const line = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
const separator = fc.oneof({ weight: 8, arbitrary: fc.constant('\n\n') }, { weight: 1, arbitrary: fc.constantFrom('\n', '\n\n\n', '\n  \n', '\r\n\r\n') });
const plainLine = fc.array(fc.constantFrom(...PLAIN_WORDS), { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
const plainDocument = fc.array(plainLine, { minLength: 1, maxLength: 20 }).map((lines) => lines.join('\n\n'));
const mixedDocument = fc.tuple(fc.array(fc.tuple(line, separator), { minLength: 1, maxLength: 12 }), fc.constantFrom('', '\n', '\n\n')).map(([lines, ending]) => lines.map(([l, s], i) => (i < lines.length - 1 ? l + s : l)).join('') + ending);

describe('the draft parser reads a draft exactly as the engine does', () => {
  it('on lines of plain words and Markdown marks, through edits, whether it takes its fast path or not', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(plainDocument, mixedDocument), { minLength: 1, maxLength: 4 }), (versions) => {
        const parser = new DraftParser();
        for (const source of versions) expect(parser.parse(source)).toEqual(new IncrementalParser().parse(source));
      }),
      { numRuns: 400, seed: 20261206 },
    );
  });

  it('on plain lines only, block by block and sentence by sentence', () => {
    fc.assert(
      fc.property(plainDocument, (source) => {
        // A numbered list, or a line opening with a dash or dots (plain to Markdown, not taken by the fast path).
        if (/^(?:\d+[.)]|[^\p{L}\p{N}("'\u2018\u201c])/mu.test(source)) return;
        const plain = plainParagraphs(source);
        expect(plain).not.toBeNull();
        expect(plain!.document).toEqual(parseDocument(source));
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });

  it('takes its fast path for 10,000 one-line paragraphs, with the blocks of the engine', () => {
    const source = Array.from({ length: 10_000 }, (_, i) => `Line ${i} of a long list of paragraphs about cooperation ${i % 97}.`).join('\n\n');
    const plain = plainParagraphs(source);
    expect(plain?.document.blocks).toHaveLength(10_000);
    expect(plain!.document).toEqual(new IncrementalParser().parse(source));
  });

  it('leaves to the engine a text with any Markdown, a paragraph of two lines, or a note’s number', () => {
    for (const source of ['# Title\n\nText.', 'One line\nand another.', 'Text.\n\n- an item', '8288/26\n\nText.', '1. First.', 'Bold **words**.', 'Spaced  out.', 'Trailing space. ']) {
      expect(plainParagraphs(source)).toBeNull();
      expect(new DraftParser().parse(source)).toEqual(new IncrementalParser().parse(source));
    }
  });
});
