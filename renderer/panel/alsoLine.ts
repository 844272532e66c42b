/**
 * The other precedents of a card, told apart and explained: "Also: 2025
 * (0.33), 2025 (0.15)" named a year twice and left the reader to guess what
 * the numbers were. Each entry names its statement's year, the paragraph
 * (its number in that statement and first words) and its similarity, with
 * the scale in the tooltip.
 */
import { SIMILARITY_MEANING } from '../ui/similarity';
import type { AnalysisResult, PrecedentView, Quote } from '../worker/protocol';

const FIRST_WORDS = 6;

function firstWords(text: string): string {
  const words = text.split(/\s+/u).filter(Boolean);
  return words.length <= FIRST_WORDS ? text : `${words.slice(0, FIRST_WORDS).join(' ')}…`;
}

/** One other precedent as text: `2025 ¶14 “On AI, both sides reaffirmed their shared…” (similarity 0.33)`. */
export function describePrecedent(precedent: PrecedentView, result: Pick<AnalysisResult, 'priors'>, quote: Quote | null): string {
  const year = result.priors[precedent.prior].date.slice(0, 4) || result.priors[precedent.prior].title;
  const words = quote ? ` “${firstWords(quote.text)}”` : '';
  return `${year} ¶${precedent.block + 1}${words} (similarity ${precedent.score.toFixed(2)})`;
}

/** The "Also:" line of a card with more than one precedent. */
export function alsoLine(precedents: readonly PrecedentView[], result: Pick<AnalysisResult, 'priors'>, quote: (prior: number, block: number) => Quote | null): HTMLElement {
  const line = document.createElement('p');
  line.className = 'also';
  line.dataset.testid = 'card-also';
  line.title = SIMILARITY_MEANING;
  line.textContent = `Also: ${precedents.map((p) => describePrecedent(p, result, quote(p.prior, p.block))).join('; ')}`;
  return line;
}
