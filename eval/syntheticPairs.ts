/**
 * Synthetic labelled pairs with known truth, so that drops and new blocks
 * are measured over hundreds of cases rather than the handful the labelled
 * pairs hold (issue 10, point 1).
 *
 * Each pair takes a real statement of the corpus as the prior and writes a
 * draft of the next statement from it by edits whose truth is known:
 * framing paragraphs moved on to the next meeting; prior blocks dropped;
 * paragraphs on initiatives no prior treats (eval/newTopicParagraphs.md)
 * inserted inside continued sections, in the section's own form; a
 * paragraph split by sentences into two or three blocks; two adjacent
 * blocks merged; a section or a few blocks moved far away; blocks reworded
 * sentence by sentence. The labels take the shape of
 * ../shared/gold/align-*.jsonl: for each draft block in order its KEY, the
 * KEYs of the prior blocks it continues and its relation (carried or revised
 * by the README's rule, eval/verbatimShares.ts, independent of the engine;
 * new when it continues nothing); then each prior block no draft block
 * continues, dropped.
 */
import { readFileSync } from 'node:fs';
import { Dice } from './Dice';
import { dropLonelyLabels, insertNewTopics, moveFar, range, readNewTopics, renumber, type DraftBlock, type DraftSection, type NewTopic, type OperationKind, type SyntheticOperation } from './draftEdits';
import { otherPlace, ordinalWord, updateMeetingFacts, type MeetingFacts } from './nextMeeting';
import { readPriorStatement, type PriorStatement } from './priorStatement';
import { rewordBlock, sentencesOf } from './rewordBlock';
import { blockKey, plainText, renderStatementText, type StatementText } from './statementText';
import { looseKey } from './labelledPairs';
import { relationByRule } from './verbatimShares';

export { readNewTopics, type NewTopic, type OperationKind, type SyntheticOperation };

/** A line of the labels, in the JSON shape of ../shared/gold/align-*.jsonl (with a note on the edit that made it). */
export type GoldLine =
  | { new: string; old: string[]; relation: 'carried' | 'revised' | 'new'; note: string }
  | { old: string; relation: 'dropped'; note: string };

export interface SyntheticPair {
  name: string;
  priorText: string;
  draftText: string;
  lines: GoldLine[];
  operations: SyntheticOperation[];
}

export interface SyntheticOptions {
  /** Seed of the random choices; the same seed gives the same pairs. Default 2027. */
  seed?: number;
  /** Number of pairs, taking the priors in turn. Default 60. */
  count?: number;
}

export interface SyntheticSources {
  /** Corpus statements with their front matter (date, place, meeting). */
  priors: ReadonlyArray<{ name: string; markdown: string }>;
  /** The Markdown of eval/newTopicParagraphs.md. */
  newTopics: string;
}

/** The corpus statements that serve as priors: 2024, 2025 and the 2026 statement of the Council note. */
export const PRIOR_DOCUMENTS = ['statement-2024', 'statement-2025', 'council-note-8288-1-26-rev1'];

/** Pairs made from the corpus and eval/newTopicParagraphs.md. */
export function syntheticPairs(options: SyntheticOptions = {}): SyntheticPair[] {
  const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
  return syntheticPairsFrom(
    { priors: PRIOR_DOCUMENTS.map((name) => ({ name, markdown: read(`../corpus/${name}.md`) })), newTopics: read('./newTopicParagraphs.md') },
    options,
  );
}

/** Pairs made from the given sources; no I/O. */
export function syntheticPairsFrom(sources: SyntheticSources, options: SyntheticOptions = {}): SyntheticPair[] {
  const dice = new Dice(options.seed ?? 2027);
  const priors = sources.priors.map(readPriorStatement);
  const meetings = new Map(priors.map((prior) => [prior.meeting, prior.facts]));
  const topics = readNewTopics(sources.newTopics);
  const pairs: SyntheticPair[] = [];
  for (let n = 0; n < (options.count ?? 60); n++) {
    const prior = priors[n % priors.length];
    const name = `synthetic-${String(n + 1).padStart(3, '0')}-${prior.name}`;
    let pair: SyntheticPair | null = null;
    // A draft whose KEYs would not each name one block is drawn again.
    for (let attempt = 0; pair === null; attempt++) {
      if (attempt === 50) throw new Error(`${name}: no draft with unambiguous KEYs in 50 draws`);
      pair = draftPair(prior, meetings, topics, dice, name);
    }
    pairs.push(pair);
  }
  return pairs;
}

