import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareRevisions, parseDocument, type Block, type RevisionCompare, type WordDiff } from '../../engine/index';
import { corpusDir } from '../support/gold';
import { CLAUSES, EDIT_KINDS, makeRevisionPair, type BlockFact, type EditKind, type RevisionPair } from '../fixtures/revisionPairs';

const STATEMENTS = ['statement-2024', 'statement-2025', 'council-note-8288-1-26-rev1', 'partnership-2022'] as const;
type Statement = (typeof STATEMENTS)[number];

const sources = new Map<Statement, string>(STATEMENTS.map((id) => [id, readFileSync(new URL(`${id}.md`, corpusDir), 'utf8')]));
const sourceOf = (id: Statement): string => sources.get(id)!;

interface Compared {
  pair: RevisionPair;
  oldBlocks: Block[];
  newBlocks: Block[];
  compare: RevisionCompare;
}

function compareOf(pair: RevisionPair): Compared {
  const oldDoc = parseDocument(pair.old);
  const newDoc = parseDocument(pair.new);
  return { pair, oldBlocks: oldDoc.blocks, newBlocks: newDoc.blocks, compare: compareRevisions(oldDoc, newDoc) };
}

type Got = { fate: string; partner: number | null };
const factKey = (side: 'old' | 'new', block: number) => `${side}:${block}`;

/** The engine's answer as block facts: each operation gives one for each of its old and new blocks. */
function factsOf(compare: RevisionCompare): Map<string, Got> {
  const facts = new Map<string, Got>();
  const put = (side: 'old' | 'new', block: number, got: Got) => {
    const key = factKey(side, block);
    if (facts.has(key)) throw new Error(`${side} block ${block} is in two operations`);
    facts.set(key, got);
  };
  for (const op of compare.operations) {
    for (const block of op.old) put('old', block, { fate: op.type, partner: op.new[0] ?? null });
    for (const block of op.new) put('new', block, { fate: op.type, partner: op.old[0] ?? null });
  }
  return facts;
}

/** The edit kind a fact is about, or "untouched". */
function kindOfFact(pair: RevisionPair, fact: BlockFact): EditKind | 'untouched' {
  const edit = pair.edits.find((e) => (fact.side === 'old' ? e.oldBlock : e.newBlock) === fact.block);
  return edit?.kind ?? 'untouched';
}

const clip = (text: string) => (text.length > 90 ? `${text.slice(0, 90)}…` : text);

// ---------------------------------------------------------------------------
// The generated pairs: every statement, five seeds each, 6 to 12 edits of all kinds

const SEEDS = [1, 2, 3, 4, 5];
const generated: Array<Compared & { id: Statement; seed: number }> = STATEMENTS.flatMap((id, d) =>
  SEEDS.map((s) => {
    const seed = 1000 * (d + 1) + s;
    const pair = makeRevisionPair(sourceOf(id), { seed, edits: 6 + ((s * 5) % 7) });
    return { id, seed, ...compareOf(pair) };
  }),
);

function scoreGenerated() {
  const byKind = new Map<string, { right: number; total: number }>();
  let right = 0;
  let total = 0;
  const mistakes: string[] = [];
  for (const { id, seed, pair, compare, oldBlocks, newBlocks } of generated) {
    const got = factsOf(compare);
    for (const fact of pair.truth) {
      const answer = got.get(factKey(fact.side, fact.block));
      const ok = answer !== undefined && answer.fate === fact.fate && answer.partner === fact.partner;
      const kind = kindOfFact(pair, fact);
      const tally = byKind.get(kind) ?? { right: 0, total: 0 };
      tally.total++;
      total++;
      if (ok) {
        tally.right++;
        right++;
      } else {
        const text = (fact.side === 'old' ? oldBlocks : newBlocks)[fact.block].text;
        mistakes.push(
          `${id} seed ${seed} [${kind}] ${fact.side} ${fact.block}: expected ${fact.fate}/${fact.partner}, ` +
            `got ${answer?.fate}/${answer?.partner} — "${clip(text)}"`,
        );
      }
      byKind.set(kind, tally);
    }
  }
  return { share: right / total, right, total, byKind, mistakes };
}

