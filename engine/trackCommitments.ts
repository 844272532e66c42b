/**
 * The fate in a draft of every commitment of the prior statements: restated,
 * progressed (now reported as done or under way), strengthened (tentative to
 * firm), weakened (firm to tentative) or dropped. The fate is read in the
 * draft sentences that continue the commitment: any the alignment links to
 * its sentence (when it gives sentence links), whatever words they share;
 * sentences of the draft blocks aligned with its block that share enough
 * with what it commits to; and sentences anywhere in the draft that clearly
 * continue it, so that a paragraph the alignment left unlinked does not
 * drop its commitments. A sentence another commitment of the same statement
 * claims more strongly is left to it. Among them, the clause about the
 * commitment decides.
 */
import { RetrievalIndex } from './RetrievalIndex';
import { NOT_THE_MARKER, findCommitments, findMarker, findRestatementMarkers, firmnessAsReported, isReportedThroughout, markerAction, markerCore, type Commitment, type Firmness, type MarkerMatch } from './findCommitments';
import { commitmentClause, readDraftClauses, type Clause } from './readClauses';
import { FATE_ALIGNED_SCORE, FATE_ELSEWHERE_SCORE, FATE_ELSEWHERE_SHARE, FATE_MIN_SHARED, FATE_OTHER_SENTENCE_SCORE, FATE_PROGRESS_OVER_RESTATEMENT, SETTING_WEIGHT } from './thresholds';
import { boundedMemo } from './boundedMemo';
import { diceShare, indexTerms, wordStems } from './words';
import { scheduledEvents, scheduledOrdinals } from './ordinals';
import { timelessLikeness } from './timelessLikeness';
import { listLeadReadings } from './listLeads';
import { furtherActionsOf, speaksOf, type FurtherAction } from './furtherActions';
import { LABEL } from './namedThings';
import type { DraftAlignment } from './alignDraft';
import type { Block } from './types';

export type Fate = 'restated' | 'progressed' | 'strengthened' | 'weakened' | 'dropped';

export interface CommitmentFate extends Commitment {
  /** The prior statement's position in the list given. */
  prior: number;
  fate: Fate;
  /** The draft block that continues it, or null when dropped. */
  draftBlock: number | null;
  /** The draft sentence that shows the fate, or null when dropped. */
  draftSentence: string | null;
  /** The marker or report of progress in the draft sentence that decided the fate, in its own words. */
  draftMarker?: string;
  /** The draft sentences read as continuing the commitment: the one that shows the fate first, then the most similar (three at most). */
  evidence: string[];
  /**
   * Restated in a marker of the same firmness but other words ("will
   * enhance" → "intend to enhance"): not a fate, but a drafter clearing the
   * text wants to see it.
   */
  markerChanged?: boolean;
  /** Why, in a reader's words: "weakened: will enhance → would consider", "dropped: no draft sentence continues it". */
  reason: string;
}

export interface TrackOptions {
  /** The priors' commitments, when the caller keeps them between drafts (a live session does): by prior. */
  priorCommitments?: ReadonlyArray<readonly Commitment[]>;
}




/**
 * A sentence the alignment links to the commitment's sentence is evidence
 * whatever its word overlap; to read its fate it competes with the aligned
 * blocks' other sentences at this score at least.
 */
const LINKED_SENTENCE_SCORE = FATE_ALIGNED_SCORE;

/** How many continuing sentences a fate shows: enough to check it, few enough to send with every analysis. */
const EVIDENCE_SHOWN = 3;

interface DraftSentence {
  block: number;
  /** The sentence's position in its block. */
  at: number;
  text: string;
  /** The sentence as the rules read it: a bullet's first sentence finished by its lead-in's (listLeads.ts), else the text. */
  read: string;
}

interface Candidate {
  sentence: DraftSentence;
  entry: number;
  score: number;
  /** Its score in the search alone, before a sentence link raised it. */
  searchScore: number;
  /** Neither linked to the commitment's sentence nor in a block aligned with its block. */
  elsewhere: boolean;
  /** Linked by the alignment to the commitment's own sentence. */
  linked: boolean;
  clause: Clause;
  /** What the clause shares with the commitment's clause: its stems, weighted as weightedStems does. */
  shared: number;
  /** Whether the clause holds a word of what the commitment commits to (its head), not only of its setting. */
  speaksOfHead: boolean;
  /** Whether it holds a word of the head's core (clauseStems.core), or the core has none to hold. */
  speaksOfCore: boolean;
  /** The clause reports one of the commitment's further actions done (furtherActions.ts). */
  reportsFurtherAction: boolean;
}

/**
 * Per-sentence links an alignment may carry on each block alignment: the
 * draft sentence (index within the draft block) continuing a prior sentence
 * (index within the prior block). Read when present; the prior statement is
 * the block's main precedent's unless the link names it.
 */
interface SentenceLink {
  draft: number;
  prior: number;
  priorBlock: number;
  priorStatement?: number;
  score: number;
}

