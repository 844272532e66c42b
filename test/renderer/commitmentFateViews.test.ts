/**
 * The latest statement's commitments as the desk counts, lists and marks
 * them, from the analysis session: counted by fate in the summary, placed on
 * the draft sentence that shows the fate, and placed again by the first step
 * of the next keystroke's analysis wherever that sentence has moved to.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument, statementTemplate } from '../../engine/index';
import { AnalysisSession } from '../../renderer/worker/AnalysisSession';
import type { CorpusSource } from '../../contract/api';

const corpus: CorpusSource[] = JSON.parse(readFileSync(new URL('../../dist/renderer/corpus.json', import.meta.url), 'utf8'));
const statementIds = corpus.filter((doc) => doc.kind === 'joint-statement' || doc.kind === 'council-note').map((doc) => doc.id);
const note = corpus.find((doc) => doc.id === 'council-note-8288-1-26-rev1')!;
const template = statementTemplate(note.source, parseDocument(note.source));
const weakened = template.replace('Both sides will enhance their collaboration', 'Both sides would consider enhancing their collaboration');

function session(): AnalysisSession {
  const s = new AnalysisSession();
  s.setCorpus(corpus, statementIds);
  return s;
}

describe('commitment fates on the desk', () => {
  it('counts the 2026 statement’s commitments by fate: all restated in the template, one weakened after an edit', () => {
    const s = session();
    const restated = s.analyze(1, template);
    expect(restated.commitmentFates.length).toBeGreaterThan(30);
    expect(restated.commitmentFates.every((view) => view.prior === 2)).toBe(true);
    expect(restated.summary.fates).toEqual({ restated: restated.commitmentFates.length, progressed: 0, strengthened: 0, weakened: 0, dropped: 0 });
    expect(restated.summary.markerChanges).toBe(0);

    const result = s.analyze(2, weakened);
    expect(result.summary.fates.weakened).toBe(1);
    const view = result.commitmentFates.find((v) => v.fate === 'weakened')!;
    expect(view).toMatchObject({ marker: 'will enhance', draftMarker: 'would consider', firmness: 'firm' });
    expect(weakened.slice(view.start!, view.end!)).toMatch(/^Both sides would consider enhancing their collaboration .*6G technology\.$/u);
    const card = result.cards.find((c) => c.start <= view.start! && view.start! <= c.end)!;
    expect(card.fates).toContainEqual({ prior: 2, marker: 'will enhance', firmness: 'firm', fate: 'weakened', draftMarker: 'would consider' });
  });

  it('places the fates again in the first step of the next analysis, where an edit above moved them', () => {
    const s = session();
    s.analyze(1, weakened);
    const moved = weakened.replace('5 May 2026, Brussels', '20 May 2027, Tokyo, at the Prime Minister’s Office');
    const first = s.align(2, moved).result;
    expect(first.complete).toBe(false);
    const view = first.commitmentFates.find((v) => v.fate === 'weakened')!;
    expect(moved.slice(view.start!, view.end!)).toMatch(/^Both sides would consider enhancing/u);
    expect(first.summary.fates.weakened).toBe(1);
  });

  it('places a commitment dropped from a paragraph the draft keeps on that paragraph', () => {
    const sentence = ' Furthermore, both sides expressed their intention to extend this fruitful cooperation to third countries, including ASEAN, to foster a secure and open digital environment in the Indo-Pacific region.';
    expect(template).toContain(sentence);
    const draft = template.replace(sentence, '');
    const result = session().analyze(1, draft);
    const dropped = result.commitmentFates.filter((v) => v.fate === 'dropped');
    expect(dropped.map((v) => v.marker)).toEqual(['intention to extend']);
    expect(draft.slice(dropped[0].start!, dropped[0].end!)).toMatch(/^- \*\*DFFT and International Cooperation:\*\*/u);
  });
});
