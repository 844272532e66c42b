/** The folded paragraphs the eval measures merges by one sentence on, and what the engine makes of them. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../engine/index';
import { foldedParagraphs } from '../../eval/foldedParagraphs';
import { judgeFold } from '../../eval/judge';

const folds = foldedParagraphs();

describe('paragraphs folded into their neighbour', () => {
  it('are made from every statement of the corpus, each block once, date lines and bare labels left out', () => {
    expect(new Set(folds.map((f) => f.statement)).size).toBe(3);
    expect(folds.length).toBeGreaterThanOrEqual(40);
    expect(folds.some((f) => /^\d{1,2} \p{Lu}\p{Ll}+ \d{4},/u.test(f.folded.text) || /:\s*$/u.test(f.folded.text))).toBe(false);
  });

  it('take the block out and put its first sentence at the start of the next block, after its label; taken out alone, the block is simply gone', () => {
    for (const fold of folds) {
      const folded = parseDocument(fold.foldedText).blocks.map((b) => b.text);
      const takenOut = parseDocument(fold.takenOutText).blocks.map((b) => b.text);
      expect(folded).not.toContain(fold.folded.text);
      expect(takenOut).not.toContain(fold.folded.text);
      expect(takenOut).toContain(fold.into.text);
      const label = /^([\p{Lu}\p{N}][^:.;!?]{0,70}:\s+)/u.exec(fold.into.text)?.[1] ?? '';
      const into = folded.find((text) => text.startsWith(label) && text.endsWith(fold.into.text.slice(label.length)) && text !== fold.into.text);
      expect(into, fold.folded.text.slice(0, 60)).toBeDefined();
      expect(folded).toHaveLength(takenOut.length);
    }
  });

  it('are continued, not dropped, nearly always, and every block taken out alone is dropped', () => {
    const judged = folds.map(judgeFold);
    expect(judged.filter((j) => j.keptBy).length).toBeGreaterThanOrEqual(folds.length - 2);
    expect(judged.filter((j) => j.keptBy?.evidence.joinedBy === 'sentence').length).toBeGreaterThanOrEqual(5);
    expect(judged.every((j) => j.takenOutDropped)).toBe(true);
  });
});
