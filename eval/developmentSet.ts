/**
 * The pairs the link model learns from and is measured on: the labelled
 * pairs of ../shared/gold and the generated ones (eval/syntheticPairs.ts),
 * whose truth is known by construction, so that drops and new blocks are
 * counted in hundreds rather than five. The first generated pairs are
 * trained on; the others are only measured.
 */
import { parseDocument } from '../engine/index';
import { goldPairs, resolveLines, type GoldAlignLine, type LabelledPair } from './labelledPairs';
import { syntheticPairs } from './syntheticPairs';
import { TRAINING } from './trainLinkModel';

export interface DevelopmentSet {
  gold: LabelledPair[];
  /** Generated pairs the model learns from. */
  generated: LabelledPair[];
  /** Generated pairs it never sees in training. */
  unseen: LabelledPair[];
}

function generatedPairs(): LabelledPair[] {
  return syntheticPairs().map((pair) => {
    const prior = parseDocument(pair.priorText);
    const draft = parseDocument(pair.draftText);
    return {
      name: pair.name,
      origin: 'synthetic' as const,
      prior: { blocks: prior.blocks },
      draft: { blocks: draft.blocks },
      ...resolveLines(pair.name, prior.blocks, draft.blocks, pair.lines as GoldAlignLine[]),
    };
  });
}

export function developmentSet(): DevelopmentSet {
  const generated = generatedPairs();
  return { gold: goldPairs(), generated: generated.slice(0, TRAINING.generatedPairs), unseen: generated.slice(TRAINING.generatedPairs) };
}
