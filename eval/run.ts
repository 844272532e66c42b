/**
 * `npm run eval`: the judgement on every labelled pair, through the engine's
 * front door. For each pair the figures of the shipped model (in-sample: it
 * was trained on the pair) and of a model trained without that pair
 * (held-out: what to expect of a draft never seen), then the confusion
 * tables and one line per wrong block or fate of the held-out run.
 */
import { LINK_MODEL, type LinkModel } from '../engine/index';
import { fateLabels, firmnessShiftDrafts } from './firmnessShifts';
import { developmentSet, modelWithout, restyledDrafts } from './developmentSet';
import { foldedParagraphs } from './foldedParagraphs';
import { judgeFateShifts, judgeFold, judgePair, judgeWithEveryPrior } from './judge';
import type { LabelledPair } from './labelledPairs';
import { addConfusion, addCounts, f1, newBlockCounts, precision, recall, scoreFates, scorePair, type Confusion, type Counts, type PairScore } from './scorePair';
import { linkExamples, type LinkExample } from './trainLinkModel';

const fmt = (x: number | null): string => (x === null ? '   — ' : x.toFixed(3).padStart(5));

function line(label: string, s: PairScore): string {
  const fates = s.commitments
    ? `commitments found ${fmt(s.commitments.found / s.commitments.labelled)} (${s.commitments.found}/${s.commitments.labelled}, ${s.commitments.extra} extra)  fates right ${fmt(s.commitments.fateRight / Math.max(1, s.commitments.found))} (${s.commitments.fateRight}/${s.commitments.found})`
    : '';
  return `  ${label.padEnd(9)} link F1 ${fmt(f1(s.links))} (P ${fmt(precision(s.links))} R ${fmt(recall(s.links))})  status accuracy ${fmt(s.status.right / s.status.total)}  dropped F1 ${fmt(f1(s.dropped))} (${s.dropped.tp} right, ${s.dropped.fp} false, ${s.dropped.fn} missed)  ${fates}`;
}

function table(title: string, confusion: Confusion): string[] {
  const predicted = [...new Set(Object.values(confusion).flatMap((row) => Object.keys(row)))].sort();
  return [
    `    ${title}: gold \\ predicted  ${predicted.map((p) => p.padStart(13)).join('')}`,
    ...Object.entries(confusion).map(([gold, row]) => `    ${gold.padStart(30)}  ${predicted.map((p) => String(row[p] ?? 0).padStart(13)).join('')}`),
  ];
}

/** Judged with `model`, the pairs added up into one score. */
function scoreAll(name: string, pairs: readonly LabelledPair[], model: LinkModel): PairScore {
  const zero: Counts = { tp: 0, fp: 0, fn: 0 };
  const total: PairScore = { name, links: zero, status: { right: 0, total: 0, confusion: {} }, dropped: zero, mistakes: [] };
  for (const pair of pairs) {
    const { alignment } = judgePair(pair, model);
    const s = scorePair(pair, alignment);
    total.links = addCounts(total.links, s.links);
    total.dropped = addCounts(total.dropped, s.dropped);
    total.status.right += s.status.right;
    total.status.total += s.status.total;
    addConfusion(total.status.confusion, s.status.confusion);
    total.mistakes.push(...s.mistakes);
  }
  return total;
}

const set = developmentSet();
const { labelled, generated, unseen } = set;
const examples = new Map<LabelledPair, LinkExample[]>([...labelled, ...generated].map((pair) => [pair, linkExamples(pair)]));
const heldOutModels = new Map(labelled.map((pair) => [pair, modelWithout(set, pair, (p) => examples.get(p)!)]));

console.log(
  `Judgement on ${labelled.length} labelled pairs (held-out: the model trained without that pair) and ${unseen.length} generated pairs the model never saw (${generated.length} more were trained on)`,
);
const heldOutMistakes: string[] = [];
for (const pair of labelled) {
  const inSample = judgePair(pair, LINK_MODEL);
  const heldOut = judgePair(pair, heldOutModels.get(pair)!);
  const held = scorePair(pair, heldOut.alignment, heldOut.fates);
  console.log(pair.name);
  console.log(line('in-sample', scorePair(pair, inSample.alignment, inSample.fates)));
  console.log(line('held-out', held));
  for (const row of table('status', held.status.confusion)) console.log(row);
  if (held.commitments) for (const row of table('fates', held.commitments.confusion)) console.log(row);
  heldOutMistakes.push(...held.mistakes);
}

for (const pair of set.neverTrained) {
  console.log(`${pair.name} (never trained on; the shipped model)`);
  const judged = judgePair(pair, LINK_MODEL);
  const unseenScore = scorePair(pair, judged.alignment, judged.fates);
  console.log(line('unseen', unseenScore));
  for (const row of table('status', unseenScore.status.confusion)) console.log(row);
  if (unseenScore.commitments) for (const row of table('fates', unseenScore.commitments.confusion)) console.log(row);
  heldOutMistakes.push(...unseenScore.mistakes);
}

for (const { pair, basedOn } of restyledDrafts(set)) {
  const heldOutModel = heldOutModels.get(basedOn);
  console.log(`${pair.name} (no labels, numbered paragraphs, no section headings; ${heldOutModel ? 'held-out: the model trained without that draft' : 'never trained on; the shipped model'})`);
  const judged = judgePair(pair, heldOutModel ?? LINK_MODEL);
  const restyledScore = scorePair(pair, judged.alignment, judged.fates);
  console.log(line(heldOutModel ? 'held-out' : 'unseen', restyledScore));
  heldOutMistakes.push(...restyledScore.mistakes);
}

