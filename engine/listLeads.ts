/**
 * Bullets that finish their lead-in's sentence, as G7 and G20 communiqués
 * write them: "Building on this, Japan and the EU will:" over "- to continue
 * the implementation of the MoC ...", "- explore ...", or "The two sides
 * welcomed:" over "- the signing of the Cooperation Arrangement ...". The
 * marker stands in the paragraph above; the action in the bullet. A reader
 * reads each bullet as the lead-in's sentence finished by it, and so do the
 * rules: "Submarine Cables: Japan and the EU will continue the
 * implementation ...". What a card quotes stays the bullet's own words.
 *
 * A bullet finishes the lead-in only when, after its topic label, it opens
 * in lower case: a bullet that is a sentence of its own ("Both sides will
 * cooperate ...") says for itself who commits and how.
 */
import type { Block } from './types';

/** The lead-in's last sentence, its colon left out: the sentence each bullet below it finishes. */
const LEAD_SENTENCE = /^(?<lead>.*\S)\s*:\s*$/su;
/** A topic label in bold or plain ("Submarine Cables:"), then the fragment. */
const LABEL = /^(?<label>[\p{Lu}\p{N}][^:.;!?]{0,70}:\s+)?(?<rest>.*)$/su;
/** A fragment opens in lower case: an infinitive, a bare verb or a noun phrase, not a subject of its own ("both sides will ..."). */
const FRAGMENT = /^(?!(?:both|the two|the)\s+sides\b|they\b|we\b)\p{Ll}/u;
const MODALS = 'will|shall|may|might|can|could|should|must|would';
/** A lead-in ending on a modal or a verb that takes "to" leaves the bullet's "to" out or in as English does. */
const MODAL_END = new RegExp(String.raw`\b(?:${MODALS})$`, 'iu');
/** A parenthesis between the lead-in's verb and the bullet ("Both sides may, as appropriate:") is closed by a comma. */
const OPEN_PARENTHESIS = new RegExp(String.raw`\b(?:${MODALS}|intends?|intended|decided|agreed|committed|aims?|aimed|plans?|planned|resolved|undertook|undertake)\s*,\s*[^,]+$`, 'iu');

/**
 * For each list item that finishes a lead-in, by block index, its first
 * sentence as the rules read it: its label, the lead-in's sentence and the
 * fragment.
 */
export function listLeadReadings(blocks: readonly Block[]): Map<number, string> {
  const readings = new Map<number, string>();
  let lead: string | null = null;
  let previous: Block | undefined;
  for (const block of blocks) {
    if (block.kind === 'listItem') {
      // A list run takes the lead-in of the paragraph just above its first item.
      if (previous?.kind !== 'listItem') lead = previous?.kind === 'paragraph' ? leadSentenceOf(previous) : null;
      const first = block.sentences[0]?.text;
      const reading = lead !== null && first !== undefined ? finished(lead, first) : null;
      if (reading !== null) readings.set(block.index, reading);
    }
    previous = block;
  }
  return readings;
}

function leadSentenceOf(block: Block): string | null {
  const last = block.sentences.at(-1)?.text ?? block.text;
  return LEAD_SENTENCE.exec(last)?.groups!.lead ?? null;
}

/** Where a bullet lists further actions: "continue the implementation ...; diversify routes ...; and explore synergies ...". */
const NEXT_ACTION = /;\s+(?:and\s+)?/u;
/** An action's first word: not an article, a pronoun or a preposition, which open a noun phrase ("; the MoC on ..."). */
const ACTION = /^(?:to\s+)?(?!(?:the|a|an|this|these|those|their|its|our|on|in|of|for|with|by|at|from|as|or|which|that|such|both|each|all)\b)\p{Ll}/u;

/**
 * The lead-in's sentence finished by a bullet's first sentence, each
 * further action the bullet lists after a semicolon finished by it too; null
 * for a bullet that is a sentence of its own.
 */
function finished(lead: string, sentence: string): string | null {
  const { label = '', rest } = LABEL.exec(sentence)!.groups!;
  if (!FRAGMENT.test(rest)) return null;
  const opening = `${lead}${OPEN_PARENTHESIS.test(lead) ? ',' : ''} `;
  const afterLead = (fragment: string) => opening + (MODAL_END.test(lead) ? fragment.replace(/^to\s+/u, '') : fragment);
  const [first, ...more] = rest.split(NEXT_ACTION);
  return label + [afterLead(first), ...more.map((part) => (ACTION.test(part) ? afterLead(part) : part))].join('; ');
}