export function trackCommitments(
  priors: ReadonlyArray<{ blocks: readonly Block[] }>,
  draft: { blocks: readonly Block[] },
  alignment: DraftAlignment,
  options: TrackOptions = {},
): CommitmentFate[] {
  const sentences: DraftSentence[] = [];
  const index = new RetrievalIndex();
  /** Each draft sentence's entry, by its block and position (block * 2^20 + position: no string built per sentence; a block of a million sentences is none a drafter writes). */
  const entryOf = new Map<number, number>();
  const leads = listLeadReadings(draft.blocks);
  for (const block of draft.blocks) {
    if (block.kind === 'heading') continue;
    block.sentences.forEach((sentence, at) => {
      const entry = index.add(sentence.text);
      if (at < 0x100000) entryOf.set(block.index * 0x100000 + at, entry);
      sentences.push({ block: block.index, at, text: sentence.text, read: (at === 0 && leads.get(block.index)) || sentence.text });
    });
  }
  index.seal();
  const rarity = rarityOf(sentences);
  const reported = isReportedThroughout(sentences.map((sentence) => sentence.text));

  const priorBlocks = priors.map((prior) => new Map(prior.blocks.map((block) => [block.index, block])));
  const continuing = new Map<string, Set<number>>();
  const linkedSentences = new Map<string, Set<number>>();
  /**
   * Each draft sentence's closest sentence in each prior statement (by entry * priors + statement), as the alignment linked them.
   * Only the commitment's own statement counts: a draft sentence closest to last year's wording of a meeting or a
   * commitment may still restate or report this year's.
   */
  const continues = new Map<number, { key: string; score: number; block: number; at: number }>();
  const closestOf = (entry: number, statement: number) => entry * priors.length + statement;
  for (const aligned of alignment.alignments) {
    for (const match of aligned.matches) {
      // A block merged in by one of its sentences is continued by that sentence alone (a sentence link below), not by the whole draft block.
      if (match.evidence?.joinedBy === 'sentence') continue;
      const key = `${match.prior}:${match.block}`;
      if (!continuing.has(key)) continuing.set(key, new Set());
      continuing.get(key)!.add(aligned.block);
    }
    const links = (aligned as { sentenceLinks?: readonly SentenceLink[] }).sentenceLinks ?? [];
    const main = aligned.matches[0]?.prior ?? 0;
    for (const link of links) {
      const entry = link.draft < 0x100000 ? entryOf.get(aligned.block * 0x100000 + link.draft) : undefined;
      if (entry === undefined) continue;
      const key = `${link.priorStatement ?? main}:${link.priorBlock}:${link.prior}`;
      if (!linkedSentences.has(key)) linkedSentences.set(key, new Set());
      linkedSentences.get(key)!.add(entry);
      const closest = closestOf(entry, link.priorStatement ?? main);
      // Set apart from the calendar: the next Cyber Dialogue reported continues the report of the last one, not a commitment beside it.
      const priorText = priorBlocks[link.priorStatement ?? main]?.get(link.priorBlock)?.sentences[link.prior]?.text;
      const score = priorText === undefined ? link.score : Math.max(link.score, timelessLikeness(sentences[entry].text, priorText));
      if (score > (continues.get(closest)?.score ?? 0)) continues.set(closest, { key, score, block: link.priorBlock, at: link.prior });
    }
  }

  const fates: CommitmentFate[] = [];
  priors.forEach((prior, p) => {
    const blocks = priorBlocks[p];
    const read = (options.priorCommitments?.[p] ?? findCommitments(prior.blocks)).map((commitment) => {
      const priorAt = blocks.get(commitment.block)?.sentences.findIndex((s) => s.start === commitment.start) ?? -1;
      const candidates = findEvidence(commitment, {
        index,
        sentences,
        aligned: continuing.get(`${p}:${commitment.block}`) ?? new Set<number>(),
        linked: linkedSentences.get(`${p}:${commitment.block}:${priorAt}`) ?? new Set<number>(),
        continuesOther: (entry) => {
          const other = continues.get(closestOf(entry, p));
          if (other === undefined || other.score < FATE_OTHER_SENTENCE_SCORE || other.key === `${p}:${commitment.block}:${priorAt}`) return null;
          return blocks.get(other.block)?.sentences[other.at]?.text ?? null;
        },
        rarity,
      });
      return { commitment, candidates };
    });
    const claimedBy = claimsByOwnWords(strongestClaims(read.map((r) => r.candidates)), read);
    // A sentence another commitment claims carries this one too only if the alignment links it to this one's sentence or it holds words of its own.
    // Read once a pair of commitments: every keystroke of a long draft asks it of many sentences.
    const ownAgainstOf = new Map<number, readonly string[]>();
    const ownAgainst = (c: number, claimer: number): readonly string[] => {
      const key = c * read.length + claimer;
      let words = ownAgainstOf.get(key);
      if (!words) ownAgainstOf.set(key, (words = wordsOfItsOwn(read[c].commitment, read[claimer].commitment)));
      return words;
    };
    const saysMore = (candidate: Candidate, c: number) => {
      const claimer = claimedBy.get(candidate.entry);
      if (claimer === undefined || claimer.at === c || candidate.linked) return true;
      const said = stemsOf(candidate.sentence.text);
      return ownAgainst(c, claimer.at).filter((stem) => said.includes(stem)).length >= OWN_WORDS_HELD;
    };
    read.forEach(({ commitment, candidates }, c) => {
      fates.push({ ...commitment, prior: p, ...readFate(commitment, ownEvidence(candidates, c, claimedBy, (candidate) => saysMore(candidate, c)), reported) });
    });
  });
  return fates;
}

/**
 * A commitment's candidates without those another commitment of the same
 * prior claims more strongly, as long as what is left still shows a fate.
 * "Both sides welcomed the extension of the scope of the Administrative
 * Arrangement, which has made the Early Warning Mechanism operational"
 * reports the commitment to operationalise the mechanism done; it shares
 * words with the one beside it, "continuing the information exchange on
 * supply chain resilience, including the effective use of the Early
 * Warning Mechanism", which the draft restates in a sentence of its own and
 * which was read as progressed. Left with nothing that commits or reports,
 * a commitment keeps those of the blocks aligned with its own (one merged
 * sentence may carry two), but not another's from elsewhere in the draft:
 * "reaffirmed their commitment to operationalising DFFT" restated the
 * commitment to support the Arctic route, which the draft drops. A claimed
 * sentence that commits to this one too and is closer to it than any of its
 * own is kept beside them: drafts 2027bb and 2027bc merged "committing to
 * further advance ... trustworthy AI" into the Hiroshima AI Process
 * sentence, and the AI Summit report left beside it was read as progress.
 */
