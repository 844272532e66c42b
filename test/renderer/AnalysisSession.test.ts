import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument, statementTemplate } from '../../engine/index';
import { AnalysisSession } from '../../renderer/worker/AnalysisSession';
import type { CorpusSource } from '../../contract/api';

const corpus: CorpusSource[] = JSON.parse(readFileSync(new URL('../../dist/renderer/corpus.json', import.meta.url), 'utf8'));
const statementIds = corpus.filter((doc) => doc.kind === 'joint-statement' || doc.kind === 'council-note').map((doc) => doc.id);
const note = corpus.find((doc) => doc.id === 'council-note-8288-1-26-rev1')!;
const template = statementTemplate(note.source, parseDocument(note.source));

/** A result as a fresh session would give it: looks are numbered per session. */
function withoutLooks<T extends { cards: Array<{ look: number }> }>(result: T) {
  return { ...result, cards: result.cards.map(({ look: _look, ...card }) => card) };
}

function session(): AnalysisSession {
  const s = new AnalysisSession();
  s.setCorpus(corpus, statementIds);
  return s;
}

describe('the analysis behind the desk', () => {
  it('finds the template of the next statement carried over from 2026 in full, with its drafting checks', () => {
    const result = session().analyze(1, template);
    expect(result.priors.map((p) => p.date.slice(0, 4))).toEqual(['2024', '2025', '2026']);
    expect(result.cards.every((card) => card.status === 'carried')).toBe(true);
    expect(result.summary).toMatchObject({ revised: 0, new: 0, dropped: 0 });
    expect(result.summary.agreedShare).toBeGreaterThan(0.99);
    expect(result.checks.map((check) => check.text)).toContain('The fourth meeting');
    expect(result.cards[0].precedents[0]).toMatchObject({ prior: 2 });
  });

  it('lists a deleted paragraph under Dropped, with its commitments, and its Markdown to put back', () => {
    const paragraph = template.split('\n').find((line) => line.startsWith('- **Semiconductors:**'))!;
    const result = session().analyze(2, template.replace(`${paragraph}\n`, ''));
    const dropped = result.dropped.find((d) => d.text.startsWith('Semiconductors:'))!;
    expect(dropped.markdown).toBe(paragraph);
    expect(dropped.commitments.map((c) => c.marker)).toContain('committed to continuing');
    expect(result.summary.dropped).toBeGreaterThanOrEqual(1);
  });

  it('lists as dropped the commitments it counts dropped, not those of a dropped paragraph restated elsewhere', () => {
    const lines = template.split('\n');
    const semiconductors = lines.find((line) => line.startsWith('- **Semiconductors:**'))!;
    const kept = 'They committed to continuing the information exchange on supply chain resilience';
    const restated = 'Both sides will continue the information exchange on supply chain resilience, including through the Early Warning Mechanism.';
    // The paragraph goes; one of its commitments is said again, in other words, at the end of the draft's opening paragraph.
    const opening = lines.find((line) => line.length > 200 && !line.startsWith('-') && !line.startsWith('#'))!;
    const draft = template.replace(`${semiconductors}\n`, '').replace(opening, `${opening} ${restated}`);
    const result = session().analyze(3, draft);
    const dropped = result.dropped.find((d) => d.text.startsWith('Semiconductors:'))!;
    expect(dropped.commitments.some((c) => c.sentence.startsWith(kept))).toBe(false);
    expect(dropped.commitments.map((c) => c.marker)).toContain('intention to address');
    const listed = result.dropped.filter((d) => d.prior === result.latestPrior).reduce((n, d) => n + d.commitments.length, 0) + result.droppedCommitments.length;
    expect(listed).toBe(result.summary.fates.dropped);
  });

  it('marks a paragraph pasted from the 2025 statement as carried from 2025, and a new topic as new', () => {
    const from2025 = corpus.find((doc) => doc.id === 'statement-2025')!.source.split('\n').find((line) => line.startsWith('On **quantum technology**'))!;
    const result = session().analyze(3, `${template}\n${from2025}\n\nBoth sides will launch a joint programme on underwater robotics for ocean science.\n`);
    const pasted = result.cards.find((card) => card.text.startsWith('On quantum technology'))!;
    expect(pasted.status).toBe('carried');
    expect(result.priors[pasted.precedents[0].prior].date.slice(0, 4)).toBe('2025');
    expect(result.cards.find((card) => card.text.includes('underwater robotics'))?.status).toBe('new');
  });

  it('re-analyses an edited draft the same as a fresh session would', () => {
    const live = session();
    live.analyze(1, template);
    const edited = template.replace('deepen their strategic cooperation', 'deepen and widen their strategic cooperation');
    const { elapsed: _a, version: _v, ...again } = live.analyze(2, edited);
    const { elapsed: _b, version: _w, ...fresh } = session().analyze(2, edited);
    expect(withoutLooks(again)).toEqual(withoutLooks(fresh));
  });

  it('gives, keystroke after keystroke, the cards a fresh session gives: commitments moved with their blocks, the same text in other Markdown read anew', () => {
    const live = session();
    const semiconductors = template.split('\n').find((line) => line.startsWith('- **Semiconductors:**'))!;
    // The same paragraph again, its label not bold: the same text, its sentences elsewhere in its source.
    const plain = semiconductors.replace('- **Semiconductors:**', '- Semiconductors:');
    const edits = [
      (text: string) => `${text}\n${plain}\n`,
      (text: string) => text.replace('deepen their strategic cooperation', 'deepen and widen their strategic cooperation'),
      (text: string) => `Both sides will meet again soon.\n\n${text}`,
      (text: string) => text.replace(semiconductors, `${semiconductors} They will also map supply chains.`),
      (text: string) => text.replace('Both sides will meet again soon.\n\n', ''),
    ];
    let text = template;
    live.align(1, text);
    edits.forEach((edit, i) => {
      text = edit(text);
      const { elapsed: _a, ...again } = live.align(i + 2, text).result;
      const { elapsed: _b, ...fresh } = session().align(i + 2, text).result;
      expect(withoutLooks(again), `after edit ${i}`).toEqual(withoutLooks(fresh));
      if (i > 0) return;
      // The two paragraphs of one text, their commitments each where its own sentences stand.
      const twice = again.cards.filter((card) => card.text.startsWith('Semiconductors:'));
      expect(twice.map((card) => card.text)).toEqual([twice[0].text, twice[0].text]);
      expect(twice[0].commitments.length).toBeGreaterThan(0);
      expect(twice[1].commitments.map((c) => c.start - twice[1].start)).not.toEqual(twice[0].commitments.map((c) => c.start - twice[0].start));
    });
  });

  it('gives a paragraph written twice a look for each card, each kept as typing goes on elsewhere', () => {
    const live = session();
    const opening = template.split('\n').find((line) => line.length > 200 && !line.startsWith('-') && !line.startsWith('#'))!;
    const twice = `${template}\n\n${opening}\n`;
    const looksOf = (cards: Array<{ text: string; look: number }>) => cards.filter((card) => card.text === cards.find((c) => c.text.length > 200)!.text).map((card) => card.look);
    const first = live.align(1, twice).result;
    expect(new Set(first.cards.map((card) => card.look)).size).toBe(first.cards.length);
    const [a, b] = looksOf(first.cards);
    expect(a).not.toBe(b);
    const edited = live.align(2, twice.replace('deepen their strategic cooperation', 'deepen and widen their strategic cooperation')).result;
    expect(new Set(edited.cards.map((card) => card.look)).size).toBe(edited.cards.length);
    expect(looksOf(edited.cards)).toEqual([a, b]);
  });

  it('shows the last fates of unchanged paragraphs at once, until the second step gives the new ones', () => {
    const live = session();
    const before = live.analyze(1, template);
    const withFates = before.cards.filter((card) => card.fates.length > 0);
    expect(withFates.length).toBeGreaterThan(3);
    const semiconductors = template.split('\n').find((line) => line.startsWith('- **Semiconductors:**'))!;
    const edited = template.replace(semiconductors, `${semiconductors} Both sides will also map their supply chains.`);
    const { result: first } = live.align(2, edited);
    expect(first.complete).toBe(false);
    // Unchanged paragraphs keep their fates; the edited one waits for the second step.
    for (const card of withFates.filter((c) => !c.text.startsWith('Semiconductors:'))) {
      expect(first.cards.find((c) => c.text === card.text)?.fates).toEqual(card.fates);
    }
    expect(first.cards.find((c) => c.text.startsWith('Semiconductors:'))?.fates).toEqual([]);
    expect(first.droppedCommitments).toEqual(before.droppedCommitments);
    const { elapsed: _a, version: _v, ...complete } = live.analyze(3, edited);
    const { elapsed: _b, version: _w, ...fresh } = session().analyze(3, edited);
    expect(withoutLooks(complete)).toEqual(withoutLooks(fresh));
  });

  it('compares two versions held in memory as it compares corpus documents', () => {
    const before = '# Outcome\n\nBoth sides welcomed the summit and the progress made on data flows.\n\nThey agreed to meet again in 2027.';
    const after = '# Outcome\n\nBoth sides welcomed the successful summit and the progress made on data flows.\n\nThey agreed to meet again in 2027.';
    const result = session().comparePair({ name: 'outcome.docx', before, after });
    expect(result.old.title).toBe('outcome.docx, before the tracked changes');
    expect(result.new.source).toBe(after);
    expect(result.operations.map((op) => op.type)).toEqual(['equal', 'changed', 'equal']);
  });
});
