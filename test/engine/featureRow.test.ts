/**
 * The candidates' features kept as rows of numbers (featureRow.ts) read as
 * the link model and the trainer read them: every feature by its name, the
 * same values as a plain object, with no feature lost on the way.
 */
import { describe, expect, it } from 'vitest';
import { LINK_FEATURES, PrecedentIndex, linkCandidates, parseDocument } from '../../engine/index';
import { FeatureRow, ROW_LENGTH, SLOT } from '../../engine/featureRow';

describe('features kept as rows', () => {
  it('a row reads each feature from its own slot, and as a plain object the same values', () => {
    const values = new Float64Array(3 * ROW_LENGTH).map((_, i) => i + 0.5);
    const row = new FeatureRow(values, ROW_LENGTH);
    const plain = row.toFeatures();
    for (const [name, slot] of Object.entries(SLOT)) {
      expect(row[name as keyof typeof SLOT]).toBe(ROW_LENGTH + slot + 0.5);
      expect(plain[name as keyof typeof SLOT]).toBe(ROW_LENGTH + slot + 0.5);
    }
    expect(Object.keys(plain)).toEqual(Object.keys(SLOT));
  });

  it("the trainer's candidates carry every link feature, as numbers", () => {
    const prior = parseDocument('Both sides welcomed the launch of the semiconductor dialogue.\n\nBoth sides discussed research security.');
    const candidates = linkCandidates(parseDocument('Both sides welcomed the launch of a semiconductor dialogue.'), new PrecedentIndex([prior]));
    expect(candidates.length).toBeGreaterThan(0);
    for (const { features } of candidates) {
      expect(Object.keys(features).sort()).toEqual([...LINK_FEATURES].sort());
      for (const name of LINK_FEATURES) expect(Number.isFinite(features[name])).toBe(true);
    }
  });
});