function ownEvidence(
  candidates: readonly Candidate[],
  at: number,
  claimedBy: ReadonlyMap<number, { at: number }>,
  carriesItToo: (candidate: Candidate) => boolean,
): readonly Candidate[] {
  const isOwn = (candidate: Candidate) => (claimedBy.get(candidate.entry)?.at ?? at) === at;
  const own = candidates.filter(isOwn);
  const carried = (candidate: Candidate) => !candidate.elsewhere && carriesItToo(candidate);
  if (own.length < candidates.length && own.some((candidate) => candidate.clause.kind !== 'statement')) {
    // A sentence that commits to both, closer to this one than anything of its own, merged the two: it restates this one too.
    // A report the other claims stays the other's: it tells one event, the other's.
    const closest = own[0].score;
    return candidates.filter((candidate) => isOwn(candidate) || (candidate.score > closest && candidate.clause.kind === 'commitment' && carried(candidate)));
  }
  return candidates.filter((candidate) => isOwn(candidate) || carried(candidate));
}

/**
 * Words of its own a claimed sentence must hold to carry a commitment too.
 * Chosen on 2024 -> 2025 (1 keeps its 20/24; 2 or 3 give 17/24), checked
 * on 2025 -> 2026 (30/37 either way). One word shared by chance ("sectors")
 * is enough to keep it, so a neighbour may still keep a dropped commitment.
 */
const OWN_WORDS_HELD = 1;

/** A marker in the passive, whose subject (what is committed to) stands before it. */
const PASSIVE_MARKER = /\b(?:is|are|will|shall|would)\s+(?:to\s+)?be\b/iu;

/** Fewest words of what it commits to, besides its marker, that a commitment's clause holds before the clause is read to the sentence's end. */
const OWN_WORDS_MIN = 3;

/** A commitment's marker and its clause (setting and head); a sentence without one is all head. */
function clauseOf(commitment: Commitment): { marker: MarkerMatch | null; setting: string; head: string } {
  const marker = findMarker(commitment.sentence);
  return marker ? { marker, ...commitmentClause(commitment.sentence, marker) } : { marker: null, setting: '', head: commitment.sentence };
}

/**
 * The words of what a commitment commits to: its clause (what a passive
 * marker governs stands before it: "further collaborative research ... is to
 * be considered"), or, when a second marker cuts that short ("reconfirmed their commitment to advancing
 * the | work towards tangible interoperability ..."), the sentence from its
 * marker on.
 */
function ownWords(commitment: Commitment): Set<string> {
  const { marker, ...clause } = clauseOf(commitment);
  if (!marker) return wordStems(commitment.sentence);
  const head = wordStems(PASSIVE_MARKER.test(marker.marker) ? `${clause.setting} ${clause.head}` : clause.head);
  const markerStems = wordStems(marker.marker);
  const beyond = [...head].filter((stem) => !markerStems.has(stem)).length;
  return beyond >= OWN_WORDS_MIN ? head : wordStems(commitment.sentence.slice(marker.index));
}

/**
 * The words of this commitment that the other's sentence lacks. A draft
 * sentence the other claims carries this one too only if it holds one: a
 * sentence that merged the two carries both ("continued the implementation
 * of the MoC and reaffirmed their commitment to the MoC, aiming at ...
 * verifiable credentials"), one that restates only its neighbour shares no
 * more than their common words ("commit to continuing the information
 * exchange on supply chain resilience" beside "the intention to address
 * challenges posed by non-market policies ... as well as supply chain
 * dependencies", which the draft drops: six labellers read it so).
 */
function wordsOfItsOwn(commitment: Commitment, claimer: Commitment): string[] {
  const others = wordStems(claimer.sentence);
  return [...ownWords(commitment)].filter((stem) => !others.has(stem));
}

/** By draft sentence: the commitment (its position) whose search scores it highest; ties stay with the first. */
function strongestClaims(candidatesOf: ReadonlyArray<readonly Candidate[]>): Map<number, { at: number; score: number }> {
  const best = new Map<number, { at: number; score: number }>();
  candidatesOf.forEach((candidates, at) => {
    for (const { entry, searchScore } of candidates) {
      const held = best.get(entry);
      if (!held || searchScore > held.score) best.set(entry, { at, score: searchScore });
    }
  });
  return best;
}

/**
 * The claims, each sentence given instead to another commitment when it
 * holds none of its claimer's own words (those of the claimer's sentence
 * that the other's lacks) and at least CLAIM_OWN_WORDS of the other's: of
 * two commitments of one paragraph, the one whose sentence is shorter wins
 * the search for the words they share. "Both sides will launch a follow-up
 * joint call for further research on future communication networks
 * including 6G" was claimed by "will enhance their collaboration on the
 * international standardisation of future communication networks including
 * 6G technology", not by "further collaborative research ... taking into
 * account the results of the joint research project", and read as the
 * standardisation commitment restated where labellers read it weakened in
 * a sentence of its own.
 */