// The held-back draft in another style also moves sentences between paragraphs. Moving a sentence changes no fate and no
// drop, but a paragraph may now rightly continue the block its new sentence came from (and be carried from it), which
// the unmoved draft's labels cannot say: only drops, fates and the labelled links still found are scored.
for (const { pair, basedOn } of restyledDrafts(set, { moveSentences: true })) {
  const heldOutModel = heldOutModels.get(basedOn);
  const judged = judgePair(pair, heldOutModel ?? LINK_MODEL);
  const s = scorePair(pair, judged.alignment, judged.fates);
  const fates = s.commitments ? `  commitments found ${fmt(s.commitments.found / s.commitments.labelled)}  fates right ${fmt(s.commitments.fateRight / Math.max(1, s.commitments.found))} (${s.commitments.fateRight}/${s.commitments.found})` : '';
  console.log(`${pair.name} (${heldOutModel ? 'held-out' : 'never trained on'})`);
  console.log(`  ${(heldOutModel ? 'held-out' : 'unseen').padEnd(9)} labelled links still found ${fmt(recall(s.links))}  dropped F1 ${fmt(f1(s.dropped))} (${s.dropped.tp} right, ${s.dropped.fp} false, ${s.dropped.fn} missed)${fates}`);
  heldOutMistakes.push(...s.mistakes.filter((mistake) => !/ taken for (?:carried|revised|new): #/u.test(mistake)));
}

// The held-back drafts are scored through align --json, which may be given every earlier statement as well.
for (const { pair, basedOn } of [...[...set.labelled, ...set.neverTrained].filter((p) => p.name.includes('draft 2027')).map((p) => ({ pair: p, basedOn: p })), ...restyledDrafts(set)]) {
  const heldOutModel = heldOutModels.get(basedOn);
  const judged = judgeWithEveryPrior(pair, heldOutModel);
  const s = scorePair(pair, judged.alignment, judged.fates);
  console.log(`${pair.name}, with the 2022, 2024 and 2025 statements as priors too (${heldOutModel ? 'held-out' : 'never trained on'}; links to and drops of 2026 scored)`);
  console.log(line(heldOutModel ? 'held-out' : 'unseen', s));
  // Only what the older priors changed (scores aside): the rest is listed above.
  const unscored = (mistake: string) => mistake.replace(/ \(\d\.\d+\)/gu, '');
  const listed = new Set(heldOutMistakes.map(unscored));
  heldOutMistakes.push(...s.mistakes.filter((mistake) => !listed.has(unscored(mistake))).map((mistake) => `${mistake} (with every earlier statement as a prior)`));
}

const generatedScore = scoreAll('generated pairs', unseen, LINK_MODEL);
console.log(`generated pairs never trained on (${unseen.length}), with the shipped model`);
console.log(line('held-out', generatedScore));
console.log(`  held-out  new blocks F1 ${fmt(f1(newBlockCounts(generatedScore)))} (${JSON.stringify(newBlockCounts(generatedScore))})  dropped F1 ${fmt(f1(generatedScore.dropped))} (${JSON.stringify(generatedScore.dropped)})`);
heldOutMistakes.push(...generatedScore.mistakes);

const folds = foldedParagraphs();
const foldScore = { continued: 0, bySentence: 0, takenOutDropped: 0 };
for (const fold of folds) {
  const { keptBy, takenOutDropped } = judgeFold(fold);
  if (keptBy) foldScore.continued++;
  else heldOutMistakes.push(`folded paragraphs: "${fold.folded.text.slice(0, 60)}" folded into the next block, reported dropped (${fold.statement})`);
  if (keptBy?.evidence.joinedBy === 'sentence') foldScore.bySentence++;
  if (takenOutDropped) foldScore.takenOutDropped++;
  else heldOutMistakes.push(`folded paragraphs: "${fold.folded.text.slice(0, 60)}" taken out, not reported dropped (${fold.statement})`);
}
console.log(`folded paragraphs: ${folds.length} blocks of the corpus statements, each folded into the next by its first sentence reworded, and each taken out alone (eval/foldedParagraphs.ts)`);
console.log(`  folded: continued ${foldScore.continued}/${folds.length} (${foldScore.bySentence} by the sentence alone)  taken out: dropped ${foldScore.takenOutDropped}/${folds.length}`);

const shifts = firmnessShiftDrafts();
const shiftScore = { labelled: 0, found: 0, fateRight: 0, confusion: {} as Confusion };
for (const draft of shifts) {
  const s = scoreFates(fateLabels(draft), judgeFateShifts(draft), heldOutMistakes);
  shiftScore.labelled += s.labelled;
  shiftScore.found += s.found;
  shiftScore.fateRight += s.fateRight;
  addConfusion(shiftScore.confusion, s.confusion);
}
console.log(`firmness shifts: ${shifts.length} drafts of the corpus statements, every commitment kept, moved within its tier, weakened, strengthened, reported done or taken out (eval/firmnessShifts.ts)`);
console.log(`  fates right ${fmt(shiftScore.fateRight / Math.max(1, shiftScore.found))} (${shiftScore.fateRight}/${shiftScore.found}, ${shiftScore.labelled} cases)`);
for (const row of table('fates', shiftScore.confusion)) console.log(row);

console.log('\nWrong blocks and fates, held out:');
for (const mistake of heldOutMistakes) console.log(`  ${mistake}`);
