/**
 * The clauses of a sentence, each read by what its verb phrase does: commits
 * to something, reports effort continued, reports something done or under
 * way, or only states. A statement's sentences often do several of these at
 * once ("both sides welcomed the progress of the Institutional Arrangement
 * ... and committed to further deepening cooperation in multilateral fora"),
 * and the fate of a prior commitment is read in the clause about it, not in
 * whichever verb comes first.
 */
import { findMarkers, type MarkerMatch } from './findCommitments';
import { boundedMemo } from './boundedMemo';

export type ClauseKind = 'commitment' | 'continued' | 'progress' | 'statement';

export interface Clause {
  kind: ClauseKind;
  /** The clause's words, from the verb phrase that opens it (the first clause also holds what precedes it). */
  text: string;
  /** Offset of the clause in the sentence. */
  start: number;
  /** The phrase that decided its kind: a commitment marker or a report of progress; empty for a statement. */
  phrase: string;
  /** Offset of the phrase in the sentence. */
  phraseAt: number;
  /** The commitment marker, for a commitment or a report of continued effort. */
  marker?: MarkerMatch;
}

/**
 * Verb phrases that report an action done or under way: a signature, a
 * launch, a meeting held, results welcomed. "Welcomed" alone counts: in
 * these statements the parties welcome what has happened ("welcomed the
 * exchange of views", "welcomed the Cooperation Arrangement"). Participles
 * that are as often adjectives ("advanced algorithms", "established industry
 * players", "these enhanced discussions") count only before what a verb
 * takes: an article, a possessive, a preposition or the register's usual
 * objects ("advanced cooperation", "deepened discussions").
 */
const VERB_OBJECT = String.raw`(?=\s+(?:a|an|the|their|its|our|this|these|that|those|further|cooperation|collaboration|work|discussions?|talks|exchanges|on|in|towards|through|with)\b)`;
const PROGRESS = new RegExp(
  String.raw`\b(?:welcomed|welcomes?\s+the\s+(?:launch|signature|signing|conclusion|establishment|adoption|start|progress|results?|outcome|publication|entry)|launched|began|begun|started|held|took place|signed|concluded|completed|adopted|(?:established|reinforced|enhanced|advanced|deepened)${VERB_OBJECT}|exchanged|achieved|progressed|piloted|initiated|published|organi[sz]ed|implemented|finali[sz]ed|carried out|entered into force|is under way|are under way|(?:has|have) (?:been )?(?:made|reached)|first results of|successful (?:conclusion|outcome)|progress (?:of|made|in))\b`,
  'giu',
);

/**
 * A relative pronoun a few words before a marker: the marker then describes
 * the noun ("the Arctic connectivity projects that are in the process of
 * working towards establishing ..."), it opens no clause of its own. "That"
 * after a verb of saying ("confirmed that further research is to be
 * considered") introduces what the parties say, and does not count.
 */
const RELATIVE_BEFORE =
  /(?:\b(?:which|who)|\b(?!(?:confirm|reconfirm|recognis|recogniz|agre|acknowledg|stress|note|noted|underlin|emphasi|affirm|reaffirm|fact|decid|expect|hope|believ|ensur|stat|declar|concur)\w*\s)[\p{L}-]+\s+that)(?:\s+[\p{L}’'-]+){0,8}\s*$/iu;

/**
 * A sentence's clauses in order. Each commitment marker and each report of
 * progress opens a clause that runs to the next one; a report inside a
 * marker ("confirmed their commitment to progress") is part of the marker.
 */
export const readClauses: (sentence: string) => readonly Clause[] = boundedMemo(readSentenceClauses, 50_000);

function readSentenceClauses(sentence: string): Clause[] {
  const opens: Array<Omit<Clause, 'text' | 'start'>> = findMarkers(sentence)
    .filter((marker, at) => at === 0 || !RELATIVE_BEFORE.test(sentence.slice(0, marker.index)))
    .map((marker) => ({
    kind: marker.report ? 'continued' : 'commitment',
    phraseAt: marker.index,
    phrase: marker.marker,
    marker,
  }));
  const inMarker = (at: number) => opens.some((open) => at >= open.phraseAt && at < open.phraseAt + open.phrase.length);
  PROGRESS.lastIndex = 0;
  for (let match = PROGRESS.exec(sentence); match; match = PROGRESS.exec(sentence)) {
    if (!inMarker(match.index)) opens.push({ kind: 'progress', phraseAt: match.index, phrase: match[0] });
  }
  if (opens.length === 0) return [{ kind: 'statement', text: sentence, start: 0, phrase: '', phraseAt: 0 }];
  opens.sort((a, b) => a.phraseAt - b.phraseAt);
  // Reports in a row are one report ("welcomed the significant progress of ..."): only a commitment between them parts them.
  for (let at = opens.length - 1; at > 0; at--) if (opens[at].kind === 'progress' && opens[at - 1].kind === 'progress') opens.splice(at, 1);
  return opens.map((open, at) => {
    const start = at === 0 ? 0 : open.phraseAt;
    const end = at + 1 < opens.length ? opens[at + 1].phraseAt : sentence.length;
    return { ...open, start, text: sentence.slice(start, end) };
  });
}

/**
 * The words of a sentence that say what its commitment is about: from the
 * start of the marker's clause (after an earlier verb phrase, or after the
 * "that" introducing it) to the end. "In line with the MoC on Semiconductors
 * signed ..., both sides envisage to explore ... a team of experts" is about
 * the team of experts; the MoC is its setting.
 */
export function commitmentClause(sentence: string, marker: MarkerMatch): string {
  // A need is a noun phrase, the object of the parties' verb beside others ("recognised the importance of the
  // first submarine cables ... and the need for both sides to elevate this pioneering work"): what is needed is the commitment.
  const need = /^the\s+need\s+(?:for|to)\b/iu.exec(marker.marker);
  if (need) return sentence.slice(marker.index + need[0].length).trim();
  const before = readClauses(sentence).filter((clause) => clause.phrase && clause.phraseAt < marker.index);
  const last = before[before.length - 1];
  let start = last ? last.phraseAt + last.phrase.length : 0;
  const that = sentence.slice(start, marker.index).search(/\bthat\b(?![\s\S]*\bthat\b)/u);
  if (that >= 0) start += that + 'that'.length;
  return sentence.slice(start).trim();
}