function claimsByOwnWords(claims: Map<number, { at: number; score: number }>, read: ReadonlyArray<{ commitment: Commitment; candidates: readonly Candidate[] }>): Map<number, { at: number; score: number }> {
  const stems = read.map(({ commitment }) => wordStems(commitment.sentence));
  const heldOfItsOwn = (said: readonly string[], c: number, other: number) => said.filter((stem) => stems[c].has(stem) && !stems[other].has(stem)).length;
  const given = new Map(claims);
  const held = new Map<number, number>();
  read.forEach(({ candidates }, c) => {
    for (const candidate of candidates) {
      const claimer = claims.get(candidate.entry)?.at;
      if (claimer === undefined || claimer === c) continue;
      const said = [...new Set(stemsOf(candidate.sentence.text))];
      if (heldOfItsOwn(said, claimer, c) > 0) continue;
      const own = heldOfItsOwn(said, c, claimer);
      if (own >= CLAIM_OWN_WORDS && own > (held.get(candidate.entry) ?? 0)) {
        given.set(candidate.entry, { at: c, score: candidate.searchScore });
        held.set(candidate.entry, own);
      }
    }
  });
  return given;
}

/**
 * Own words a sentence must hold to be given to another commitment than its
 * claimer. Chosen on the written drafts registered before 2027bb (1: 5
 * lines of npm run eval up and 5 down, the quantum paragraph's "Letter of
 * Intent" read as "intention to explore quantum industry cooperation"; 2: 5
 * up, none down; 3: 2 up), checked on 2027bb-2027bq: 2 up, none down.
 */
const CLAIM_OWN_WORDS = 2;

interface EvidenceSources {
  index: RetrievalIndex;
  sentences: readonly DraftSentence[];
  /** Draft blocks aligned with the commitment's block. */
  aligned: ReadonlySet<number>;
  /** Entries of draft sentences the alignment links to the commitment's sentence. */
  linked: ReadonlySet<number>;
  /** The other sentence of the commitment's statement a draft sentence continues near-verbatim, or null. */
  continuesOther: (entry: number) => string | null;
  rarity: (stem: string) => number;
}

/**
 * The draft sentences that continue a commitment, most similar first, each
 * with the clause of it that speaks of the commitment. Similarity is the
 * TF-IDF cosine of the whole sentences (the sentence holds the topic: "In
 * order to foster fair and contestable digital markets, both sides will
 * ..."); the commitment's clause decides which clause of a draft sentence
 * is read, and whether the sentence is about the commitment at all.
 */
function findEvidence(commitment: Commitment, { index, sentences, aligned, linked, continuesOther, rarity }: EvidenceSources): Candidate[] {
  const clause = clauseOf(commitment);
  const searched = new Map(index.search(commitment.sentence, { limit: 40 }).map((hit) => [hit.entry, hit.score]));
  const scores = new Map(searched);
  for (const entry of linked) scores.set(entry, Math.max(scores.get(entry) ?? 0, LINKED_SENTENCE_SCORE));
  const clauseStems = weightedStems(clause, rarity);
  let clauseWeight = 0;
  for (const weight of clauseStems.all.values()) clauseWeight += weight;
  const ordinals = scheduledOrdinals(commitment.sentence);
  const events = scheduledEvents(commitment.sentence);
  const further = furtherActionsOfCommitment(commitment);
  // Clauses of a draft sentence that commit or report effort continued, holding a word of what the commitment commits to.
  const speaksOfIt = (clause: Clause) => weightHeld(clause.text, clauseStems.head) > 0;
  const committing = (clause: Clause) => (clause.kind === 'commitment' || clause.kind === 'continued') && speaksOfIt(clause);
  const continuing = (clause: Clause) => clause.kind === 'continued' && speaksOfIt(clause);
  const candidates: Candidate[] = [];
  for (const [entry, score] of scores) {
    const sentence = sentences[entry];
    // Below the aligned line only a linked sentence is read: a sentence elsewhere must clear it too.
    if (score < FATE_ALIGNED_SCORE && !linked.has(entry)) continue;
    // Convening the 6th meeting neither restates convening the 5th nor reports it held, however alike the two sentences.
    if (ordinals.length > 0 && namesOtherOccurrences(ordinals, sentence.read)) continue;
    // A sentence that holds the very occurrence the commitment convenes speaks of it in the clause that names it, whatever
    // else it recalls ("The fifth meeting ... took place in Tokyo, as decided at the fourth meeting in Brussels").
    const occurrence = sameOccurrence(events, sentence.read);
    const done = occurrence ? null : furtherActionDone(sentence.read, further, clauseStems);
    // A report of continued effort is restated by a clause that reports the effort continued, before a report beside it in the same
    // sentence ("have continued to work together for fair and contestable digital markets, through technical exchanges, held
    // regularly, on ..." for "continued their cooperation ... by holding regular technical exchanges", draft 2027bw).
    const tellsOfIt = commitment.report && readDraftClauses(sentence.read).some(continuing) ? continuing : (read: Clause) => !reportsEarlierUndertaking(commitment, read);
    let about = (occurrence && occurrenceClause(sentence.read, events, clauseStems)) || done || clauseAbout(sentence.read, clauseStems, tellsOfIt);
    // A sentence the prior already said beside the commitment, kept, neither reports it done nor restates it,
    // unless it merged the two and its clause about the commitment is closer to the commitment than to the other.
    // A clause that commits or continues while the other sentence did neither (read as the draft is) brings what only the commitment said
    // ("the Joint Working Group met again and will pursue its work on ..." for "welcomed the meetings of the Joint Working Group ...
    // where ... were discussed" and "concurred on continuing the work of the Working Group").
    const other = linked.has(entry) || occurrence ? null : continuesOther(entry);
    if (other !== null && !closerTo(about.clause.text, commitment.sentence, other) && !(about.clause.kind !== 'progress' && about.clause.kind !== 'statement' && findRestatementMarkers(other).length === 0)) {
      // Its clause that commits or continues, where the other sentence did neither, is the commitment's, though another clause
      // of it holds as much of the commitment ("welcomed the third meeting of the Joint Working Group ..., and agreed that the
      // Working Group will pursue its work" for "concurred on continuing the work of the Working Group", drafts 2027bd, 2027br).
      if (findRestatementMarkers(other).length > 0 || !readDraftClauses(sentence.read).some(committing)) continue;
      about = clauseAbout(sentence.read, clauseStems, committing);
    }
    const qualifies = linked.has(entry) || occurrence
      ? true
      : aligned.has(sentence.block)
        ? about.shared >= FATE_MIN_SHARED
        : score >= FATE_ELSEWHERE_SCORE || about.shared >= clauseWeight * FATE_ELSEWHERE_SHARE;
    if (qualifies) candidates.push({ sentence, entry, score, searchScore: searched.get(entry) ?? 0, elsewhere: !linked.has(entry) && !aligned.has(sentence.block), linked: linked.has(entry), ...about, speaksOfHead: weightHeld(about.clause.text, clauseStems.head) > 0, speaksOfCore: clauseStems.core.size === 0 || stemsOf(about.clause.text).some((stem) => clauseStems.core.has(stem)), reportsFurtherAction: done !== null });
  }
  return candidates.sort((a, b) => b.score - a.score || a.sentence.block - b.sentence.block || a.sentence.at - b.sentence.at);
}

