/**
 * Another drafting style, made from a labelled draft with known truth: no
 * topic labels ("**Submarine Cables:**"; bare label items stay, as they
 * carry no text), numbered paragraphs instead of bullets, no section
 * headings. Named things and wording must carry the links alone.
 */
import { parseDocument, segmentSentences, type Block } from '../engine/index';
import type { LabelledPair } from './labelledPairs';
import { relationByRule } from './verbatimShares';

/**
 * A pair whose draft is written in the other style, its labels moved to the
 * restyled blocks. Carried or revised is decided again by the labels' rule on
 * the restyled text: without its topic label a short bullet may keep less
 * than half of its words in runs of its precedent.
 */
export function inAnotherStyle(pair: LabelledPair, draftText: string, { moveSentences = false } = {}): LabelledPair {
  const restyled = anotherStyleText(draftText);
  const draft = parseDocument(moveSentences ? sentencesMoved(restyled) : restyled);
  const before = pair.draft.blocks.filter((b) => b.kind !== 'heading' || b.level === 1);
  const after = draft.blocks.filter((b) => b.kind !== 'heading' || b.level === 1);
  if (before.length !== after.length) throw new Error(`${pair.name}: the other style changed the blocks`);
  const moved = new Map(before.map((block, i) => [block.index, after[i].index]));
  const carriedOffTo = moveSentences ? sentenceReceivers(parseDocument(restyled).blocks.filter((b) => b.kind !== 'heading' || b.level === 1), after) : new Map<number, number>();
  return {
    ...pair,
    name: `${pair.name}, in another style${moveSentences ? ', sentences moved between paragraphs' : ''}`,
    draft: { blocks: draft.blocks },
    links: pair.links.map((link) => {
      const block = draft.blocks.find((b) => b.index === moved.get(link.draft))!;
      const priors = link.priors.map((p) => pair.prior.blocks.find((b) => b.index === p)!.text);
      const receiver = carriedOffTo.get(block.index);
      return { ...link, draft: block.index, relation: link.relation === 'new' ? 'new' : relationByRule(block.text, priors), ...(receiver !== undefined ? { carriedOffTo: receiver } : {}) };
    }),
  };
}

/** For each block that gave its last sentence away (by position in the two block lists), the block that now opens with it. */
function sentenceReceivers(unmoved: readonly Block[], moved: readonly Block[]): Map<number, number> {
  const receivers = new Map<number, number>();
  unmoved.forEach((block, i) => {
    const kept = moved[i].text;
    if (kept.length >= block.text.length || !block.text.startsWith(kept)) return;
    const sentence = block.text.slice(kept.length).trim();
    const receiver = moved.slice(i + 1).find((b) => b.text.startsWith(sentence));
    if (receiver) receivers.set(moved[i].index, receiver.index);
  });
  return receivers;
}

/** A statement's Markdown in the other style: topic labels out, numbered paragraphs for bullets, no section headings. */
export function anotherStyleText(markdown: string): string {
  let number = 0;
  return markdown
    .replace(/^(\s*[-*] )\*\*[^*\n]{1,80}:\*\*[ \t]+(?=\S)/gmu, '$1')
    .replace(/^(\s*)[-*] /gmu, (_, indent: string) => `${indent}${++number}. `)
    .replace(/^##+ .*$/gmu, '');
}

const NUMBERED = /^(\s*\d+\. )(.*)$/u;
const BARE_LABEL = /^\*\*[^*\n]{1,80}:\*\*\s*$/u;

/**
 * The other style as the held-back draft has it, sentences moved between
 * paragraphs: of every second numbered paragraph of two sentences or more,
 * the last sentence opens the next numbered paragraph. No commitment's fate
 * and no dropped block changes; a paragraph may now also continue the block
 * the sentence came from, and the one that gave it may continue a block only
 * through it (inAnotherStyle records where it went: carriedOffTo).
 */
export function sentencesMoved(markdown: string): string {
  const lines = markdown.split('\n');
  const numbered = lines.flatMap((line, at) => (NUMBERED.test(line) ? [at] : []));
  for (let k = 1; k + 1 < numbered.length; k += 2) {
    const [, number, text] = NUMBERED.exec(lines[numbered[k]])!;
    const spans = segmentSentences(text);
    if (spans.length < 2) continue;
    const [, nextNumber, nextText] = NUMBERED.exec(lines[numbered[k + 1]])!;
    // A bare label over nested items ("**Artificial Intelligence (AI):**") is no paragraph to open: a sentence put there would make it one.
    if (BARE_LABEL.test(nextText)) continue;
    const last = spans[spans.length - 1];
    lines[numbered[k]] = number + text.slice(0, last.start).trimEnd();
    lines[numbered[k + 1]] = `${nextNumber}${text.slice(last.start, last.end).trim()} ${nextText}`;
  }
  return lines.join('\n');
}
