/**
 * A bare label item ("- **Artificial Intelligence (AI):**", a list item that
 * is only a bold label heading its sub-items) is a heading in all but name:
 * the command line never names one as the precedent of a content paragraph,
 * in `align --json` or in `lineage`, on the corpus and on a draft of the
 * next statement that writes about AI in new paragraphs.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBareLabel, type BlockKind } from '../../engine/index';
import { repoRoot, runCliJson } from '../support/runCli';

interface JsonBlock {
  index: number;
  kind: BlockKind;
  text: string;
}
interface AlignJson {
  draft: { blocks: JsonBlock[] };
  priors: Array<{ blocks: JsonBlock[] }>;
  alignments: Array<{ block: number; status: string; matches: Array<{ prior: number; block: number }> }>;
}
interface LineageJson {
  entries: Array<{ date: string; file: string; block: number; text: string }>;
}

const corpusBody = (id: string) => readFileSync(join(repoRoot, 'corpus', `${id}.md`), 'utf8').replace(/^---\n[\s\S]*?\n---\n/u, '');

/** The 2026 statement carried into a draft of the fifth, with new paragraphs on AI that share the bare label's words. */
const draftPath = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'precedent-bare-label-'));
  const path = join(dir, 'draft-2027.md');
  const added = [
    'Both sides will explore joint work on artificial intelligence (AI) for agriculture and rural communities.',
    'Both sides intend to hold a workshop on artificial intelligence in healthcare in 2027.',
    'Both sides discussed artificial intelligence and its impact on public services and education.',
  ];
  writeFileSync(path, `${corpusBody('council-note-8288-1-26-rev1').trimEnd()}\n\n${added.join('\n\n')}\n`);
  return path;
})();

const runs: Array<[string, string[], string]> = [
  ['2024 → 2025', ['statement-2024'], 'statement-2025'],
  ['2025 → 2026', ['statement-2025'], 'council-note-8288-1-26-rev1'],
  ['2024, 2025, 2026 → a draft with new paragraphs on AI', ['statement-2024', 'statement-2025', 'council-note-8288-1-26-rev1'], draftPath],
];

describe('align never links a content paragraph to a bare label item', () => {
  it.each(runs)('%s', (_, priors, draft) => {
    const result = runCliJson<AlignJson>(['align', ...priors, '--draft', draft]);
    const priorLabels = result.priors.flatMap((prior, p) => prior.blocks.filter(isBareLabel).map((block) => `${p}:${block.index}`));
    // The corpus has the label this is about: the 2026 statement's "Artificial Intelligence (AI):".
    if (priors.includes('council-note-8288-1-26-rev1')) expect(priorLabels.length).toBeGreaterThan(0);
    const draftBlocks = new Map(result.draft.blocks.map((block) => [block.index, block]));
    const linkedToLabels = result.alignments
      .filter((a) => !isBareLabel(draftBlocks.get(a.block)!))
      .flatMap((a) => a.matches.filter((m) => priorLabels.includes(`${m.prior}:${m.block}`)).map(() => draftBlocks.get(a.block)!.text));
    expect(linkedToLabels).toEqual([]);
  });

  it('the bare label of the 2026 statement is still carried by the same label in a draft', () => {
    const result = runCliJson<AlignJson>(['align', 'statement-2024', 'statement-2025', 'council-note-8288-1-26-rev1', '--draft', draftPath]);
    const label = result.draft.blocks.find((block) => block.text === 'Artificial Intelligence (AI):')!;
    const alignment = result.alignments.find((a) => a.block === label.index)!;
    expect(alignment.status).toBe('carried');
    expect(result.priors[alignment.matches[0].prior].blocks.find((b) => b.index === alignment.matches[0].block)?.text).toBe('Artificial Intelligence (AI):');
  });
});

describe('lineage ends on paragraphs, not on bare label items', () => {
  it.each(['artificial intelligence', 'AI', 'Artificial Intelligence (AI)', 'quantum technology', 'semiconductors'])('"%s"', (query) => {
    const { entries } = runCliJson<LineageJson>(['lineage', query]);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.filter((entry) => isBareLabel({ kind: 'listItem', text: entry.text })).map((entry) => `${entry.date}: ${entry.text}`)).toEqual([]);
  });

  it('the lineage of "artificial intelligence" in 2026 is the paragraph on responsible AI under the label', () => {
    const { entries } = runCliJson<LineageJson>(['lineage', 'artificial intelligence']);
    const latest = entries.find((entry) => entry.date.startsWith('2026'));
    expect(latest?.text).toMatch(/^Responsible AI Innovation: Both sides reaffirmed/u);
  });

  it('a query that is itself a bare label still finds the label', () => {
    const { entries } = runCliJson<LineageJson>(['lineage', 'Artificial Intelligence (AI):']);
    expect(entries.find((entry) => entry.date.startsWith('2026'))?.text).toBe('Artificial Intelligence (AI):');
  });
});
