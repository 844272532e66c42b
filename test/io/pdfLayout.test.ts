import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../engine/index';
import { layoutPdfText } from '../../io/pdfLayout';
import type { PdfPage, PdfTextRun } from '../../io/pdfLines';

// Hand-made A4 pages: text at 12 pt with glyphs half a point size wide, so a
// line of the 451 pt text column holds 75 characters; lines 14 pt apart.
const LEFT = 72;
const RIGHT = 523;
const GLYPH = 0.5;
const CHARACTERS = Math.floor((RIGHT - LEFT) / (12 * GLYPH));

const run = (text: string, x: number, y: number, size = 12): PdfTextRun => ({ text, x, y, width: text.length * size * GLYPH, size });
const page = (...runs: PdfTextRun[][]): PdfPage => ({ width: 595, height: 842, runs: runs.flat() });

/** Breaks text into lines of at most `characters`, as a word processor does. */
function wrap(text: string, characters = CHARACTERS): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= characters) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Lines from the top baseline down, 14 pt apart. */
const lines = (texts: string[], top: number, x = LEFT, size = 12): PdfTextRun[] => texts.map((text, i) => run(text, x, top - i * 14, size));

const blocksOf = (markdown: string) => parseDocument(markdown).blocks.map(({ kind, level, text }) => ({ kind, level, text }));

const SENTENCES = [
  'Both sides reaffirmed their strategic partnership as like-minded partners sharing fundamental values.',
  'Both sides committed to leveraging their complementary strengths to build resilient supply chains.',
  'Both sides decided to convene the next meeting of the Digital Partnership Council in Tokyo in 2027.',
];