/**
 * Whether more of a clause's stems stand in the first sentence than in the
 * second. Containment, not Dice: a clause is a part of the sentence it was
 * copied from, and Dice against that whole sentence grows smaller as the
 * clause does.
 */
function closerTo(clause: string, first: string, second: string): boolean {
  const stems = wordStems(clause);
  return heldShare(stems, wordStems(first)) > heldShare(stems, wordStems(second));
}

function heldShare(stems: ReadonlySet<string>, within: ReadonlySet<string>): number {
  let held = 0;
  for (const stem of stems) if (within.has(stem)) held++;
  return stems.size === 0 ? 0 : held / stems.size;
}

/**
 * Whether a sentence convenes or holds an occurrence of a recurring event the
 * commitment convenes ("decided to convene the 5th meeting of the Council",
 * "Tokyo hosted the fifth meeting of the Digital Partnership Council"): the
 * occurrence names the commitment wherever the sentence stands and however
 * few words it shares, as a named project does a block.
 */
function sameOccurrence(events: ReadonlyArray<{ ordinal: number; kind: string }>, sentence: string): boolean {
  return events.length > 0 && scheduledEvents(sentence).some((named) => events.some((event) => event.ordinal === named.ordinal && event.kind === named.kind));
}

/** Whether a sentence convenes or holds occurrences of a recurring event, and none of those the commitment does. */
function namesOtherOccurrences(ordinals: readonly number[], sentence: string): boolean {
  const named = scheduledOrdinals(sentence);
  return named.length > 0 && !named.some((n) => ordinals.includes(n));
}

/** Where a head's core ends: a comma, an illustration ("including the effective use of ...") or a purpose ("to promote ..."). */
const HEAD_CORE_END = /[,;:]|\b(?:including|such as|to)\s/u;

/**
 * Stems of a commitment's clause, weighted: in its head by their distance
 * from the marker (the verb and its object, "deepen cooperation in
 * multilateral fora", say what it is; the tail of a long clause, "including
 * the OECD Expert Community ... through the Institutional Arrangement",
 * says less), in its setting at SETTING_WEIGHT; each times its rarity.
 */
interface ClauseStems {
  /** Every stem of the clause, with its weight. */
  all: Map<string, number>;
  /** The stems of its head, with theirs. */
  head: Map<string, number>;
  /** The stems of its head's core: the action and its object, before an illustration, a purpose or a second clause. */
  core: Set<string>;
}

function weightedStems(clause: { marker: MarkerMatch | null; setting: string; head: string }, rarity: (stem: string) => number): ClauseStems {
  const head = new Map<string, number>();
  const marker = clause.marker && clause.head.startsWith(clause.marker.marker) ? clause.marker.marker : '';
  const core = wordStems(clause.head.slice(marker.length).split(HEAD_CORE_END)[0]);
  for (const stem of wordStems(marker)) core.delete(stem);
  stemsOf(clause.head).forEach((stem, at) => {
    if (!head.has(stem)) head.set(stem, rarity(stem) / (1 + at / 8));
  });
  const all = new Map(head);
  for (const stem of stemsOf(clause.setting)) if (!all.has(stem)) all.set(stem, rarity(stem) * SETTING_WEIGHT);
  return { all, head, core };
}


/**
 * How rare a stem is among the draft's sentences, 1 for a stem no sentence or
 * one sentence has, towards 0 for one every sentence has: "cooperation" and
 * "area" say little of what a commitment is about.
 */
function rarityOf(sentences: readonly DraftSentence[]): (stem: string) => number {
  const count = new Map<string, number>();
  for (const sentence of sentences) for (const stem of stemsOf(sentence.text)) count.set(stem, (count.get(stem) ?? 0) + 1);
  const most = Math.log(1 + sentences.length);
  return (stem) => Math.log(1 + sentences.length / Math.max(1, count.get(stem) ?? 0)) / most;
}

/**
 * Content-word stems of a text in order (index terms without their pairs),
 * each once. Every sentence of a draft is read against every commitment that
 * reaches it, at every analysis of a live draft, hence the memo.
 */
const stemsOf: (text: string) => readonly string[] = boundedMemo(
  (text) => [...new Set(indexTerms(text).filter((term) => !term.includes(' ')))],
  50_000,
);

