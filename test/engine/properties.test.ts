/**
 * Property tests of the engine over arbitrary Unicode text, structured
 * Markdown in a mixed vocabulary and sequences of edits: the invariants the
 * editor and the views rely on (offsets point at their text, diffs give back
 * both texts, every block is accounted for exactly once), whatever the input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PrecedentIndex,
  alignDraft,
  compareRevisions,
  diffWords,
  newTextOf,
  oldTextOf,
  parseDocument,
  type ParsedDocument,
  type WordDiff,
} from '../../engine/index';
import {
  applyBlockEdits,
  applySplices,
  arbitraryText,
  blockEdits,
  markdownBlock,
  render,
  revision,
  splices,
  structuredDoc,
} from '../support/arbitraries';

/** Fixed seed by default so a failure reproduces; FC_SEED=random explores further. */
const seed = process.env.FC_SEED === 'random' ? Date.now() : Number(process.env.FC_SEED ?? 20250512);
const runs = (numRuns: number): fc.Parameters<unknown> => ({ numRuns, seed });

/** The structural invariants every parse must keep, whatever the source. */
function checkParse(source: string, doc: ParsedDocument): void {
  expect(doc.length).toBe(source.length);
  doc.blocks.forEach((block, i) => {
    expect(block.index, 'index is the position').toBe(i);
    expect(block.start, 'start in range').toBeGreaterThanOrEqual(0);
    expect(block.end, 'end in range').toBeLessThanOrEqual(source.length);
    expect(block.start, 'start before end').toBeLessThan(block.end);
    if (i + 1 < doc.blocks.length) {
      expect(block.end, `block ${i} ends before block ${i + 1} starts`).toBeLessThanOrEqual(doc.blocks[i + 1].start);
    }
    expect(block.text.length, 'text not empty').toBeGreaterThan(0);
    expect(block.text, 'no leading or trailing space').toBe(block.text.trim());
    expect(block.text, 'no double spaces').not.toMatch(/\s\s/u);
    expect(block.text, 'white space folded to plain spaces').not.toMatch(/[^\S ]/u);
    let previousEnd = 0;
    for (const sentence of block.sentences) {
      expect(sentence.text).toBe(block.text.slice(sentence.textStart, sentence.textEnd));
      expect(sentence.textStart, 'sentences in order').toBeGreaterThanOrEqual(previousEnd);
      expect(sentence.textStart).toBeLessThan(sentence.textEnd);
      expect(sentence.textEnd).toBeLessThanOrEqual(block.text.length);
      previousEnd = sentence.textEnd;
      expect(sentence.start, 'sentence starts inside its block').toBeGreaterThanOrEqual(block.start);
      expect(sentence.start).toBeLessThan(sentence.end);
      expect(sentence.end, 'sentence ends inside its block').toBeLessThanOrEqual(block.end);
    }
  });
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Offsets point at their text: every word of a block's text stands in its source slice. */
function checkWordsInSource(source: string, doc: ParsedDocument): void {
  for (const block of doc.blocks) {
    const slice = source.slice(block.start, block.end);
    for (const word of block.text.match(WORD) ?? []) {
      expect(slice, `word "${word}" of block ${block.index} ("${block.text}") in its source slice`).toContain(word);
    }
  }
}

function checkDiffShape(diff: WordDiff): void {
  diff.forEach(([op, text], i) => {
    expect([-1, 0, 1]).toContain(op);
    expect(text.length, `piece ${i} not empty`).toBeGreaterThan(0);
    if (i > 0) expect(op, `pieces ${i - 1} and ${i} differ in op`).not.toBe(diff[i - 1][0]);
  });
}

function checkDiff(oldText: string, newText: string): void {
  const diff = diffWords(oldText, newText);
  checkDiffShape(diff);
  expect(oldTextOf(diff)).toBe(oldText);
  expect(newTextOf(diff)).toBe(newText);
}

const blockTexts = (doc: ParsedDocument): string[] => doc.blocks.map((block) => block.text);

describe('parseDocument', () => {
  it('keeps its invariants on arbitrary text', () => {
    fc.assert(
      fc.property(arbitraryText(300), (source) => {
        checkParse(source, parseDocument(source));
        checkParse(source, parseDocument(source, { format: 'text' }));
      }),
      runs(400),
    );
  });

  it('keeps its invariants on structured Markdown, and its offsets point at the words of the text', () => {
    fc.assert(
      fc.property(structuredDoc(), blockEdits(3), (doc, edits) => {
        for (const version of [doc, applyBlockEdits(doc, edits)]) {
          const source = render(version);
          const parsed = parseDocument(source);
          checkParse(source, parsed);
          checkWordsInSource(source, parsed);
          checkParse(source, parseDocument(source, { format: 'text' }));
        }
      }),
      runs(250),
    );
  });

  it('keeps its invariants on structured Markdown after arbitrary splices', () => {
    fc.assert(
      fc.property(structuredDoc(), splices(8), (doc, cuts) => {
        const source = applySplices(render(doc), cuts);
        checkParse(source, parseDocument(source));
      }),
      runs(300),
    );
  });
});

describe('diffWords', () => {
  it('gives back both texts from arbitrary strings', () => {
    fc.assert(
      fc.property(arbitraryText(200), arbitraryText(200), (a, b) => {
        checkDiff(a, b);
        checkDiff(b, a);
        checkDiff(a, a);
      }),
      runs(400),
    );
  });

  it('gives back both texts from related strings (one an edit of the other)', () => {
    fc.assert(
      fc.property(arbitraryText(200), splices(5), (a, cuts) => {
        const b = applySplices(a, cuts);
        checkDiff(a, b);
        checkDiff(b, a);
      }),
      runs(400),
    );
  });

  it("gives back both texts from documents' block texts before and after edits", () => {
    fc.assert(
      fc.property(revision(8), ({ oldSource, newSource }) => {
        const oldTexts = blockTexts(parseDocument(oldSource));
        const newTexts = blockTexts(parseDocument(newSource));
        checkDiff(oldTexts.join(' '), newTexts.join(' '));
        checkDiff(oldSource, newSource);
        for (let i = 0; i < Math.min(oldTexts.length, newTexts.length); i++) checkDiff(oldTexts[i], newTexts[i]);
      }),
      runs(200),
    );
  });
});

describe('alignDraft', () => {
  it('accounts for every draft and prior block, with diffs to the draft text', () => {
    // The draft is a revision of the prior; sometimes a second, older prior (another revision of it) is indexed too.
    const priorsAndDraft = fc.tuple(revision(), fc.option(splices(4), { nil: undefined }));
    fc.assert(
      fc.property(priorsAndDraft, ([{ oldSource, newSource }, olderCuts]) => {
        const priors = [parseDocument(oldSource)];
        if (olderCuts) priors.unshift(parseDocument(applySplices(oldSource, olderCuts)));
        const draft = parseDocument(newSource);
        const { alignments, dropped } = alignDraft(draft, new PrecedentIndex(priors));

        const draftBodies = draft.blocks.filter((block) => block.kind !== 'heading').map((block) => block.index);
        expect(
          alignments.map((a) => a.block).sort((a, b) => a - b),
          'every non-heading draft block in exactly one alignment',
        ).toEqual(draftBodies);

        const matched = new Set<string>();
        for (const alignment of alignments) {
          const block = draft.blocks[alignment.block];
          for (const match of alignment.matches) {
            const matchedBlock = priors[match.prior]?.blocks[match.block];
            expect(matchedBlock, `matched prior block ${match.prior}:${match.block} exists`).toBeDefined();
            expect(matchedBlock.kind, 'headings are never matched').not.toBe('heading');
            expect(match.score, 'score in [0, 1]').toBeGreaterThanOrEqual(0);
            expect(match.score, 'score in [0, 1]').toBeLessThanOrEqual(1);
            matched.add(`${match.prior}:${match.block}`);
          }
          expect(alignment.status === 'new', 'new exactly when no match').toBe(alignment.matches.length === 0);
          checkDiffShape(alignment.diff);
          expect(newTextOf(alignment.diff), `diff of block ${block.index} leads to its text`).toBe(block.text);
          if (alignment.status === 'new') {
            expect(oldTextOf(alignment.diff)).toBe('');
          } else {
            const main = alignment.matches[0].prior;
            const blocks = alignment.matches
              .filter((m) => m.prior === main)
              .map((m) => m.block)
              .sort((a, b) => a - b)
              .map((b) => priors[main].blocks[b].text);
            const from = oldTextOf(alignment.diff);
            // The whole main precedent, or (for a much shorter block) a run of sentences of one of its blocks.
            const whole = blocks.join(' ');
            if (from !== whole) {
              expect(blocks.some((text) => text.includes(from)), 'diff starts from a part of the main precedent').toBe(true);
              expect(block.text.split(' ').length * 2, 'only a much shorter block is diffed against a part').toBeLessThanOrEqual(whole.split(' ').length);
            }
          }
        }

        const droppedKeys = dropped.map((d) => `${d.prior}:${d.block}`);
        expect(new Set(droppedKeys).size, 'no block dropped twice').toBe(droppedKeys.length);
        priors.forEach((prior, p) => {
          for (const block of prior.blocks) {
            const key = `${p}:${block.index}`;
            const isDropped = droppedKeys.includes(key);
            if (block.kind === 'heading') {
              expect(isDropped, 'headings are never dropped').toBe(false);
            } else {
              expect(matched.has(key) !== isDropped, `prior block ${key} matched xor dropped`).toBe(true);
            }
          }
        });
      }),
      runs(150),
    );
  });
});

describe('compareRevisions', () => {
  it('puts every block of both versions in exactly one operation, with diffs between their texts', () => {
    fc.assert(
      fc.property(revision(), ({ oldSource, newSource }) => {
        const oldDoc = parseDocument(oldSource);
        const newDoc = parseDocument(newSource);
        const { operations, summary } = compareRevisions(oldDoc, newDoc);

        const oldCount = new Array<number>(oldDoc.blocks.length).fill(0);
        const newCount = new Array<number>(newDoc.blocks.length).fill(0);
        for (const op of operations) {
          for (const i of op.old) oldCount[i] = (oldCount[i] ?? 0) + 1;
          for (const i of op.new) newCount[i] = (newCount[i] ?? 0) + 1;
          checkDiffShape(op.diff);
          const oldText = op.old.map((i) => oldDoc.blocks[i].text).join('');
          const newText = op.new.map((i) => newDoc.blocks[i].text).join('');
          expect(oldTextOf(op.diff), `${op.type} op diff starts from the old text`).toBe(oldText);
          expect(newTextOf(op.diff), `${op.type} op diff leads to the new text`).toBe(newText);
          if (op.type === 'inserted') expect(op.old).toEqual([]);
          if (op.type === 'deleted') expect(op.new).toEqual([]);
          if (op.type === 'equal') expect(newText).toBe(oldText);
        }
        expect(oldCount, 'every old block in exactly one operation').toEqual(oldDoc.blocks.map(() => 1));
        expect(newCount, 'every new block in exactly one operation').toEqual(newDoc.blocks.map(() => 1));

        const counted = { equal: 0, changed: 0, moved: 0, inserted: 0, deleted: 0 };
        for (const op of operations) counted[op.type]++;
        expect(summary).toEqual(counted);
      }),
      runs(200),
    );
  });

  it('lists operations in reading order of the new version', () => {
    fc.assert(
      fc.property(revision(), ({ oldSource, newSource }) => {
        const { operations } = compareRevisions(parseDocument(oldSource), parseDocument(newSource));
        const order = operations.flatMap((op) => op.new);
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }),
      runs(150),
    );
  });

  it('finds only equal blocks between a document and itself', () => {
    fc.assert(
      fc.property(fc.oneof(structuredDoc().map(render), arbitraryText(300)), (source) => {
        const doc = parseDocument(source);
        const { operations, summary } = compareRevisions(doc, parseDocument(source));
        expect(operations.map((op) => op.type)).toEqual(doc.blocks.map(() => 'equal'));
        expect(summary.equal).toBe(doc.blocks.length);
      }),
      runs(200),
    );
  });
});

describe('bounded time', () => {
  it('parses, aligns and compares a document of about 3,000 words in well under a second (safety net: < 5 s)', () => {
    const bigDoc = fc.tuple(
      fc.array(markdownBlock, { minLength: 180, maxLength: 220 }),
      blockEdits(20),
      splices(10),
    );
    fc.assert(
      fc.property(bigDoc, ([blocks, edits, cuts]) => {
        const doc = { blocks, layout: { bom: false, frontMatter: false, lineEnds: ['\n' as const], blankLines: [1], trailingLineEnd: true } };
        const oldSource = render(doc);
        const newSource = applySplices(render(applyBlockEdits(doc, edits)), cuts);
        const started = performance.now();
        const prior = parseDocument(oldSource);
        const draft = parseDocument(newSource);
        alignDraft(draft, new PrecedentIndex([prior]));
        compareRevisions(prior, draft);
        const elapsed = performance.now() - started;
        expect((oldSource.match(WORD) ?? []).length, 'a document of thousands of words').toBeGreaterThan(1500);
        expect(elapsed).toBeLessThan(5000);
      }),
      runs(4),
    );
  });
});
