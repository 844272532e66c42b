/**
 * The link feature that reads which words a pair shares that are distinctive
 * of the prior block within its own statement: a reworded framing paragraph
 * keeps a few such words ("geopolitical", "tangible") of the paragraph it
 * continues, while the area words it shares with every paragraph say little.
 */
import { describe, expect, it } from 'vitest';
import { PrecedentIndex, linkCandidates, parseDocument } from '../../engine/index';

const prior = parseDocument(
  [
    'Both sides discussed cooperation on geopolitical challenges and resilience.',
    'Both sides discussed cooperation on joint research and innovation.',
    'Both sides discussed cooperation on international standards and innovation.',
  ].join('\n\n'),
);

function distinctiveOf(draftText: string): number[] {
  const candidates = linkCandidates(parseDocument(draftText), new PrecedentIndex([prior]));
  return prior.blocks.map((block) => candidates.find((c) => c.priorBlock === block.index)?.features.distinctiveShared ?? 0);
}

describe('words distinctive of a prior block', () => {
  it('a word only one prior block holds counts for more than words every block holds', () => {
    const [geopolitical, research, standards] = distinctiveOf('Amid geopolitical rivalry, both sides discussed cooperation.');
    expect(geopolitical).toBeGreaterThan(research);
    expect(research).toBeCloseTo(standards, 10);
  });

  it('a word two blocks hold counts less than a word one block holds', () => {
    const [, research] = distinctiveOf('Both sides will support research.');
    const [, innovation] = distinctiveOf('Both sides will support innovation.');
    expect(research).toBeGreaterThan(innovation);
  });
});
