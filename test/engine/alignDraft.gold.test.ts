import { describe, expect, it } from 'vitest';
import { PrecedentIndex, alignDraft, type Block } from '../../engine/index';
import { findBlockByKey, readCorpusDocument, readGold } from '../support/gold';

interface GoldLine {
  new?: string;
  old: string[] | string;
  relation: 'carried' | 'revised' | 'new' | 'dropped';
}

/** Scores the engine on the labelled 2024 to 2025 alignment, by the measures the issue sets. */
function scoreGoldAlignment() {
  const prior = readCorpusDocument('statement-2024');
  const draft = readCorpusDocument('statement-2025');
  const result = alignDraft(draft, new PrecedentIndex([prior]));
  const gold = readGold<GoldLine>('align-2024-2025.jsonl');
  const resolve = (blocks: Block[], key: string): Block => {
    const block = findBlockByKey(blocks, key);
    if (!block) throw new Error(`no block for gold key "${key}"`);
    return block;
  };

  const goldLinks = new Set<string>();
  const engineLinks = new Set<string>();
  let statusRight = 0;
  let statusTotal = 0;
  const mistakes: string[] = [];
  for (const line of gold.filter((l) => l.new !== undefined)) {
    const draftBlock = resolve(draft.blocks, line.new!);
    const oldKeys = Array.isArray(line.old) ? line.old : [line.old];
    for (const key of oldKeys) goldLinks.add(`${draftBlock.index}>${resolve(prior.blocks, key).index}`);
    const alignment = result.alignments.find((a) => a.block === draftBlock.index)!;
    for (const match of alignment.matches) engineLinks.add(`${draftBlock.index}>${match.block}`);
    statusTotal++;
    if (alignment.status === line.relation) statusRight++;
    else mistakes.push(`${line.relation} taken for ${alignment.status}: ${line.new}`);
  }
  const goldPrior = new Set(
    gold.flatMap((l) => (Array.isArray(l.old) ? l.old : [l.old])).map((key) => resolve(prior.blocks, key).index),
  );
  const goldDropped = new Set(gold.filter((l) => l.relation === 'dropped').map((l) => resolve(prior.blocks, l.old as string).index));
  const wronglyDropped = result.dropped.filter((d) => goldPrior.has(d.block) && !goldDropped.has(d.block));
  const truePositives = [...engineLinks].filter((link) => goldLinks.has(link)).length;
  const precision = truePositives / engineLinks.size;
  const recall = truePositives / goldLinks.size;
  return {
    f1: (2 * precision * recall) / (precision + recall),
    precision,
    recall,
    statusAccuracy: statusRight / statusTotal,
    wronglyDropped,
    mistakes,
    extraLinks: [...engineLinks].filter((link) => !goldLinks.has(link)),
    missedLinks: [...goldLinks].filter((link) => !engineLinks.has(link)),
  };
}

describe('alignment of the 2025 statement with the 2024 statement, against the labels', () => {
  const score = scoreGoldAlignment();

  it('links draft blocks to the prior blocks a drafter would want in front of them (link F1 at least 0.90)', () => {
    console.log(`alignment gold: F1 ${score.f1.toFixed(3)} (P ${score.precision.toFixed(3)}, R ${score.recall.toFixed(3)}), status accuracy ${score.statusAccuracy.toFixed(3)}; extra ${score.extraLinks.join(' ')}; missed ${score.missedLinks.join(' ')}`);
    expect(score.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('tells carried, revised and new apart (status accuracy at least 0.85)', () => {
    expect(score.statusAccuracy, score.mistakes.join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  it('drops no block the labels say is continued', () => {
    expect(score.wronglyDropped).toEqual([]);
  });
});