/**
 * The clause of a draft sentence that shares most with the commitment's head
 * (the first on a tie), and what it shares with the whole clause: "Both
 * sides continued the implementation of the MoC ... and piloted the
 * interoperability of digital identity credentials ..." continues "continued
 * the implementation" in its first clause, though the second holds more of
 * the paragraph's words.
 */
/** The clause of a sentence that convenes or holds one of the commitment's occurrences, if one clause alone does. */
function occurrenceClause(sentence: string, events: ReadonlyArray<{ ordinal: number; kind: string }>, stems: ClauseStems): { clause: Clause; shared: number } | null {
  const naming = readDraftClauses(sentence).filter((clause) => sameOccurrence(events, clause.text));
  if (naming.length !== 1) return null;
  return { clause: naming[0], shared: weightHeld(naming[0].text, stems.all) };
}

/** The further actions a commitment names beside its marker's own (furtherActions.ts). */
function furtherActionsOfCommitment(commitment: Commitment): FurtherAction[] {
  const end = markerEnd(commitment);
  const action = actionOf(commitment);
  return end < 0 || !action ? [] : furtherActionsOf(commitment.sentence, end, action);
}

/** The clause of a sentence that reports one of the commitment's further actions done, if any: it is the commitment progressed. */
function furtherActionDone(sentence: string, further: readonly FurtherAction[], stems: ClauseStems): { clause: Clause; shared: number } | null {
  if (further.length === 0) return null;
  const done = readDraftClauses(sentence).find((clause) => clause.kind === 'progress' && further.some((action) => speaksOf(clause.text, action)));
  return done ? { clause: done, shared: weightHeld(done.text, stems.all) } : null;
}

/** The summed weights of the stems of a text that a weighting holds. */
function weightHeld(text: string, weights: ReadonlyMap<string, number>): number {
  let held = 0;
  for (const stem of stemsOf(text)) held += weights.get(stem) ?? 0;
  return held;
}

/** The clause of a sentence that speaks most of the commitment; among those `tellsOfIt` accepts, when it accepts any. */
function clauseAbout(sentence: string, stems: ClauseStems, tellsOfIt: (clause: Clause) => boolean): { clause: Clause; shared: number } {
  let best: { clause: Clause; head: number; shared: number } | null = null;
  // A topic label ("Future Networks and Standards: Both sides welcomed ..., and decided to launch a follow-up call on future
  // networks") names the topic of every clause: read as the first clause's own words, it drew the commitment to that clause.
  const label = LABEL.exec(sentence)?.[0].length ?? 0;
  const clauses = readDraftClauses(sentence);
  const telling = clauses.filter(tellsOfIt);
  for (const clause of telling.length > 0 ? telling : clauses) {
    const head = weightHeld(clause.start < label ? clause.text.slice(label - clause.start) : clause.text, stems.head);
    const shared = weightHeld(clause.text, stems.all);
    if (!best || head > best.head || (head === best.head && shared > best.shared)) best = { clause, head, shared };
  }
  return { clause: best!.clause, shared: best!.shared };
}

/**
 * Within one tier: exploring become doing is firmer, doing become exploring
 * weaker, and so is the same action put under consideration ("will enhance
 * their collaboration" -> "will consider enhancing their collaboration",
 * "intention to address challenges" -> "will consider how best to address
 * them"), whatever its verb.
 */
function actionShift(commitment: Commitment, draft: Clause, sentence: string): Fate {
  const following = sentence.slice(draft.phraseAt + draft.phrase.length);
  const end = markerEnd(commitment);
  const before = actionOfMarker(commitment.readAs ?? commitment.marker, end < 0 ? '' : commitment.sentence.slice(end));
  const after = actionOfMarker(draft.marker?.readAs ?? draft.phrase, following);
  if (before === 'exploratory' && after === 'concrete') return 'strengthened';
  if (before === 'exploratory' && after === null && doesIt(draft.marker?.readAs ?? draft.phrase, following)) return 'strengthened';
  if (before === 'concrete' && after === 'exploratory') return 'weakened';
  if (before !== 'exploratory' && after === 'exploratory' && consideredAction(commitment, following.replace(/^\s+(?:into|at)\b/iu, ''))) return 'weakened';
  return 'restated';
}

/**
 * Whether a marker's action looks into something or does it (markerAction),
 * read with what follows it: "look into" and "look at" look into something,
 * as "explore" does ("will also look into possibilities for collaboration");
 * "look for joint activities" seeks them.
 */
function actionOfMarker(marker: string, following: string): ReturnType<typeof markerAction> {
  if (/\blook$/iu.test(marker) && /^\s+(?:into|at)\b/iu.test(following)) return 'exploratory';
  const verb = governedVerb(marker, following);
  return verb ? markerAction(verb) : null;
}

/** The verb a marker governs: its last word, or past an adverb that ends it ("decided to jointly") the next word after it ("finance"). */
function governedVerb(marker: string, following: string): string | undefined {
  return [...marker.trim().split(/\s+/u).slice(-1), ...following.trim().split(/\s+/u)].find((word) => !NOT_THE_MARKER.has(word.toLowerCase()));
}

/** Verbs that keep a thing open rather than do it: continuing, seeking, talking, working at it. */
const KEEPS_IT_OPEN = /^(?:continu|keep|kept|remain|maintain|sustain|be$|been$|is$|are$|look|seek|sought|search|discuss|exchang|talk|reflect|think|consider|explor|work|cooperat|collaborat|engag|shar|stay|aim|hope|wish|try|tri|endeavo|striv|stud|examin|assess|envisag|reaffirm|confirm|recognis|recogniz|note|welcom)/iu;

