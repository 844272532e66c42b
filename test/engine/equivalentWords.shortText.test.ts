import { describe, expect, it } from 'vitest';
import { equivalentWordsOf, softWordOverlap } from '../../engine/equivalentWords';
import { readCorpusDocument } from '../support/gold';

/**
 * softWordOverlap finds a short text's equivalents in a long one from the
 * short text's concepts, not stem by stem; given a weight per stem (even 1
 * each) it reads stem by stem. Both readings must give the same figures.
 */
describe('equivalent words of a short text against a long one', () => {
  const blocks = ['statement-2024', 'statement-2025', 'council-note-8288-1-26-rev1'].flatMap((id) => readCorpusDocument(id).blocks.filter((block) => block.kind !== 'heading'));
  const sentences = blocks.flatMap((block) => block.sentences.map((sentence) => sentence.text));
  const texts = [...new Set([...blocks.map((block) => block.text), ...sentences, 'Both sides reinforced their collaboration.', 'Line 7 of a long list of paragraphs about cooperation 7.'])];

  it('scores every pair of the statements’ blocks and sentences as reading stem by stem does', () => {
    let shortcuts = 0;
    let withEquivalents = 0;
    for (let i = 0; i < texts.length; i += 3) {
      for (let j = 1; j < texts.length; j += 7) {
        const [a, b] = [equivalentWordsOf(texts[i]), equivalentWordsOf(texts[j])];
        const quick = softWordOverlap(a, b);
        const stemByStem = softWordOverlap(a, b, { stemWeight: () => 1 });
        expect(quick, `${texts[i]} / ${texts[j]}`).toEqual(stemByStem);
        if (a.concepts.size + a.narrowerConcepts.size < b.stems.size) {
          shortcuts++;
          if (stemByStem.score > softWordOverlap(a, b, { equivalentWeight: 0 }).score) withEquivalents++;
        }
      }
    }
    // The comparison means something only if the short path ran, on pairs where equivalents count.
    expect(shortcuts).toBeGreaterThan(1_000);
    expect(withEquivalents).toBeGreaterThan(100);
  });

  it('counts a long text’s word once though it shares several concepts with the short one', () => {
    const short = equivalentWordsOf('They reinforced it.');
    const long = equivalentWordsOf('Both sides strengthened, bolstered and enhanced their cooperation on research, innovation, data, security and connectivity across the region.');
    expect(softWordOverlap(short, long)).toEqual(softWordOverlap(short, long, { stemWeight: () => 1 }));
  });
});
