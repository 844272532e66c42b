/** Carried or revised by the labels' rule, as the engine counts it (engine/carriedRule.ts). */
import { describe, expect, it } from 'vitest';
import { isCarriedByRule } from '../../engine/carriedRule';
import { developmentSet } from '../../eval/developmentSet';
import { writtenPairs } from '../../eval/writtenPairs';

const responsibleAi =
  'Responsible AI Innovation: Both sides reaffirmed their shared commitment to promoting safe, secure and trustworthy AI as well as signing a Cooperation Arrangement for further mutually beneficial collaboration on AI research and innovation and AI safety.';

describe('the labels’ rule for carried', () => {
  it('counts "AI" as one word, as the labels do: a bullet that keeps 8 of its 17 words in runs is revised', () => {
    expect(isCarriedByRule('Both sides welcomed the signature of the Cooperation Arrangement on AI research and innovation and AI safety.', [[responsibleAi]])).toBe(false);
  });

  it('reads MoC and Memorandum of Cooperation as the same word', () => {
    const prior = 'Both sides reinforced the implementation of the MoC on submarine cables for secure, resilient and sustainable global connectivity.';
    const draft = 'Both sides reinforced the implementation of the Memorandum of Cooperation on submarine cables and welcomed new projects.';
    expect(isCarriedByRule(draft, [[prior]])).toBe(true);
  });

  it('is carried when half of one precedent stands in the draft block, however long the block', () => {
    const prior = 'Both sides will continue the information exchange on supply chain resilience.';
    const draft = `${prior} ${'They also discussed many other matters of common interest at length in the meeting. '.repeat(4)}`;
    expect(isCarriedByRule(draft, [[prior]])).toBe(true);
  });

  it('reads the precedents of one prior in sequence together: a merge of two halves is carried', () => {
    const first = 'Both sides welcomed the first meeting of the Data Strategy Working Group in Tokyo.';
    const second = 'The Working Group will continue to enhance interoperability between data policy frameworks.';
    const draft = `Both sides welcomed the first meeting of the Data Strategy Working Group, which will continue to enhance interoperability between data policy frameworks.`;
    expect(isCarriedByRule(draft, [[first, second]])).toBe(true);
  });

  it('counts a merge whose second precedent now comes first: each precedent read against the block in its own order', () => {
    // Each precedent keeps under half of itself and gives under half of the draft: only the two together carry it.
    const first = 'Both sides welcomed the deepening of cooperation under the Letter of Intent on quantum science and technology. Their researchers met in Kyoto and Munich to compare notes on error correction, cryogenic control and the first results of their shared testbeds.';
    const second = 'Both sides welcomed the agreement in principle on the association of Japan to Horizon Europe. Calls for proposals will follow next spring, open to universities, research institutes and companies alike, with a first information day in Tokyo.';
    const draft =
      'Both sides welcomed the agreement in principle on the association of Japan to Horizon Europe. In this spirit, both sides welcomed the deepening of cooperation under the Letter of Intent on quantum science and technology.';
    expect(isCarriedByRule(draft, [[first]])).toBe(false);
    expect(isCarriedByRule(draft, [[second]])).toBe(false);
    expect(isCarriedByRule(draft, [[first, second]])).toBe(true);
  });

  it('agrees with every carried and revised label of the labelled and written pairs', () => {
    const set = developmentSet();
    const pairs = [...set.labelled, ...writtenPairs().map((w) => w.pair)];
    let checked = 0;
    for (const pair of pairs) {
      const text = (blocks: typeof pair.draft.blocks, index: number) => blocks.find((b) => b.index === index)!.text;
      for (const link of pair.links.filter((l) => l.relation !== 'new')) {
        const priors = [...link.priors].sort((a, b) => a - b).map((p) => text(pair.prior.blocks, p));
        expect(isCarriedByRule(text(pair.draft.blocks, link.draft), [priors]), `${pair.name} #${link.draft}`).toBe(link.relation === 'carried');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
