/**
 * The drafts of the fifth statement we wrote and labelled by hand
 * (eval/labelled/): their labels hold together, and the judgement of a model
 * trained without each keeps to the floor the issue sets for drafts never seen.
 */
import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../engine/index';
import { judgePair, judgeWithEveryPrior } from '../../eval/judge';
import { looseKey } from '../../eval/labelledPairs';
import { f1, recall, scorePair } from '../../eval/scorePair';
import { relationByRule } from '../../eval/verbatimShares';
import { developmentSet, modelWithout, restyledDrafts } from '../../eval/developmentSet';
import { writtenPairs } from '../../eval/writtenPairs';
import type { Block } from '../../engine/index';

const set = developmentSet();
const textOf = (blocks: readonly Block[], index: number) => blocks.find((b) => b.index === index)!.text;

describe.each(writtenPairs().map((w) => [w.id, w] as const))('the written draft %s', (_, { pair: written, trainedOn, fatesBelowFloor, dropsMissed }) => {
  // A draft registered with its fates under the floor says why (writtenPairs.ts); the rest of its judgement is held to the floor.
  const fateFloor = (found: number, right: number) => {
    if (fatesBelowFloor === null) expect(right / found).toBeGreaterThanOrEqual(0.8);
    else expect(fatesBelowFloor.length).toBeGreaterThan(0);
  };
  // Every real drop found, but those a draft registers as missed, with why (writtenPairs.ts).
  const dropsFound = (found: number) => {
    if (dropsMissed === null) expect(found).toBe(pair.dropped.length);
    else {
      expect(dropsMissed.reason.length).toBeGreaterThan(0);
      expect(found).toBeGreaterThanOrEqual(pair.dropped.length - dropsMissed.count);
    }
  };
  const pair = trainedOn ? set.labelled.find((p) => p.name === written.name)! : written;
  const restyled = restyledDrafts(set).find((r) => r.basedOn.name === pair.name)!.pair;
  const moved = restyledDrafts(set, { moveSentences: true }).find((r) => r.basedOn.name === pair.name)!.pair;
  const heldOut = trainedOn ? modelWithout(set, pair) : undefined;

  it('labels every block of the draft and accounts for every block of 2026 but its date line', () => {
    const drafted = pair.draft.blocks.filter((b) => b.kind !== 'heading').map((b) => b.index);
    expect(pair.links.map((l) => l.draft).sort((a, b) => a - b)).toEqual(drafted);
    const accounted = new Set([...pair.links.flatMap((l) => l.priors), ...pair.dropped]);
    const left = pair.prior.blocks.filter((b) => b.kind !== 'heading' && !accounted.has(b.index)).map((b) => b.text);
    expect(left).toEqual(['5 May 2026, Brussels']);
  });

  it('calls a link carried or revised by the labels’ rule', () => {
    for (const link of pair.links.filter((l) => l.relation !== 'new')) {
      const relation = relationByRule(textOf(pair.draft.blocks, link.draft), link.priors.map((p) => textOf(pair.prior.blocks, p)));
      expect(relation, textOf(pair.draft.blocks, link.draft).slice(0, 60)).toBe(link.relation);
    }
  });

  it('labels the fates of commitments of 2026 that are there, each once', () => {
    const sentences = pair.prior.blocks.flatMap((b) => b.sentences.map((s) => looseKey(s.text)));
    for (const label of pair.commitments!) expect(sentences.filter((s) => s.startsWith(looseKey(label.sentence))), label.sentence).toHaveLength(1);
    expect(new Set(pair.commitments!.map((c) => c.sentence)).size).toBe(pair.commitments!.length);
    expect(findCommitments(pair.prior.blocks).length).toBeGreaterThanOrEqual(pair.commitments!.length);
  });

  it.each([
    ['as written', pair],
    ['in the other style', restyled],
  ])('is judged %s, by a model trained without it, above the floor the issue sets for drafts never seen', (_, draft) => {
    const judged = judgePair(draft, heldOut);
    const score = scorePair(draft, judged.alignment, judged.fates);
    expect(f1(score.links)).toBeGreaterThanOrEqual(0.92);
    expect(score.status.right / score.status.total).toBeGreaterThanOrEqual(0.9);
    dropsFound(score.dropped.tp);
    expect(score.commitments!.found / score.commitments!.labelled).toBeGreaterThanOrEqual(0.9);
    fateFloor(score.commitments!.found, score.commitments!.fateRight);
  });

  it('keeps its drops, commitments and fates with sentences moved between its paragraphs in the other style, as the held-back draft has them', () => {
    const judged = judgePair(moved, heldOut);
    const score = scorePair(moved, judged.alignment, judged.fates);
    // A paragraph may now rightly continue the block its new sentence came from: the labels of the unmoved draft can only say which links must still be there.
    expect(recall(score.links)).toBeGreaterThanOrEqual(0.92);
    dropsFound(score.dropped.tp);
    expect(score.commitments!.found / score.commitments!.labelled).toBeGreaterThanOrEqual(0.9);
    fateFloor(score.commitments!.found, score.commitments!.fateRight);
  });

  it('keeps its links, drops and fates to 2026 when the 2022, 2024 and 2025 statements are priors too, as align --json may be given them', () => {
    const single = judgePair(pair, heldOut);
    const every = judgeWithEveryPrior(pair, heldOut);
    const [one, all] = [scorePair(pair, single.alignment, single.fates), scorePair(pair, every.alignment, every.fates)];
    expect(f1(all.links)).toBeGreaterThanOrEqual(0.92);
    expect(all.dropped).toEqual(one.dropped);
    expect(all.commitments!.fateRight).toBeGreaterThanOrEqual(one.commitments!.fateRight);
  });
});