/** Whether the verb a draft's marker governs does the thing, rather than keeps it open ("will hold a first forum", "decided to jointly finance a study"). */
function doesIt(marker: string, following: string): boolean {
  // The marker itself may keep it open ("will continue to", "Consideration of").
  if (marker.trim().split(/\s+/u).some((word) => KEEPS_IT_OPEN.test(word))) return false;
  const verb = governedVerb(marker, following);
  return verb !== undefined && /^\p{Ll}/u.test(verb) && !FUNCTION_WORD.test(verb) && !KEEPS_IT_OPEN.test(verb);
}

/** Words a marker may end on that are not its verb ("Consideration of", "the launch of"). */
const FUNCTION_WORD = /^(?:of|for|on|in|to|at|by|with|the|a|an|that|this|these|their|its|our|and|or)$/iu;

/** An indirect question after an exploring verb, past a parenthesis, to the end of its clause ("whether ... could be mutually recognised"). */
const INDIRECT_QUESTION = /^\s*(?:,[^,;.:]{1,80},\s*)?(?:whether|how|if)\b[^,;.:]*/iu;

/** Words after an exploring verb within which the action it looks into stands ("consider the possibility of extending"). */
const CONSIDERED_WITHIN = 6;

/**
 * Whether the commitment's own action, or what it acts on, is among the
 * first words after the draft's exploring verb ("committed to further
 * strengthening collaboration in quantum research" -> "would consider further
 * collaboration in quantum research").
 */
function consideredAction(commitment: Commitment, after: string): boolean {
  const action = actionWithObject(commitment);
  if (!action) return false;
  // An indirect question puts its whole clause under consideration, the action after its subject ("will consider whether
  // cybersecurity schemes for IoT products could be mutually recognised", drafts 2027x and 2027bp).
  const question = INDIRECT_QUESTION.exec(after)?.[0];
  const near = wordStems(question ?? after.trim().split(/\s+/u).slice(0, CONSIDERED_WITHIN).join(' '));
  return [...wordStems(action)].some((stem) => near.has(stem));
}

/**
 * Nouns that carry little of what they name ("cooperation on potential
 * mutual recognition of cybersecurity schemes" is about the mutual
 * recognition): the object a commitment acts on is read past them.
 */
const LIGHT_NOUNS = new Set(['cooperation', 'collaboration', 'work', 'efforts', 'discussions', 'talks', 'exchanges', 'engagement']);

/** The commitment's action and the first word of its object, or past a light noun what it is about: "strengthening collaboration", "advancing cooperation on potential mutual recognition". */
function actionWithObject(commitment: Commitment): string | null {
  const action = actionOf(commitment);
  if (!action) return null;
  const at = commitment.sentence.indexOf(action, Math.max(0, commitment.sentence.indexOf(commitment.marker)));
  const after = at < 0 ? [] : commitment.sentence.slice(at + action.length).split(/\s+/u);
  const first = after.findIndex((word) => wordStems(word).size > 0);
  if (first < 0) return action;
  const object = after[first];
  if (!LIGHT_NOUNS.has(object.toLowerCase())) return `${action} ${object}`;
  // What the light noun is about: its next content words ("on potential mutual recognition").
  const about = after.slice(first + 1).filter((word) => wordStems(word).size > 0).slice(0, LIGHT_NOUN_OBJECT_WORDS);
  return [action, object, ...about].join(' ');
}

/** Content words read past a light noun: an adjective or two and the noun they qualify. */
const LIGHT_NOUN_OBJECT_WORDS = 3;

/** Where a commitment's marker ends in its sentence, or -1 when the sentence does not hold it as written. */
function markerEnd(commitment: Commitment): number {
  const at = commitment.sentence.indexOf(commitment.marker);
  return at < 0 ? -1 : at + commitment.marker.length;
}

/** The verb a commitment's marker governs: its last word, or the first after it when that says how ("committed to further strengthening"). */
function actionOf(commitment: Commitment): string | null {
  const end = markerEnd(commitment);
  if (end < 0) return null;
  const words = (commitment.readAs ?? commitment.marker).split(/\s+/u);
  const following = commitment.sentence.slice(end).split(/\s+/u).filter(Boolean);
  return [words[words.length - 1], ...following].find((word) => !NOT_THE_MARKER.has(word.toLowerCase())) ?? null;
}

/**
 * Whether a clause reports on the undertaking a commitment to a further one
 * builds on: "welcomed the final results of the joint research project" does
 * not move forward "further collaborative research ... is to be considered,
 * taking into account the results of the project"; only a report of a new
 * one ("launched a follow-up call") is its progress. Labellers of 68 drafts
 * never read those results as its progress (55 strengthened, 10 dropped).
 */
function reportsEarlierUndertaking(commitment: Commitment, clause: Clause): boolean {
  return (clause.kind === 'progress' || clause.kind === 'continued') && FURTHER_UNDERTAKING.test(commitment.sentence) && !NEW_UNDERTAKING.test(clause.text);
}

/** A further undertaking committed to: research, a project, a call or a study beyond one done ("further collaborative research"). */
const FURTHER_UNDERTAKING = /\bfurther\s+(?:(?:joint|collaborative|common|bilateral)\s+)?(?:research|projects?|calls?|stud(?:y|ies))\b/iu;
/** What names an undertaking as new, beyond one done: "a follow-up call", "a second project", "its successor". */
const NEW_UNDERTAKING = /\b(?:follow-up|follow-on|successor|second|new|next|further|another|additional)\b/iu;

