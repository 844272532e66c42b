import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument, statementTemplate } from '../../engine/index';
import { AnalysisSession } from '../../renderer/worker/AnalysisSession';
import { CardDecoder, CardEncoder } from '../../renderer/worker/cardWire';
import type { CorpusSource } from '../../contract/api';

const corpus: CorpusSource[] = JSON.parse(readFileSync(new URL('../../dist/renderer/corpus.json', import.meta.url), 'utf8'));
const note = corpus.find((doc) => doc.id === 'council-note-8288-1-26-rev1')!;
const template = statementTemplate(note.source, parseDocument(note.source));

describe('cards sent from the worker to the page', () => {
  it('arrive as the session made them, keystroke after keystroke, though only changed cards travel whole', () => {
    const session = new AnalysisSession();
    session.setCorpus(corpus, corpus.filter((doc) => doc.kind !== 'presentation').map((doc) => doc.id));
    const encoder = new CardEncoder();
    const decoder = new CardDecoder();
    const paragraphs = template.split('\n\n');
    // Typing into a paragraph, inserting one before others (every later card moves), deleting one, then the second step.
    const edits = [
      template.replace('strategic cooperation', 'strategic and lasting cooperation'),
      [...paragraphs.slice(0, 3), 'Both sides will launch a programme on ocean robotics.', ...paragraphs.slice(3)].join('\n\n'),
      [...paragraphs.slice(0, 5), ...paragraphs.slice(6)].join('\n\n'),
    ];
    const sent: number[] = [];
    const check = (cards: Parameters<CardEncoder['encode']>[0]) => {
      const wire = structuredClone(encoder.encode(cards));
      sent.push(wire.filter((card) => 'text' in card).length);
      expect(decoder.decode(wire)).toEqual(cards);
    };
    const first = session.align(1, template);
    check(first.result.cards);
    check(session.followCommitments(first).cards);
    edits.forEach((text, i) => {
      const aligned = session.align(i + 2, text);
      check(aligned.result.cards);
      check(session.followCommitments(aligned).cards);
    });
    const cards = first.result.cards.length;
    expect(sent[0]).toBe(cards);
    // After the first analysis, an edit sends a handful of cards whole, not the draft's thirty-odd.
    expect(Math.max(...sent.slice(2))).toBeLessThanOrEqual(3);
    expect(cards).toBeGreaterThan(30);
  });

  it('posts a card without the parts it holds nothing in, and the page puts them back', () => {
    const session = new AnalysisSession();
    session.setCorpus(corpus, corpus.filter((doc) => doc.kind !== 'presentation').map((doc) => doc.id));
    const lines = Array.from({ length: 300 }, (_, i) => `Line ${i} of a long list of paragraphs about cooperation ${i % 97}.`);
    const cards = session.analyze(1, `${template}\n\n${lines.join('\n\n')}`).cards;
    const wire = structuredClone(new CardEncoder().encode(cards));
    expect(new CardDecoder().decode(wire)).toEqual(cards);
    expect(new CardDecoder(2 ** 32).decode(wire)).toEqual(cards.map((card) => ({ ...card, look: card.look + 2 ** 32 })));
    const line = wire.find((card) => 'text' in card && card.text === lines[5])!;
    expect(line).toMatchObject({ status: 'new' });
    for (const part of ['precedents', 'agreedWording', 'diff', 'commitments', 'fates']) expect(line).not.toHaveProperty(part);
    // The template's cards keep what they hold: precedents, diffs, sections, commitments.
    const kept = wire.filter((card) => 'text' in card && card.precedents !== undefined);
    expect(kept.length).toBeGreaterThan(30);
    expect(kept.some((card) => 'diff' in card && card.diff !== undefined)).toBe(true);
    expect(kept.some((card) => 'commitments' in card && card.commitments !== undefined)).toBe(true);
    expect(kept.some((card) => 'section' in card && card.section !== undefined)).toBe(true);
  });

  it('hands back the card the page holds where its block did not move, and a moved copy where it did', () => {
    const decoder = new CardDecoder();
    const card = { look: 1, block: 0, start: 0, end: 10, text: 'Both sides', status: 'new', reason: 'New.', commitments: [{ start: 2, end: 8, marker: 'will', firmness: 'firm' }] } as const;
    const [held] = decoder.decode([structuredClone(card)]);
    // A long document's complete analysis: 10,000 cards as they stood, each copied held the page some 20 ms.
    expect(decoder.decode([{ look: 1, block: 0, start: 0, end: 10 }])[0]).toBe(held);
    const [moved] = decoder.decode([{ look: 1, block: 2, start: 5, end: 15 }]);
    expect(moved).not.toBe(held);
    expect(moved).toEqual({ ...held, block: 2, start: 5, end: 15, commitments: [{ ...held.commitments[0], start: 7, end: 13 }] });
  });

  it('refuses a card the page never received, rather than show a wrong one', () => {
    expect(() => new CardDecoder().decode([{ look: 7, block: 0, start: 0, end: 10 }])).toThrow(/never sent/u);
  });
});
