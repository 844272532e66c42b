/**
 * The measures of the judgement issue for one labelled pair: links
 * (precision, recall, F1), statuses (accuracy and confusion), drops
 * (precision, recall, F1), commitments (found, extra) and their fates
 * (accuracy and confusion), and one line per wrong block or fate.
 */
import { agreedLanguage, type Block, type CommitmentFate, type DraftAlignment } from '../engine/index';
import { sameSentence, type LabelledPair } from './labelledPairs';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export type Confusion = Record<string, Record<string, number>>;

export interface PairScore {
  name: string;
  links: Counts;
  status: { right: number; total: number; confusion: Confusion };
  dropped: Counts;
  commitments?: { labelled: number; found: number; extra: number; fateRight: number; confusion: Confusion };
  mistakes: string[];
}

export const precision = ({ tp, fp }: Counts): number => (tp + fp === 0 ? 1 : tp / (tp + fp));
export const recall = ({ tp, fn }: Counts): number => (tp + fn === 0 ? 1 : tp / (tp + fn));
/** F1, or null where there was nothing to find and nothing was found. */
export function f1(counts: Counts): number | null {
  if (counts.tp + counts.fp + counts.fn === 0) return null;
  const p = precision(counts);
  const r = recall(counts);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

function count(confusion: Confusion, gold: string, predicted: string, times = 1): void {
  confusion[gold] ??= {};
  confusion[gold][predicted] = (confusion[gold][predicted] ?? 0) + times;
}

/** Adds one confusion table into another (pairs scored apart, shown together). */
export function addConfusion(into: Confusion, from: Confusion): void {
  for (const [gold, row] of Object.entries(from)) for (const [predicted, n] of Object.entries(row)) count(into, gold, predicted, n);
}

const short = (block: Block | undefined): string => (block ? `#${block.index} "${block.text.slice(0, 48)}"` : '?');

export function scorePair(pair: LabelledPair, alignment: DraftAlignment, fates?: readonly CommitmentFate[]): PairScore {
  const priorBlock = new Map(pair.prior.blocks.map((b) => [b.index, b]));
  const draftBlock = new Map(pair.draft.blocks.map((b) => [b.index, b]));
  const byDraft = new Map(alignment.alignments.map((a) => [a.block, a]));
  const links: Counts = { tp: 0, fp: 0, fn: 0 };
  const status = { right: 0, total: 0, confusion: {} as Confusion };
  const mistakes: string[] = [];
  for (const label of pair.links) {
    const predicted = byDraft.get(label.draft);
    const chosen = new Set(predicted?.matches.map((m) => m.block) ?? []);
    const wanted = new Set(label.priors);
    const tp = [...chosen].filter((b) => wanted.has(b)).length;
    const receiver = label.carriedOffTo === undefined ? undefined : byDraft.get(label.carriedOffTo);
    const carriedOff = [...wanted].filter((b) => !chosen.has(b) && receiver?.matches.some((m) => m.block === b)).length;
    links.tp += tp + carriedOff;
    links.fp += chosen.size - tp;
    links.fn += wanted.size - tp - carriedOff;
    const got = predicted?.status ?? 'missing';
    status.total++;
    count(status.confusion, label.relation, got);
    if (got === label.relation) status.right++;
    if (got !== label.relation || tp !== chosen.size || tp !== wanted.size) {
      const scores = predicted?.matches.map((m) => `${m.block} (${m.score.toFixed(3)})`).join(', ') || 'none';
      mistakes.push(
        `${pair.name}: ${label.relation} taken for ${got}: ${short(draftBlock.get(label.draft))}; gold ${label.priors.join(', ') || 'none'}; predicted ${scores}`,
      );
    }
  }

  // Judged as the JSON contract reports drops (droppedAgreedLanguage): every block of agreed language no draft block
  // continues, whether the labels speak of it or not; a date line, which the labels leave out, is not agreed language.
  const agreed = agreedLanguage(pair.prior.blocks);
  const goldDropped = new Set(pair.dropped);
  const predictedDropped = new Set(alignment.dropped.map((d) => d.block).filter((b) => agreed.has(b)));
  const dropped: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const block of predictedDropped) {
    if (goldDropped.has(block)) dropped.tp++;
    else {
      dropped.fp++;
      mistakes.push(`${pair.name}: continued block reported dropped: ${short(priorBlock.get(block))}`);
    }
  }
  for (const block of goldDropped) {
    if (predictedDropped.has(block)) continue;
    dropped.fn++;
    const by = alignment.alignments.filter((a) => a.matches.some((m) => m.block === block)).map((a) => `#${a.block}`);
    mistakes.push(`${pair.name}: dropped block taken for continued (by ${by.join(', ')}): ${short(priorBlock.get(block))}`);
  }

  return { name: pair.name, links, status, dropped, commitments: fates && pair.commitments ? scoreFates(pair, fates, mistakes) : undefined, mistakes };
}

export function scoreFates(pair: Pick<LabelledPair, 'name' | 'commitments'>, fates: readonly CommitmentFate[], mistakes: string[]): NonNullable<PairScore['commitments']> {
  const labels = pair.commitments!;
  const confusion: Confusion = {};
  let found = 0;
  let fateRight = 0;
  for (const label of labels) {
    const fate = fates.find((f) => sameSentence(f.sentence, label.sentence));
    if (!fate) {
      count(confusion, label.fate, 'not found');
      mistakes.push(`${pair.name}: commitment not found: "${label.sentence}" (${label.marker})`);
      continue;
    }
    found++;
    count(confusion, label.fate, fate.fate);
    if (fate.fate === label.fate) fateRight++;
    else mistakes.push(`${pair.name}: ${label.fate} taken for ${fate.fate}: "${label.sentence}" (${fate.marker}) -> ${fate.draftSentence?.slice(0, 60) ?? 'none'}`);
  }
  const extra = fates.filter((f) => !labels.some((label) => sameSentence(f.sentence, label.sentence)));
  for (const fate of extra) mistakes.push(`${pair.name}: not a labelled commitment: "${fate.sentence.slice(0, 70)}" (${fate.marker})`);
  return { labelled: labels.length, found, extra: extra.length, fateRight, confusion };
}

/** New blocks found, read off the status confusion: draft blocks labelled new and judged new. */
export function newBlockCounts(s: PairScore): Counts {
  const row = (gold: string) => s.status.confusion[gold] ?? {};
  const tp = row('new').new ?? 0;
  const fn = Object.entries(row('new')).reduce((sum, [p, n]) => sum + (p === 'new' ? 0 : n), 0);
  const fp = Object.entries(s.status.confusion).reduce((sum, [gold, r]) => sum + (gold === 'new' ? 0 : r.new ?? 0), 0);
  return { tp, fp, fn };
}