describe('layoutPdfText', () => {
  it('numbered paragraphs that open every page are text, not a running header; the footer "Page n of 3" is', () => {
    const pages = [1, 2, 3].map((n) => page(lines([`${3 * n - 2}. Both sides met in Tokyo.`], 770), lines(wrap(SENTENCES[n - 1]), 740), [run(`Page ${n} of 3`, 280, 40, 9)]));
    const markdown = layoutPdfText(pages);
    expect(markdown).not.toContain('Page');
    expect(blocksOf(markdown)).toEqual(
      [1, 2, 3].flatMap((n) => [
        { kind: 'paragraph', level: 0, text: `${3 * n - 2}. Both sides met in Tokyo.` },
        { kind: 'paragraph', level: 0, text: SENTENCES[n - 1] },
      ]),
    );
  });

  it("a single page's number and a note's footer at its foot are left out, the note's number near the top of the cover is kept", () => {
    const markdown = layoutPdfText([
      page(
        lines(['8288/1/26 REV 1', 'LIMITE'], 800),
        lines(wrap(SENTENCES[0]), 700),
        [run('8288/1/26 REV 1', LEFT, 50, 10), run('AB/cd', 280, 50, 10), run('1', 510, 50, 10)],
        [run('RELEX.1', LEFT, 38, 10), run('LIMITE', 280, 38, 10), run('EN', 510, 38, 10)],
      ),
    ]);
    const document = parseDocument(markdown);
    expect(document.cover).toMatchObject({ number: '8288/1/26', marks: [{ kind: 'REV', number: 1 }], classification: 'LIMITE' });
    expect(blocksOf(markdown)).toEqual([{ kind: 'paragraph', level: 0, text: SENTENCES[0] }]);
    expect(markdown).not.toMatch(/RELEX|AB\/cd|EN$/u);
  });

  it('joins a line broken after the hyphen of a compound or at a soft hyphen without a space, and Japanese lines without a space', () => {
    const markdown = layoutPdfText([
      page(
        lines(['Both sides welcomed the progress of the work in the Indo-', 'Pacific region and of the inter\u00ad', 'operability of the EU-Japan data spaces.'], 770),
        lines(['日本とEUは、デジタル分野での協力を', '強化することを確認した。'], 700),
      ),
    ]);
    expect(blocksOf(markdown)).toEqual([
      { kind: 'paragraph', level: 0, text: 'Both sides welcomed the progress of the work in the Indo-Pacific region and of the interoperability of the EU-Japan data spaces.' },
      { kind: 'paragraph', level: 0, text: '日本とEUは、デジタル分野での協力を強化することを確認した。' },
    ]);
  });

  it('bullets become list items nested by their indent; a dash that opens a wrapped line does not', () => {
    const markdown = layoutPdfText([
      page(
        lines(['Both sides will cooperate on the following topics:'], 770),
        lines(['•  Artificial Intelligence:'], 748),
        lines(['◦  Responsible AI Innovation.', '◦  Global Governance.'], 734, LEFT + 20),
        lines(['•  Quantum Technology.'], 706),
        lines(wrap(`Our partnership protects critical infrastructure - from submarine cables to semiconductors - against emerging threats. ${SENTENCES[1]}`, 58), 680),
      ),
    ]);
    expect(markdown).toMatch(/^ {2}- Responsible AI Innovation\.$/mu);
    expect(blocksOf(markdown)).toEqual([
      { kind: 'paragraph', level: 0, text: 'Both sides will cooperate on the following topics:' },
      { kind: 'listItem', level: 1, text: 'Artificial Intelligence:' },
      { kind: 'listItem', level: 2, text: 'Responsible AI Innovation.' },
      { kind: 'listItem', level: 2, text: 'Global Governance.' },
      { kind: 'listItem', level: 1, text: 'Quantum Technology.' },
      { kind: 'paragraph', level: 0, text: `Our partnership protects critical infrastructure - from submarine cables to semiconductors - against emerging threats. ${SENTENCES[1]}` },
    ]);
  });

  it('escapes what would read as Markdown, so the text stays as printed', () => {
    const text = '1. Both sides will *not* use <b>tags</b> or [links] or `code` in the statement, nor # marks, nor the & entity &amp; here.';
    const markdown = layoutPdfText([page(lines(wrap(text), 770), lines(['+ 2 meetings were held.'], 700), lines(['> 3 working groups met.'], 670))]);
    expect(blocksOf(markdown)).toEqual([
      { kind: 'paragraph', level: 0, text },
      { kind: 'paragraph', level: 0, text: '+ 2 meetings were held.' },
      { kind: 'paragraph', level: 0, text: '> 3 working groups met.' },
    ]);
  });

  it('a page break after a sentence: the paragraph goes on when the next word would not have fitted on the full last line, a new one starts when it would have', () => {
    // "Both" (4 characters) would not have fitted on a full line, but fits after a short one.
    const full = 'x'.repeat(CHARACTERS - 8) + ' ended.';
    const short = 'The paragraph ended here.';
    for (const [last, continues] of [
      [full, true],
      [short, false],
    ] as const) {
      const first = 'Both sides reaffirmed their partnership, and at the end of a long page they said that';
      const markdown = layoutPdfText([page(lines([first, last], 90)), page(lines([SENTENCES[0]], 770))]);
      const texts = blocksOf(markdown).map((block) => block.text);
      expect(texts).toEqual(continues ? [`${first} ${last} ${SENTENCES[0]}`] : [`${first} ${last}`, SENTENCES[0]]);
    }
  });

  it('a footnote that runs over to the next page is one footnote; its mark is a reference', () => {
    const markdown = layoutPdfText([
      page(lines(['Both sides welcomed the Joint Press Statement'], 770), [run('1', LEFT + 276, 774, 8)], lines(wrap(SENTENCES[0]), 756), [run('1', LEFT, 84, 6)], lines(['Joint press statement by the Commissioner and'], 80, LEFT + 5, 9)),
      page(lines(wrap(SENTENCES[1]), 770), lines(['the Chairman of the Commission.'], 80, LEFT, 9)),
    ]);
    expect(markdown).toContain('Both sides welcomed the Joint Press Statement[^1]');
    expect(markdown).toContain('[^1]: Joint press statement by the Commissioner and the Chairman of the Commission.');
    expect(blocksOf(markdown).map((block) => block.text)).toEqual([`Both sides welcomed the Joint Press Statement ${SENTENCES[0]}`, SENTENCES[1]]);
  });
});
