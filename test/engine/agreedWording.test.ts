/**
 * Where the quick fix may put back a precedent's wording: only where the
 * precedent really continues the draft block (a strong link, a precedent
 * not much shorter than the block, no bare label), on the real statements.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PrecedentIndex, agreedWordingOf, alignDraft, parseDocument, statementBlocks } from '../../engine/index';

const corpus = (id: string) => parseDocument(readFileSync(new URL(`../../corpus/${id}.md`, import.meta.url), 'utf8'));
const statement2026 = corpus('council-note-8288-1-26-rev1');
const index = new PrecedentIndex([{ blocks: statementBlocks(statement2026), date: '2026-05-05' }]);
const paragraph2026 = (prefix: string) => statementBlocks(statement2026).find((block) => block.text.startsWith(prefix))!;

/** What the quick fix would offer for the one paragraph of a draft: the prior block's first words, or null. */
function offered(markdown: string): string | null {
  const draft = parseDocument(markdown);
  const [alignment] = alignDraft(draft, index).alignments;
  const found = agreedWordingOf(alignment, draft.blocks[alignment.block], index);
  return found ? index.blockOf(found).text.slice(0, 40) : null;
}

describe('the agreed wording is offered only where the precedent really continues the block', () => {
  const semiconductors = paragraph2026('Semiconductors: Both sides confirmed');
  const signatures = paragraph2026('Electronic Signatures:');

  it('a 2026 paragraph with one word changed: its 2026 wording', () => {
    expect(offered(`- ${semiconductors.text.replace('confirmed the implementation', 'welcomed the implementation')}`)).toBe(semiconductors.text.slice(0, 40));
  });

  it('a paragraph word for word the same: nothing to put back', () => {
    expect(offered(`- ${semiconductors.text}`)).toBeNull();
  });

  it('a paragraph more than twice as long as its precedent: replacing it would drop more than it restores', () => {
    const grown = `${signatures.text} Both sides will also map the differences between their accreditation schemes for qualified trust service providers, publish a joint note on the results, and consult industry and academia on how cross-border recognition of electronic signatures could be implemented in practice in public procurement and in the health sector.`;
    const draft = parseDocument(`- ${grown}`);
    expect(alignDraft(draft, index).alignments[0].status).not.toBe('new');
    expect(offered(`- ${grown}`)).toBeNull();
  });

  it('a weakly linked paragraph: nothing', () => {
    const draft = parseDocument('Both sides discussed the oversight of online platforms and agreed to exchange best practices on protecting minors online.');
    const [alignment] = alignDraft(draft, new PrecedentIndex([{ blocks: statementBlocks(corpus('statement-2025')) }])).alignments;
    // Weak by the model's own measure, whatever it links to.
    if (alignment.status !== 'new') expect(alignment.matches[0].evidence.probability).toBeLessThan(0.8);
    expect(offered('Both sides discussed the oversight of online platforms and agreed to exchange best practices on protecting minors online.')).toBeNull();
  });

  it('a paragraph on AI is never offered the bare label "Artificial Intelligence (AI):"', () => {
    expect(offered('Both sides will explore joint work on artificial intelligence (AI) for agriculture and rural communities.')).toBeNull();
  });
});