/** A marker negated: the sides commit not to do what it names ("will not", "won't", "shall not"). */
const NEGATED_MARKER = /\b(?:will|shall|would)\s+not\b|\bwon[’']t\b/iu;

/**
 * The fate shown by the continuing sentences. A report of progress about the
 * commitment (a clause reporting it done or under way, or, for a commitment
 * to act, reporting the effort continued) makes it progressed unless a
 * sentence restating it is much closer (or the commitment is itself a report
 * of continued effort, and a sentence continues it); otherwise the closest restating
 * sentence compares firmness: moving between tiers strengthens or weakens, a
 * report of continued effort continued again is the same commitment.
 * Sentences that only share its area keep nothing of it.
 */
function readFate(commitment: Commitment, candidates: readonly Candidate[], reported: boolean): Omit<CommitmentFate, keyof Commitment | 'prior'> {
  const evidence = candidates.slice(0, EVIDENCE_SHOWN).map((candidate) => candidate.sentence.text);
  if (candidates.length === 0) return { fate: 'dropped', draftBlock: null, draftSentence: null, evidence, reason: 'dropped: no draft sentence continues it' };
  // A report that holds none of what the commitment commits to, only words of its setting, reports on the frame for its own
  // sake ("a first expert workshop took place" for "To strengthen the resilience of semiconductor supply chains, both sides
  // will map critical dependencies"), unless the alignment links it to the commitment's sentence.
  const isProgress = (c: Candidate) =>
    (c.clause.kind === 'progress' || (c.clause.kind === 'continued' && !commitment.report)) && (c.speaksOfHead || c.linked) && !reportsEarlierUndertaking(commitment, c.clause);
  const isRestatement = (c: Candidate) => c.clause.kind === 'commitment' || (c.clause.kind === 'continued' && commitment.report);
  const progress = candidates.find(isProgress);
  // So is a restatement read where it speaks of what the commitment commits to, before one that keeps only the rest of its
  // sentence (draft 2027bi moved "confirmed their intention to address challenges posed by non-market policies" away from the
  // "encouraged further exploration" it had shared a sentence with).
  const restatement = candidates.find((c) => isRestatement(c) && c.speaksOfHead) ?? candidates.find(isRestatement);
  const shown = (candidate: Candidate, fate: Fate, reason: string) => ({
    fate,
    draftBlock: candidate.sentence.block,
    draftSentence: candidate.sentence.text,
    ...(candidate.clause.phrase ? { draftMarker: candidate.clause.phrase } : {}),
    evidence: [candidate.sentence.text, ...evidence.filter((text) => text !== candidate.sentence.text)].slice(0, EVIDENCE_SHOWN),
    reason,
  });
  // An effort reported continued, continued or committed to again, is the same effort, whatever milestones
  // the paragraph reports beside it: ten labellers of drafts 2027p-y read it so in all 27 cases.
  // A further action of the commitment reported done is the commitment progressed, however closely another sentence
  // says the rest again (the 2026 decision kept word for word, "The amendment extending the scope of the Administrative
  // Arrangement ... was signed in December 2026" after it).
  // A report that holds none of the commitment's core (its action and object), only its illustration or purpose, does not
  // outweigh a closer restatement that holds it: "The Early Warning Mechanism has been made more practical" is the next
  // commitment's progress, not that of "continuing the information exchange ..., including the effective use of the Early
  // Warning Mechanism", restated beside it (drafts 2027t, 2027bl, 2027br).
  const progressOutweighs = (restating: Candidate) =>
    !commitment.report && (progress!.reportsFurtherAction || (progress!.score >= restating.score * FATE_PROGRESS_OVER_RESTATEMENT && (progress!.speaksOfCore || !restating.speaksOfCore || progress!.score > restating.score)));
  if (progress && (!restatement || progressOutweighs(restatement))) {
    return shown(progress, 'progressed', `progressed: ${commitment.marker} → ${progress.clause.phrase}`);
  }
  if (restatement && NEGATED_MARKER.test(restatement.clause.marker?.readAs ?? restatement.clause.phrase) && !NEGATED_MARKER.test(commitment.readAs ?? commitment.marker)) {
    // "A follow-up joint research project will not be launched": the sides renounce it; no longer committed, it is dropped.
    // ("The partnership will not create legal obligations", said again, is the same undertaking.)
    return { fate: 'dropped', draftBlock: null, draftSentence: null, evidence, reason: `dropped: the draft renounces it ("${restatement.clause.phrase}": ${restatement.sentence.text.slice(0, 60)})` };
  }
  if (restatement) {
    const marker = restatement.clause.marker;
    const firmness: Firmness = marker ? (reported ? firmnessAsReported(marker) : marker.firmness) : 'firm';
    const fate: Fate =
      commitment.firmness === 'tentative' && firmness === 'firm'
        ? 'strengthened'
        : commitment.firmness === 'firm' && firmness === 'tentative'
          ? 'weakened'
          : actionShift(commitment, restatement.clause, restatement.sentence.read);
    const reading = shown(restatement, fate, `${fate}: ${commitment.marker} (${commitment.firmness}) → ${restatement.clause.phrase} (${firmness})`);
    const changed = fate === 'restated' && restatement.clause.kind === 'commitment' && markerCore(restatement.clause.marker?.readAs ?? restatement.clause.phrase) !== markerCore(commitment.readAs ?? commitment.marker);
    return changed ? { ...reading, markerChanged: true, reason: `${reading.reason}, in another marker` } : reading;
  }
  // Continued in words that neither commit nor report ("both sides confirmed their interest in ...", a bare label
  // "Artificial Intelligence (AI):"): the area is kept, the commitment is not. Read as restated, this kept the
  // Governmental AI bullet that draft 2027a drops; no labelled fate is right for it but by chance.
  return {
    fate: 'dropped',
    draftBlock: null,
    draftSentence: null,
    evidence,
    reason: `dropped: the draft keeps its area ("${candidates[0].sentence.text.slice(0, 60)}"), but neither commits to it nor reports it`,
  };
}