/** One draft of the next statement from `prior`, or null when two of its blocks would share a KEY. */
function draftPair(prior: PriorStatement, known: ReadonlyMap<number, MeetingFacts>, topics: readonly NewTopic[], dice: Dice, name: string): SyntheticPair | null {
  const operations: SyntheticOperation[] = [];
  const log = (operation: SyntheticOperation) => operations.push(operation);
  const keyOf = (id: number) => blockKey(prior.blocks[id].markdown);
  const record = (kind: OperationKind, ids: number[]) => log({ kind, keys: ids.map(keyOf) });

  const draftFacts: MeetingFacts = {
    date: `${dice.int(1, 28)} ${dice.pick(['April', 'May', 'June'])} ${Number(prior.facts.date.slice(-4)) + 1}`,
    place: otherPlace(prior.facts.place),
  };
  const meetings = new Map(known).set(prior.meeting + 1, draftFacts);

  // Each edited prior block takes part in one edit only: drops first, then splits, a merge, rewordings.
  const free = prior.blocks.filter((block) => !block.fixed);
  const drops = new Set(dice.sample(free, dice.int(3, Math.min(8, Math.max(3, Math.floor(free.length * 0.3))))).map((block) => block.id));
  const taken = new Map<number, DraftBlock[]>();
  const untouched = () => free.filter((block) => !drops.has(block.id) && !taken.has(block.id));

  for (const block of dice.sample(untouched().filter((b) => sentencesOf(b.markdown).length >= 2), dice.int(0, 2))) {
    const sentences = sentencesOf(block.markdown);
    const cuts = dice.sample(range(1, sentences.length - 1), dice.int(1, Math.min(2, sentences.length - 1))).sort((a, b) => a - b);
    const ends = [...cuts, sentences.length];
    const pieces = [0, ...cuts].map((from, k) => sentences.slice(from, ends[k]).join(' '));
    taken.set(block.id, pieces.map((markdown, k) => ({ ...block, markdown, origin: [block.id], note: `split ${k + 1}/${pieces.length}` })));
    record('split', [block.id]);
  }

  const mergeable = untouched().filter((block) => {
    const next = prior.blocks[block.id + 1];
    return next && !next.fixed && !drops.has(next.id) && !taken.has(next.id) && next.section === block.section && next.kind === block.kind && next.level === block.level;
  });
  if (mergeable.length > 0 && dice.chance(0.6)) {
    const first = dice.pick(mergeable);
    const second = prior.blocks[first.id + 1];
    // The second block's bullet label goes: one bullet has one label.
    const markdown = `${first.markdown} ${second.markdown.replace(/^\*\*[^*]+:\*\*\s*/, '')}`;
    taken.set(first.id, [{ ...first, markdown, origin: [first.id, second.id], note: 'merged with the next prior block' }]);
    taken.set(second.id, []);
    record('merge', [first.id, second.id]);
  }

  const rewordings = dice.int(1, 4);
  for (const block of dice.sample(untouched(), free.length)) {
    if (operations.filter((operation) => operation.kind === 'reword').length === rewordings) break;
    const rewording = rewordBlock(block.markdown, dice);
    if (!rewording) continue;
    taken.set(block.id, [{ ...block, markdown: rewording.markdown, origin: [block.id], note: `reworded: ${rewording.edits.join(', ')}` }]);
    record('reword', [block.id]);
  }

  const sections: DraftSection[] = prior.statement.sections.map((section, s) => ({
    heading: section.heading,
    blocks: prior.blocks
      .filter((block) => block.section === s && !drops.has(block.id))
      .flatMap((block): DraftBlock[] => {
        if (taken.has(block.id)) return taken.get(block.id)!;
        const markdown = block.framing ? updateMeetingFacts(block.markdown, { priorMeeting: prior.meeting, meetings }) : block.markdown;
        if (markdown !== block.markdown) record('updateMeeting', [block.id]);
        return [{ ...block, markdown, origin: [block.id], note: markdown === block.markdown ? 'unchanged' : 'meeting facts moved on' }];
      }),
  }));
  for (const id of drops) record('drop', [id]);

  moveFar(sections, prior, dice, log);
  dropLonelyLabels(sections, prior, log);
  const kept = sections.filter((section) => section.heading === null || section.blocks.length > 0);
  insertNewTopics(kept, prior, dice.sample(topics, dice.int(3, 6)), dice, log);
  renumber(kept);

  const draft: StatementText = {
    title: `Joint Statement of the ${ordinalWord(prior.meeting + 1)} meeting of the European Union - Japan Digital Partnership Council, ${draftFacts.date}, ${draftFacts.place}`,
    sections: kept,
  };
  const draftBlocks = kept.flatMap((section) => section.blocks);
  if (!keysAreUnambiguous(draftBlocks) || !keysAreUnambiguous(prior.blocks)) return null;

  const continued = new Set(draftBlocks.flatMap((block) => block.origin));
  const relation = (block: DraftBlock) =>
    block.origin.length === 0 ? 'new' : relationByRule(plainText(block.markdown), block.origin.map((id) => plainText(prior.blocks[id].markdown)));
  const lines: GoldLine[] = [
    ...draftBlocks.map((block): GoldLine => ({ new: blockKey(block.markdown), old: block.origin.map(keyOf), relation: relation(block), note: block.note })),
    ...prior.blocks
      .filter((block) => !continued.has(block.id))
      .map((block): GoldLine => ({ old: keyOf(block.id), relation: 'dropped', note: drops.has(block.id) ? 'dropped' : 'label-only bullet left without its sub-items' })),
  ];
  return { name, priorText: renderStatementText(prior.statement), draftText: renderStatementText(draft), lines, operations };
}

/** Each block's KEY, compared loosely on its first 50 characters as the evaluation matches it, begins exactly one block. */
function keysAreUnambiguous(blocks: ReadonlyArray<{ markdown: string }>): boolean {
  const loose = blocks.map((block) => looseKey(plainText(block.markdown)));
  return loose.every((text) => {
    const wanted = looseKey(text.slice(0, 60)).slice(0, 50);
    return loose.filter((other) => other.startsWith(wanted)).length === 1;
  });
}
