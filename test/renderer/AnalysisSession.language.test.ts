import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AnalysisSession } from '../../renderer/worker/AnalysisSession';
import type { CorpusSource } from '../../contract/api';

const corpus: CorpusSource[] = JSON.parse(readFileSync(new URL('../../dist/renderer/corpus.json', import.meta.url), 'utf8'));
const statementIds = corpus.filter((doc) => doc.kind === 'joint-statement' || doc.kind === 'council-note').map((doc) => doc.id);
const japaneseDraft = readFileSync(new URL('../fixtures/draft-japanese.md', import.meta.url), 'utf8');
const statement2025 = corpus.find((doc) => doc.id === 'statement-2025')!.source;

describe('the warning about a draft in another language, read in the worker', () => {
  it('comes with the fates, stays while the next keystroke is analysed, and goes for an English draft', () => {
    const session = new AnalysisSession();
    session.setCorpus(corpus, statementIds);
    const japanese = session.analyze(1, japaneseDraft);
    expect(japanese.language).toBe(
      'The draft is in Japanese and its priors are in English (Latin alphabet): paragraphs are matched by their words, so across languages every paragraph shows as new and every prior one as dropped. Compare a draft with priors in its own language.',
    );
    expect(session.align(2, `${japaneseDraft}\n\n追加`).result.language).toBe(japanese.language);
    expect(session.analyze(3, statement2025).language).toBeNull();
    // New priors: nothing is said until the draft is read against them.
    session.setPriors(statementIds.slice(0, 1));
    expect(session.align(4, japaneseDraft).result.language).toBeNull();
  });
});
