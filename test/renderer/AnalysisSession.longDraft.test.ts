import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PrecedentIndex, alignDraft, parseDocument, statementBlocks } from '../../engine/index';
import { AnalysisSession } from '../../renderer/worker/AnalysisSession';
import { plainParagraphs } from '../../renderer/worker/DraftParser';
import type { CorpusSource } from '../../contract/api';

const corpus: CorpusSource[] = JSON.parse(readFileSync(new URL('../../dist/renderer/corpus.json', import.meta.url), 'utf8'));
const priors = corpus.filter((doc) => doc.kind === 'joint-statement' || doc.kind === 'council-note').sort((a, b) => (a.date < b.date ? -1 : 1));

/**
 * The bench's huge document (10,000 one-line paragraphs), with a sentence of
 * the priors every 25 lines, some reworded, so that links and competition
 * are read too and not only new blocks.
 */
function hugeDraft(): string {
  const sentences = priors
    .flatMap((doc) => statementBlocks(parseDocument(doc.source)).flatMap((block) => block.sentences.map((s) => s.text)))
    .filter((sentence) => sentence.split(' ').length >= 8 && plainParagraphs(sentence) !== null);
  return Array.from({ length: 10_000 }, (_, i) => {
    if (i % 25 !== 7) return `Line ${i} of a long list of paragraphs about cooperation ${i % 97}.`;
    const sentence = sentences[(i * 7) % sentences.length];
    return i % 50 === 7 ? sentence.replace(/\bcooperation\b/gu, 'collaboration') : sentence;
  }).join('\n\n');
}

describe('a huge document opened in the desk', () => {
  it('aligns as the engine aligns it in one go, without the session’s parser, caches and live competition', () => {
    const text = hugeDraft();
    const session = new AnalysisSession();
    session.setCorpus(corpus, priors.map((doc) => doc.id));
    const { draft, alignment } = session.align(1, text);
    const parsed = parseDocument(text);
    expect(draft).toEqual(parsed);
    const index = new PrecedentIndex(priors.map((doc) => ({ blocks: statementBlocks(parseDocument(doc.source)), date: doc.date })));
    const reference = alignDraft(parsed, index);
    expect(alignment.alignments).toEqual(reference.alignments);
    expect(alignment.dropped).toEqual(reference.dropped);
    const statuses = alignment.alignments.map((a) => a.status);
    expect(statuses.filter((s) => s === 'new').length).toBeGreaterThan(9_000);
    expect(statuses.filter((s) => s !== 'new').length).toBeGreaterThan(300);
  }, 120_000);
});