describe('compareRevisions on generated revision pairs of the corpus statements', () => {
  const score = scoreGenerated();
  const perKind = [...EDIT_KINDS, 'untouched']
    .filter((kind) => score.byKind.has(kind))
    .map((kind) => {
      const { right, total } = score.byKind.get(kind)!;
      return `${kind} ${(right / total).toFixed(3)} (${total})`;
    });
  console.log(
    `compareRevisions, generated pairs: ${score.share.toFixed(4)} of ${score.total} block facts right; ${perKind.join(', ')}`,
  );

  it('gets at least 95% of the block facts right', () => {
    expect(score.share, score.mistakes.slice(0, 30).join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('makes pairs with every kind of edit, so the score covers them all', () => {
    for (const kind of EDIT_KINDS) expect(score.byKind.get(kind)?.total ?? 0, kind).toBeGreaterThan(0);
  });

  it('puts every block of both versions in exactly one operation', () => {
    for (const { compare, oldBlocks, newBlocks } of generated) {
      const facts = factsOf(compare);
      expect(facts.size).toBe(oldBlocks.length + newBlocks.length);
    }
  });

  it("gives each operation a diff that reproduces its texts", () => {
    const join = (diff: WordDiff, keep: -1 | 1) => diff.filter(([op]) => op === 0 || op === keep).map(([, text]) => text).join('');
    for (const { compare, oldBlocks, newBlocks } of generated) {
      for (const op of compare.operations) {
        if (op.old.length > 0) expect(join(op.diff, -1), `${op.type} old ${op.old}`).toBe(oldBlocks[op.old[0]].text);
        if (op.new.length > 0) expect(join(op.diff, 1), `${op.type} new ${op.new}`).toBe(newBlocks[op.new[0]].text);
      }
    }
  });
});

// ---------------------------------------------------------------------------
// Stories: one statement, the named edits

/** The first pair (by seed) whose edits are exactly these kinds. */
function pairWith(id: Statement, kinds: readonly EditKind[]): Compared {
  const wanted = [...kinds].sort().join();
  for (let seed = 1; seed <= 200; seed++) {
    const pair = makeRevisionPair(sourceOf(id), { seed, edits: kinds.length, kinds: [...new Set(kinds)] });
    if (pair.edits.map((edit) => edit.kind).sort().join() === wanted) return compareOf(pair);
  }
  throw new Error(`no seed makes ${wanted} on ${id}`);
}

const opsOf = (compare: RevisionCompare, type: string) => compare.operations.filter((op) => op.type === type);

interface Story {
  story: string;
  statement: Statement;
  edits: EditKind[];
  check: (compared: Compared) => void;
}

const stories: Story[] = [
  {
    story: 'a paragraph moved far and reworded shows as one move with its word diff',
    statement: 'statement-2025',
    edits: ['moveAndReword'],
    check: ({ pair, compare, oldBlocks }) => {
      const [edit] = pair.edits;
      expect(oldBlocks[edit.oldBlock!].kind).toBe('paragraph');
      const moved = opsOf(compare, 'moved');
      expect(moved).toHaveLength(1);
      expect(moved[0].old).toEqual([edit.oldBlock]);
      expect(moved[0].new).toEqual([edit.newBlock]);
      expect(moved[0].diff.some(([op]) => op === -1)).toBe(true);
      expect(moved[0].diff.some(([op]) => op === 1)).toBe(true);
      expect(compare.summary.inserted).toBe(0);
      expect(compare.summary.deleted).toBe(0);
      expect(compare.summary.changed).toBe(0);
    },
  },
  {
    story: 'a block moved far, unchanged, is one move and nothing else',
    statement: 'partnership-2022',
    edits: ['moveFar'],
    check: ({ pair, compare, oldBlocks, newBlocks }) => {
      const [edit] = pair.edits;
      const moved = opsOf(compare, 'moved');
      expect(moved).toHaveLength(1);
      expect(moved[0].old).toEqual([edit.oldBlock]);
      expect(moved[0].new).toEqual([edit.newBlock]);
      expect(moved[0].diff).toEqual([[0, oldBlocks[edit.oldBlock!].text]]);
      expect(compare.summary.equal).toBe(newBlocks.length - 1);
    },
  },
  {
    story: 'a deleted block and an inserted block',
    statement: 'statement-2024',
    edits: ['deleteBlock', 'insertBlock'],
    check: ({ pair, compare, oldBlocks, newBlocks }) => {
      const deletedEdit = pair.edits.find((edit) => edit.kind === 'deleteBlock')!;
      const insertedEdit = pair.edits.find((edit) => edit.kind === 'insertBlock')!;
      const deleted = opsOf(compare, 'deleted');
      const inserted = opsOf(compare, 'inserted');
      expect(deleted.map((op) => op.old)).toEqual([[deletedEdit.oldBlock]]);
      expect(inserted.map((op) => op.new)).toEqual([[insertedEdit.newBlock]]);
      expect(deleted[0].diff).toEqual([[-1, oldBlocks[deletedEdit.oldBlock!].text]]);
      expect(inserted[0].diff).toEqual([[1, newBlocks[insertedEdit.newBlock!].text]]);
      expect(compare.summary).toEqual({ equal: oldBlocks.length - 1, changed: 0, moved: 0, inserted: 1, deleted: 1 });
    },
  },
  {
    story: 'a clause inserted into a paragraph is a change whose diff inserts exactly that clause',
    statement: 'council-note-8288-1-26-rev1',
    edits: ['insertClause'],
    check: ({ pair, compare, oldBlocks, newBlocks }) => {
      const [edit] = pair.edits;
      const oldText = oldBlocks[edit.oldBlock!].text;
      const newText = newBlocks[edit.newBlock!].text;
      const clause = CLAUSES.find((candidate) => newText.includes(candidate) && !oldText.includes(candidate));
      expect(clause).toBeDefined();
      const changed = opsOf(compare, 'changed');
      expect(changed).toHaveLength(1);
      expect(changed[0].old).toEqual([edit.oldBlock]);
      expect(changed[0].new).toEqual([edit.newBlock]);
      expect(changed[0].diff.filter(([op]) => op === -1)).toEqual([]);
      expect(changed[0].diff.filter(([op]) => op === 1)).toEqual([[1, `, ${clause},`]]);
      expect(compare.summary.equal).toBe(oldBlocks.length - 1);
    },
  },
  {
    story: 'a sentence removed from a paragraph is a change whose diff deletes that sentence',
    statement: 'statement-2025',
    edits: ['removeSentence'],
    check: ({ pair, compare, oldBlocks, newBlocks }) => {
      const [edit] = pair.edits;
      const removed = oldBlocks[edit.oldBlock!].sentences.find((sentence) => !newBlocks[edit.newBlock!].text.includes(sentence.text));
      expect(removed).toBeDefined();
      const changed = opsOf(compare, 'changed');
      expect(changed).toHaveLength(1);
      expect(changed[0].old).toEqual([edit.oldBlock]);
      expect(changed[0].diff.filter(([op]) => op === 1)).toEqual([]);
      expect(changed[0].diff.filter(([op]) => op === -1).map(([, text]) => text.trim())).toEqual([removed!.text]);
    },
  },
  {
    story: 'an unchanged document is all equal',
    statement: 'partnership-2022',
    edits: [],
    check: ({ compare, oldBlocks, newBlocks }) => {
      expect(newBlocks.length).toBe(oldBlocks.length);
      expect(compare.summary).toEqual({ equal: oldBlocks.length, changed: 0, moved: 0, inserted: 0, deleted: 0 });
      compare.operations.forEach((op, i) => {
        expect(op.old).toEqual([i]);
        expect(op.new).toEqual([i]);
        expect(op.diff).toEqual([[0, oldBlocks[i].text]]);
      });
    },
  },
];

describe('compareRevisions, told as stories on one statement', () => {
  it.each(stories)('$story ($statement)', ({ statement, edits, check }) => {
    const compared = pairWith(statement, edits);
    const facts = factsOf(compared.compare);
    // Whatever the story checks, every fact of the truth holds too.
    for (const fact of compared.pair.truth) expect(facts.get(factKey(fact.side, fact.block)), `${fact.side} ${fact.block}`).toEqual({ fate: fact.fate, partner: fact.partner });
    check(compared);
  });
});

// ---------------------------------------------------------------------------
// The generator itself

describe('makeRevisionPair', () => {
  const source = sourceOf('statement-2025');
  const input = parseDocument(source).blocks;

  it('makes the same pair from the same seed, and another from another seed', () => {
    const a = makeRevisionPair(source, { seed: 42, edits: 8 });
    expect(makeRevisionPair(source, { seed: 42, edits: 8 })).toEqual(a);
    expect(makeRevisionPair(source, { seed: 43, edits: 8 }).new).not.toBe(a.new);
  });

  it('writes the input blocks out as the old document, block i for block i', () => {
    const old = parseDocument(makeRevisionPair(source, { seed: 1, edits: 3 }).old).blocks;
    expect(old.map((block) => [block.kind, block.text])).toEqual(input.map((block) => [block.kind, block.text]));
  });

  it('gives one fact per block on each side, and as many edits as asked, each on its own block', () => {
    for (const id of STATEMENTS) {
      for (const seed of [7, 8, 9]) {
        const pair = makeRevisionPair(sourceOf(id), { seed, edits: 10 });
        const oldCount = parseDocument(pair.old).blocks.length;
        const newCount = parseDocument(pair.new).blocks.length;
        const sides = (side: 'old' | 'new') => pair.truth.filter((fact) => fact.side === side).map((fact) => fact.block).sort((x, y) => x - y);
        expect(sides('old')).toEqual(Array.from({ length: oldCount }, (_, i) => i));
        expect(sides('new')).toEqual(Array.from({ length: newCount }, (_, i) => i));
        expect(pair.edits).toHaveLength(10);
        const touched = pair.edits.flatMap((edit) => (edit.oldBlock === undefined ? [] : [edit.oldBlock]));
        expect(new Set(touched).size).toBe(touched.length);
      }
    }
  });

  it('states the fate each edit implies, and leaves headings unreworded', () => {
    const fateOf = { reword: 'changed', insertClause: 'changed', removeSentence: 'changed', moveFar: 'moved', moveAndReword: 'moved', insertBlock: 'inserted', deleteBlock: 'deleted' } as const;
    for (const seed of [11, 12, 13]) {
      const pair = makeRevisionPair(sourceOf('partnership-2022'), { seed, edits: 12 });
      const oldBlocks = parseDocument(pair.old).blocks;
      const newBlocks = parseDocument(pair.new).blocks;
      for (const edit of pair.edits) {
        const side = edit.oldBlock !== undefined ? 'old' : 'new';
        const block = side === 'old' ? edit.oldBlock : edit.newBlock;
        const fact = pair.truth.find((f) => f.side === side && f.block === block)!;
        expect(fact.fate, edit.kind).toBe(fateOf[edit.kind]);
        if (edit.oldBlock !== undefined && edit.newBlock !== undefined && oldBlocks[edit.oldBlock].kind === 'heading') {
          expect(newBlocks[edit.newBlock].text).toBe(oldBlocks[edit.oldBlock].text);
        }
      }
    }
  });

  it('draws only the kinds it is given', () => {
    const pair = makeRevisionPair(source, { seed: 5, edits: 6, kinds: ['deleteBlock', 'insertBlock'] });
    expect(pair.edits.every((edit) => edit.kind === 'deleteBlock' || edit.kind === 'insertBlock')).toBe(true);
    expect(pair.truth.every((fact) => ['equal', 'deleted', 'inserted'].includes(fact.fate))).toBe(true);
  });
});

describe('unrelated text is never taken for a reworded or moved block', () => {
  it('a block replaced in place by an unrelated one is a deletion and an insertion, not a change', () => {
    const before = parseDocument('# Joint Statement\n\nBoth sides met in Brussels.\n\nThe following topics were discussed:\n\n## 1. Semiconductors\n');
    const after = parseDocument(
      '# Joint Statement\n\nBoth sides met in Brussels.\n\nMuseums and cultural institutes discussed open licensing of high-resolution images of public domain artworks.\n\n## 1. Semiconductors\n',
    );
    const types = compareRevisions(before, after).operations.map((op) => op.type);
    expect(types).toEqual(['equal', 'equal', 'deleted', 'inserted', 'equal']);
  });

  it('a deleted date line and an unrelated paragraph appended are not one move', () => {
    const source = sourceOf('statement-2025');
    const before = parseDocument(source);
    const after = parseDocument(
      `${source.replace('12 May 2025, Tokyo\n\n', '')}\nBoth sides also welcomed the workshop on accessible web design for public administrations held in Tokyo in 2025.\n`,
    );
    const { summary } = compareRevisions(before, after);
    expect(summary).toMatchObject({ moved: 0, deleted: 1, inserted: 1, changed: 0 });
  });
});
