import { describe, expect, it } from 'vitest';
import { runCli } from '../support/runCli';

const JAPANESE_DRAFT = 'test/fixtures/draft-japanese.md';

describe('align says when the draft is in another language than its priors', () => {
  it('a Japanese draft against the English statements: a note on stderr, the report on stdout as ever', () => {
    const run = runCli(['align', 'statement-2024', 'statement-2025', '--draft', JAPANESE_DRAFT, '--json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      'precedent: note: The draft is in Japanese and its priors are in English (Latin alphabet): paragraphs are matched by their words, so across languages every paragraph shows as new and every prior one as dropped. Compare a draft with priors in its own language.\n',
    );
    const report = JSON.parse(run.stdout) as { alignments: Array<{ status: string }> };
    expect(report.alignments.some((alignment) => alignment.status === 'carried')).toBe(false);
  });

  it('an English draft against English statements: no note', () => {
    const run = runCli(['align', 'statement-2024', '--draft', 'statement-2025']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});
