/**
 * The further actions a commitment names beside its marker's own: "both
 * sides reaffirmed their shared commitment to promoting safe, secure and
 * trustworthy AI as well as signing a Cooperation Arrangement for ..."
 * commits to the promoting and to the signing. Each is an intended action,
 * and one reported done is the commitment progressed, whatever the sentence
 * says again of the other ("Having signed the Cooperation Arrangement ...,
 * both sides reaffirmed their shared commitment to promoting ..."): every
 * labeller of the written drafts (40 of 40) read it so. Read here: the verb
 * coordinated with the marker's action by "as well as" or "and" in the same
 * form (a gerund after a gerund, "to" and a verb after an infinitive), or
 * the means it is done by ("by extending the scope of the Administrative
 * Arrangement"), and the thing it acts on, named (capitalised words:
 * "Cooperation Arrangement"). Only a named thing: "as well as deepening cooperation" acts
 * on what every paragraph of the area mentions, and would find its report
 * anywhere.
 */
import { wordStems } from './words';

export interface FurtherAction {
  /** The coordinated verb as written ("signing"). */
  verb: string;
  /** The stems of the named thing it acts on ("cooper", "arrang"): a clause holding them all speaks of that action. */
  named: readonly string[];
}

/** After the coordinator: a gerund (or "to" and a verb), an optional "towards ...ing", an optional article, then capitalised words. */
const FURTHER = /\b(?:as well as|and)\s+(to\s+[a-z]+|[a-z]+ing)\s+(?:towards\s+[a-z]+ing\s+)?(?:(?:a|an|the|their|its)\s+)?((?:[A-Z][\p{L}-]*|of|on|for)(?:\s+(?:[A-Z][\p{L}-]*|of|on|for))*)/gu;
/**
 * The means by which the action is done, when it acts on a named thing:
 * "decided to operationalise the Early Warning Mechanism ... by extending
 * the scope of the Administrative Arrangement signed in 2023". A part of the
 * thing may come first ("the scope of").
 */
const MEANS = /\bby\s+([a-z]+ing)\s+(?:(?:a|an|the|their|its)\s+)?(?:[a-z]+\s+of\s+(?:(?:a|an|the|their|its)\s+)?)?((?:[A-Z][\p{L}-]*|of|on|for)(?:\s+(?:[A-Z][\p{L}-]*|of|on|for))*)/gu;

/**
 * The further actions of a commitment whose marker governs `action` (the
 * word after its marker or its last), from `markerEnd` on. Only an action
 * in -ing or after "to" has them: after a bare verb ("will encourage more
 * governments to support ... and to join its Friends Group") the
 * coordinated infinitives are what others are to do.
 */
export function furtherActionsOf(sentence: string, markerEnd: number, action: string): FurtherAction[] {
  const gerund = /ing$/u.test(action);
  const infinitive = !gerund && new RegExp(String.raw`\bto\s+${action}\b`, 'u').test(sentence);
  if (!gerund && !infinitive) return [];
  const after = sentence.slice(markerEnd);
  const found: FurtherAction[] = [];
  for (const [, verb, name] of after.matchAll(FURTHER)) {
    // Coordinated in the same form as the marker's action, or it is not a second action of the same marker.
    if (verb.startsWith('to ') !== gerund) pushNamed(found, verb, name);
  }
  for (const [, verb, name] of after.matchAll(MEANS)) pushNamed(found, verb, name);
  return found;
}

function pushNamed(found: FurtherAction[], verb: string, name: string): void {
  const capitalised = name.split(/\s+/u).filter((word) => /^[A-Z]/u.test(word));
  // A name of one capitalised word is as often a place or a party ("and supporting Japan").
  if (capitalised.length >= 2) found.push({ verb, named: [...wordStems(capitalised.join(' '))] });
}

/** Whether a clause speaks of a further action: it holds every stem of the named thing. */
export function speaksOf(clause: string, action: FurtherAction): boolean {
  const stems = wordStems(clause);
  return action.named.length > 0 && action.named.every((stem) => stems.has(stem));
}
