import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, runCliJson } from '../support/runCli';

type Op = -1 | 0 | 1;
interface Block { index: number; kind: string; text: string; start: number; end: number; section: string[] }
interface Doc { file: string; blocks: Block[] }

const BLOCK_KEYS = ['end', 'index', 'kind', 'section', 'start', 'text'];
const textOf = (diff: Array<[Op, string]>, keep: Op) => diff.filter(([op]) => op === 0 || op === keep).map(([, t]) => t).join('');

describe('the JSON contract of the command line, on the corpus', () => {
  it('blocks: exactly the contract keys, offsets that point at the text', () => {
    const out = runCliJson<Doc>(['blocks', 'corpus/statement-2025.md']);
    expect(Object.keys(out).sort()).toEqual(['blocks', 'file']);
    const source = readFileSync(`${repoRoot}corpus/statement-2025.md`, 'utf8');
    for (const block of out.blocks) {
      expect(Object.keys(block).sort()).toEqual(BLOCK_KEYS);
      const slice = source.slice(block.start, block.end).replace(/[*#\-[\]^\d]/g, ' ');
      for (const word of block.text.match(/\p{L}{4,}/gu) ?? []) expect(slice).toContain(word);
    }
    expect(out.blocks.find((b) => b.text.startsWith('On semiconductors'))?.section).toEqual([
      'Joint Statement of the third meeting of the European Union – Japan Digital Partnership Council',
      '1. Boosting competitiveness, innovation and resilience in emerging technologies through advancing cooperation in research and innovation',
    ]);
  });

  it('align: every draft block in one alignment, every prior block of agreed language matched or dropped, commitments with fates', () => {
    const out = runCliJson<{
      draft: Doc; priors: Doc[];
      alignments: Array<{
        block: number; status: string; diff: Array<[Op, string]>; reason: string;
        matches: Array<{ prior: number; block: number; score: number; evidence: { probability: number; sharedNames: string[]; sentences: Array<{ draft: number; prior: number; score: number }>; role: string | null; joinedBy?: string } }>;
      }>;
      dropped: Array<{ prior: number; block: number; about: string }>;
      commitments: Array<Record<string, unknown>>;
    }>(['align', 'corpus/statement-2024.md', 'statement-2025', '--draft', 'council-note-8288-1-26-rev1']);
    expect(Object.keys(out).sort()).toEqual(['alignments', 'commitments', 'draft', 'dropped', 'priors']);
    const draftBlocks = out.draft.blocks.filter((b) => b.kind !== 'heading').map((b) => b.index);
    expect(out.alignments.map((a) => a.block)).toEqual(draftBlocks);
    for (const a of out.alignments) {
      expect(['carried', 'revised', 'new']).toContain(a.status);
      expect(a.status === 'new').toBe(a.matches.length === 0);
      expect(Object.keys(a).sort()).toEqual(['block', 'diff', 'matches', 'reason', 'status']);
      expect(a.reason.length).toBeGreaterThan(10);
      for (const m of a.matches) {
        expect(Object.keys(m).sort()).toEqual(['block', 'evidence', 'prior', 'score']);
        expect(m.score).toBeGreaterThanOrEqual(0), expect(m.score).toBeLessThanOrEqual(1);
        // A precedent is one the link model found more likely than not, or one a rule joined, which says so.
        if (m.evidence.joinedBy === undefined) expect(m.evidence.probability).toBeGreaterThanOrEqual(0.5);
        else expect(['introduction', 'sentence']).toContain(m.evidence.joinedBy);
        // Each draft sentence continues at most one sentence of a precedent.
        expect(new Set(m.evidence.sentences.map((s) => s.draft)).size).toBe(m.evidence.sentences.length);
      }
      expect(textOf(a.diff, 1)).toBe(out.draft.blocks[a.block].text);
    }
    out.priors.forEach((prior, p) => {
      for (const block of prior.blocks.filter((b) => b.kind !== 'heading')) {
        const matched = out.alignments.some((a) => a.matches.some((m) => m.prior === p && m.block === block.index));
        const dropped = out.dropped.some((d) => d.prior === p && d.block === block.index);
        // Not agreed language, never dropped: a Council note's covering sentence, a date line, a line introducing a list.
        if (/^Delegations will find|^\d{1,2} \w+ \d{4}, \w+$/u.test(block.text) || (block.kind === 'paragraph' && block.text.endsWith(':'))) {
          expect(dropped, `${prior.file} #${block.index}`).toBe(false);
          continue;
        }
        expect(matched !== dropped, `${prior.file} #${block.index}`).toBe(true);
        if (dropped) expect(out.dropped.find((d) => d.prior === p && d.block === block.index)!.about.length).toBeGreaterThan(2);
      }
    });
    expect(out.commitments.length).toBeGreaterThan(20);
    for (const c of out.commitments) {
      expect(Object.keys(c).sort()).toEqual(['block', 'draftBlock', 'fate', 'firmness', 'marker', 'prior', 'sentence']);
      expect(['restated', 'progressed', 'strengthened', 'weakened', 'dropped']).toContain(c.fate);
      expect(c.fate === 'dropped').toBe(c.draftBlock === null);
    }
  });

  it('compare: the 2025 and 2026 statements, every block in exactly one operation', () => {
    const out = runCliJson<{ old: Doc; new: Doc; header: Record<string, [string | null, string | null]>; operations: Array<{ type: string; old: number[]; new: number[]; diff: Array<[Op, string]> }>; summary: Record<string, number> }>(
      ['compare', 'statement-2025', 'council-note-8288-1-26-rev1'],
    );
    expect(Object.keys(out).sort()).toEqual(['header', 'new', 'old', 'operations', 'summary']);
    const seenOld = out.operations.flatMap((op) => op.old).sort((a, b) => a - b);
    const seenNew = out.operations.flatMap((op) => op.new).sort((a, b) => a - b);
    expect(seenOld).toEqual(out.old.blocks.map((b) => b.index));
    expect(seenNew).toEqual(out.new.blocks.map((b) => b.index));
    for (const op of out.operations) {
      if (op.old.length === 1) expect(textOf(op.diff, -1)).toBe(out.old.blocks[op.old[0]].text);
      if (op.new.length === 1) expect(textOf(op.diff, 1)).toBe(out.new.blocks[op.new[0]].text);
    }
    expect(out.header.number).toEqual([null, '8288/1/26']);
    expect(out.header.revision).toEqual([null, 'REV 1']);
    const counts = Object.fromEntries(['equal', 'changed', 'moved', 'inserted', 'deleted'].map((t) => [t, out.operations.filter((op) => op.type === t).length]));
    expect(out.summary).toEqual(counts);
  });

  it('commitments: sentences with offsets into the file, marker and firmness', () => {
    const out = runCliJson<{ file: string; commitments: Array<{ block: number; sentence: string; start: number; end: number; marker: string; firmness: string }> }>(
      ['commitments', 'corpus/statement-2024.md'],
    );
    const source = readFileSync(`${repoRoot}corpus/statement-2024.md`, 'utf8');
    expect(out.commitments.length).toBe(24);
    for (const c of out.commitments) {
      expect(Object.keys(c).sort()).toEqual(['block', 'end', 'firmness', 'marker', 'sentence', 'start']);
      expect(source.slice(c.start, c.end).replace(/\*\*/g, '')).toBe(c.sentence);
      expect(c.sentence).toContain(c.marker);
    }
  });

  it('lineage: "submarine cables" in 2022, 2024, 2025 and 2026, each diffed from the one before', () => {
    const out = runCliJson<{ query: string; entries: Array<{ file: string; title: string; date: string; block: number; text: string; score: number; diff: Array<[Op, string]> }> }>(
      ['lineage', 'submarine cables'],
    );
    expect(out.query).toBe('submarine cables');
    expect(out.entries.map((e) => e.date.slice(0, 4))).toEqual(['2022', '2024', '2025', '2026']);
    out.entries.forEach((entry, i) => {
      expect(Object.keys(entry).sort()).toEqual(['block', 'date', 'diff', 'file', 'score', 'text', 'title']);
      expect(entry.text.toLowerCase()).toContain('submarine cable');
      expect(textOf(entry.diff, -1)).toBe(i === 0 ? '' : out.entries[i - 1].text);
      expect(textOf(entry.diff, 1)).toBe(entry.text);
    });
  });
});

describe('lineage over a corpus folder of the user', () => {
  it('reads the folder given with --corpus, statements only unless --all', () => {
    const folder = mkdtempSync(join(tmpdir(), 'precedent-corpus-'));
    for (const id of ['statement-2024', 'statement-2025', 'slides-2025-10-15']) copyFileSync(`${repoRoot}corpus/${id}.md`, join(folder, `${id}.md`));
    const statements = runCliJson<{ entries: Array<{ file: string; date: string }> }>(['lineage', 'semiconductors', '--corpus', folder]);
    expect(statements.entries.map((e) => e.file)).toEqual(['statement-2024.md', 'statement-2025.md']);
    const all = runCliJson<{ entries: Array<{ file: string }> }>(['lineage', 'semiconductors', '--corpus', folder, '--all']);
    expect(all.entries.map((e) => e.file)).toContain('slides-2025-10-15.md');
  });

  it('says so when the folder does not exist', () => {
    const run = runCli(['lineage', 'quantum', '--corpus', '/nonexistent/corpus']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('precedent: cannot read corpus /nonexistent/corpus: no such folder');
  });
});

describe('files the command line writes', () => {
  const folder = mkdtempSync(join(tmpdir(), 'precedent-exports-'));

  it('compare --docx --html writes Word tracked changes and a standalone report, and says so on stderr', () => {
    const [docx, html] = [join(folder, 'review.docx'), join(folder, 'review.html')];
    const run = runCli(['compare', 'statement-2025', 'council-note-8288-1-26-rev1', '--docx', docx, '--html', html, '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).summary.changed).toBeGreaterThan(0);
    expect(run.stderr).toBe(`precedent: wrote ${docx}\nprecedent: wrote ${html}\n`);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const report = readFileSync(html, 'utf8');
    expect(report).toContain('<del>');
    expect(report).toContain('LIMITE');
    expect(report).not.toMatch(/(?:src|href)=["']?(?:https?:)?\/\//u);
  });

  it('align --csv writes the commitment tracker', () => {
    const csv = join(folder, 'tracker.csv');
    const run = runCli(['align', 'statement-2024', '--draft', 'statement-2025', '--csv', csv]);
    expect(run.status).toBe(0);
    const lines = readFileSync(csv, 'utf8').trim().split(/\r?\n/u);
    expect(lines[0]).toBe('prior statement,sentence,marker,firmness,fate,draft block,draft sentence,why');
    expect(lines).toHaveLength(25);
  });

  it('says which path it cannot write, exits 2, and writes nothing', () => {
    const run = runCli(['compare', 'statement-2024', 'statement-2025', '--docx', '/nonexistent/review.docx']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('precedent: cannot write /nonexistent/review.docx: its folder does not exist');
  });
});
