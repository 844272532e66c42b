/**
 * The clauses of a sentence, each read by what its verb phrase does: commits
 * to something, reports effort continued, reports something done or under
 * way, or only states. A statement's sentences often do several of these at
 * once ("both sides welcomed the progress of the Institutional Arrangement
 * ... and committed to further deepening cooperation in multilateral fora"),
 * and the fate of a prior commitment is read in the clause about it, not in
 * whichever verb comes first.
 */
import { BOTH_SIDES, DONE_LABEL, findMarkers, findRestatementMarkers, fragmentAfter, markerInSource, type MarkerMatch } from './findCommitments';
import { boundedMemo } from './boundedMemo';
import { readSpelt, type SpeltReading } from './markerSpelling';
import { NUMBERED_MEETING_NAME } from './ordinals';

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
/**
 * "Held" reports a meeting held ("the 7th Cyber Dialogue, held in January",
 * "held its inaugural meeting"), not what is kept ("verifiable credentials
 * held in digital identity wallets"): after an event's name, or before
 * what it holds.
 */
const HELD = String.raw`held(?:(?<=\b(?:meeting|dialogue|forum|workshop|session|seminar|conference|summit|talks|consultations|round|roundtable|event|week|day|council|visit|mission|show|fair|exchange)s?\b[^.;:]{0,50}held|(?<=(?<![\p{L}\p{N}])${NUMBERED_MEETING_NAME}\s+held))|(?=\s+(?:a|an|the|its|their|two|three|several|regular|further|joint|bilateral|\d+)\b))`;

const PROGRESS = new RegExp(
  String.raw`\b(?:welcomed|welcomes?\s+the\s+(?:launch|signature|signing|conclusion|establishment|adoption|start|progress|results?|outcome|publication|entry)|launched|began|begun|started|${HELD}|hosted|convened|took place|signed|concluded|completed|adopted|(?:established|reinforced|enhanced|advanced|deepened)${VERB_OBJECT}|exchanged|achieved|progressed|piloted|resulted in|yielded|delivered|initiated|published|organi[sz]ed|implemented|finali[sz]ed|carried out|entered into force|is under way|are under way|takes place|(?:is|are) (?:now )?taking place|(?<=^\s*|:\s+)welcome(?=\s+(?!(?:the\s+)?(?:opportunity|idea|prospect|possibility)\b)(?:the|a|an|their|its|our|progress|results?)\b)|(?:has|have) (?:been )?(?:made|reached)|first results of|successful (?:conclusion|outcome)|welcomes|welcoming|notes? with (?:appreciation|satisfaction)|noting with (?:appreciation|satisfaction)|takes note with (?:appreciation|satisfaction) of|acknowledg(?:e|es|ed|ing) the (?:[\p{L}-]+ )?progress|bore fruit|(?:got|get|gets) under way|(?:came|come|comes) into (?:effect|force)|(?:was|were|been) rolled out|rolled out|(?:is|are) (?:now )?up and running|took shape|(?:has|have|had) taken (?:shape|place)|reached a milestone)\b`,
  'giu',
);

/**
 * A verb in the past with the parties as its subject reports what they did
 * ("both sides identified ...", "both sides discussed the possibility of
 * ..."), unless it says what they think or mean to do: those verbs frame a
 * commitment or a statement ("both sides confirmed their intention to",
 * "reaffirmed the importance of").
 */
/** What parties share when they share a thought, not an action ("both sides shared the view that ..."). */
const SHARED_THOUGHT = 'view|views|understanding|recognition|belief|conviction|concern|concerns|assessment|interest|intention|determination|commitment|ambition|goal|objective|vision';

/** Stems of the verbs by which the parties say, think or mean something: in the past they report no action. */
const SAYING = String.raw`confirm|reconfirm|reaffirm|affirm|recognis|recogniz|acknowledg|stress|underlin|underscor|emphasi|reemphasi|not|highlight|express|agre|concurr|decid|committ|commit|intend|plann|aim|expect|hop|believ|consider|stat|declar|recall|took note|reiterat|welcom|shared\s+(?:the|a|their)\s+(?:${SHARED_THOUGHT})`;

const PARTY_DID = new RegExp(
  String.raw`\b(?:${BOTH_SIDES}|the (?:european union|eu) and japan)\s+(?:(?:also|further|jointly|together|successfully|particularly)\s+)*(?:have\s+|has\s+)?(?:(?:also|further|jointly|together|successfully|now|already)\s+)*(?<verb>(?!(?:${SAYING})\w*\b)\w+ed|began|held|took|made|built|met|led|sought|brought|undertook)\b`,
  'giu',
);

/**
 * The passive of a report ("was extended to ASEAN partners", "records were
 * exchanged", "has been completed"): what was done, whoever did it. Verbs of
 * saying, thinking and describing in the passive ("is recognised", "were
 * expected", "is based on") report nothing done.
 */
const PASSIVE_DONE = new RegExp(
  String.raw`\b(?:was|were|(?:has|have|having)\s+been)\s+(?:(?:also|further|jointly|successfully|already|now|finally)\s+)*(?<verb>(?!(?:${SAYING}|requir|need|bas|design|interest|pleas|delight|concern|determin|locat|expos|affect|regard|deem|call|nam|known|term|us|pursu|continu|maintain|sustain)\w*\b)[\p{L}-]+ed|held|made|built|met|begun|undertaken|taken|set up|brought)\b`,
  'giu',
);

/**
 * What a work programme lists as done, each fragment without a verb ("Achievements: Signature of the Cooperation
 * Arrangement (November 2026); first joint workshop held in Kyoto"): a report, read at its first word.
 */
const DONE_FRAGMENT = new RegExp(String.raw`${fragmentAfter(DONE_LABEL)}(?<verb>[\p{L}\p{N}][\p{L}\p{N}’'-]*)`, 'giu');

/** Words that make a participle future or unreal ("the progress they will have achieved", "to be held", "cannot be achieved alone"). */
const FUTURE_BEFORE = /\b(?:will|would|shall|to|may|could|might|should|can|cannot|must)\s+(?:not\s+)?(?:have\s+|be\s+|have\s+been\s+)?$/iu;

/** Words whose "that" introduces what is said or held, not a relative clause ("confirmed that", "the fact that"). */
const THAT_OF_SAYING = 'confirm|reconfirm|recognis|recogniz|agre|acknowledg|stress|note|noted|underlin|emphasi|affirm|reaffirm|fact|decid|expect|hope|believ|ensur|stat|declar|concur|view|understanding|recognition|belief|conviction';

/**
 * A relative pronoun a few words before a marker: the marker then describes
 * the noun ("the Arctic connectivity projects that are in the process of
 * working towards establishing ..."), it opens no clause of its own. "That"
 * after a verb of saying ("confirmed that further research is to be
 * considered") introduces what the parties say, and does not count.
 */
const RELATIVE_BEFORE = new RegExp(String.raw`(?:\b(?:which|who|whose|where)|\b(?!(?:${THAT_OF_SAYING})\w*\s)[\p{L}-]+\s+that)(?:\s+[\p{L}’'-]+){0,8}\s*$`, 'iu');

/**
 * A relative pronoun at most three words before: "which both sides had decided to", or "that" after a noun phrase opened by
 * a determiner ("The Working Group that both sides decided to set up in 2026 held its first meeting"); not after a verb of
 * saying, whose "that" introduces what is said ("confirmed that they will", "I am pleased to say that we will").
 */
const CLOSE_RELATIVE_BEFORE = new RegExp(
  String.raw`(?:\b(?:which|who|whom|whose|where)|\b(?:the|a|an|this|these|its|their)\s+(?:[\p{L}-]+\s+){0,5}?(?!(?:${THAT_OF_SAYING}|say|said)\w*\s)[\p{L}-]+\s+that)\s+(?:[\p{L}’'-]+\s+){0,3}$`,
  'iu',
);

/**
 * A condition the action waits for ("may consider an exchange ... once the Digital Agency and DG DIGIT have completed
 * their guidelines"): what it says is done is not yet done.
 */
const CONDITION_BEFORE = /\b(?:once|until|unless|if|as soon as|by the time)\b[^,;.:]{0,80}$/iu;

/** A participle's agent right after it: "concluded by the JFTC". */
const AGENT_AFTER = /^\s+by\s+(?:the\s+)?\p{Lu}/u;

/**
 * A marker that is the means of an earlier one ("deepen and formalise this
 * cooperation by working towards signing an Administrative Arrangement")
 * belongs to its clause.
 */
const MEANS_BEFORE = /\b(?:by|through|while|when)\s*$/iu;

/**
 * A sentence's clauses in order. Each commitment marker and each report of
 * progress opens a clause that runs to the next one; a report inside a
 * marker ("confirmed their commitment to progress") is part of the marker.
 */
export const readClauses: (sentence: string) => readonly Clause[] = boundedMemo(
  (sentence: string) => readSpelt(sentence, (text) => readSentenceClauses(text, findMarkers(text), true), readClauses, clauseInSource),
  50_000,
);

/**
 * The clauses of a draft sentence, read for the fate of a prior commitment:
 * a restatement in the passive or by another subject opens a clause too
 * (findRestatementMarkers).
 */
export const readDraftClauses: (sentence: string) => readonly Clause[] = boundedMemo(
  (sentence: string) => readSpelt(sentence, (text) => readSentenceClauses(text, findRestatementMarkers(text), false), readDraftClauses, clauseInSource),
  50_000,
);

/** A clause of a sentence's reading (misspelt markers put right, contractions in full, brackets read: markerSpelling.ts), in the sentence's own words and offsets. */
function clauseInSource(clause: Clause, spelt: SpeltReading): Clause {
  const own = spelt.inSource(clause.start, clause.text.length);
  const phrase = spelt.inSource(clause.phraseAt, clause.phrase.length);
  return {
    ...clause,
    start: own.at,
    text: own.text,
    phraseAt: phrase.at,
    phrase: phrase.text,
    ...(clause.marker ? { marker: markerInSource(clause.marker, spelt) } : {}),
  };
}

/**
 * `firstOpens`: the first marker opens a clause even after a relative clause, as a statement's own commitment does (its
 * definition already leaves out what describes). A draft's restatements are read more widely, so there a first marker
 * a few words after a relative pronoun is inside its clause and describes its noun ("The exchange of best practices, which
 * both sides had decided to undertake, began with a joint workshop"), though one after a longer relative clause is the
 * sentence's own verb ("Ensuring an environment in which the rights of users are protected remains a shared commitment").
 */
function readSentenceClauses(sentence: string, markers: readonly MarkerMatch[], firstOpens: boolean): Clause[] {
  const openedBy = (marker: MarkerMatch): Omit<Clause, 'text' | 'start'> => ({
    kind: marker.report ? 'continued' : 'commitment',
    phraseAt: marker.index,
    phrase: marker.marker,
    marker,
  });
  // A relative clause that runs to the end of its part of the sentence (a semicolon, or the end) says what that part commits
  // to ("... the third meeting of the Joint Working Group, which WILL CONTINUE its work; REAFFIRM ..."), not its noun's past.
  const runsToItsEnd = (marker: MarkerMatch) => /^[^,;]*(?:;|$)/u.test(sentence.slice(marker.index + marker.marker.length));
  const describing =
    !firstOpens && markers.length > 0 && CLOSE_RELATIVE_BEFORE.test(sentence.slice(0, markers[0].index)) && !runsToItsEnd(markers[0]) ? markers[0] : undefined;
  const opens = markers
    .filter((marker, at) => at === 0 ? marker !== describing : !(RELATIVE_BEFORE.test(sentence.slice(0, marker.index)) || MEANS_BEFORE.test(sentence.slice(0, marker.index))))
    .map(openedBy);
  const inMarker = (at: number) => opens.some((open) => at >= open.phraseAt && at < open.phraseAt + open.phrase.length);
  for (const pattern of [PROGRESS, PARTY_DID, PASSIVE_DONE, DONE_FRAGMENT]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
      const at = match.index + match[0].length - (match.groups?.verb ?? match[0]).length;
      if (inMarker(at) || FUTURE_BEFORE.test(sentence.slice(Math.max(0, at - 24), at)) || CONDITION_BEFORE.test(sentence.slice(0, at))) continue;
      // A report in a relative clause describes its noun, beside a clause that says something else ("They will keep working
      // together in the OECD, where the Institutional Arrangement has started its first projects"): it opens no clause, as a marker there would not.
      if (opens.length > 0 && RELATIVE_BEFORE.test(sentence.slice(0, match.index))) continue;
      // So does a participle with its agent after a noun ("the arrangement concluded by the JFTC with the Commission services").
      if (opens.length > 0 && AGENT_AFTER.test(sentence.slice(match.index + match[0].length)) && !/\b(?:was|were|been|have|has|had|both sides|they)\s+$/iu.test(sentence.slice(0, at))) continue;
      if (!opens.some((open) => open.phraseAt === at)) opens.push({ kind: 'progress', phraseAt: at, phrase: match.groups?.verb ?? match[0] });
    }
  }
  // A relative clause that runs to the sentence's end describes nothing else: its marker is what the sentence says
  // ("... areas where they believe cooperation will lead to tangible benefits").
  if (opens.length === 0 && describing) opens.push(openedBy(describing));
  if (opens.length === 0) return [{ kind: 'statement', text: sentence, start: 0, phrase: '', phraseAt: 0 }];
  opens.sort((a, b) => a.phraseAt - b.phraseAt);
  // Reports in a row are one report ("welcomed the significant progress of ..."): only a commitment between them parts them.
  for (let at = opens.length - 1; at > 0; at--) if (opens[at].kind === 'progress' && opens[at - 1].kind === 'progress') opens.splice(at, 1);
  // A clause begins at its verb phrase, at the "that" that introduces it ("acknowledged that in order to
  // address ..., both technical and non-technical nature of cyber threats should be taken into account"), or
  // after the conjunction that joins it, with its own subject ("The MoC continues to be implemented, and the
  // information exchange on supply chain resilience will be continued": what is continued comes before the verb).
  const starts = opens.map((open, at) => {
    if (at === 0) return 0;
    const after = opens[at - 1].phraseAt + opens[at - 1].phrase.length;
    const between = sentence.slice(after, open.phraseAt);
    // "welcomed that further governments have endorsed ...": a "that" right after the previous verb phrase is what it reports.
    // The later of the two: "... AI that is innovation-friendly, safe, secure and trustworthy; they welcomed ..." starts after the semicolon.
    const that = between.search(/\bthat\b(?![\s\S]*\bthat\b)/u);
    const afterThat = that >= 0 && between.slice(0, that).trim() !== '' ? after + that + 'that'.length : -1;
    const joined = /(?:[,;]\s*(?:and|but|while|whereas)\b|;)\s*(?![\s\S]*(?:[,;]\s*(?:and|but|while|whereas)\b|;))/u.exec(between);
    const afterJoin = joined ? after + joined.index + joined[0].length : -1;
    const start = Math.max(afterThat, afterJoin);
    return start >= 0 ? start : open.phraseAt;
  });
  return opens.map((open, at) => {
    const end = at + 1 < opens.length ? starts[at + 1] : sentence.length;
    return { ...open, start: starts[at], text: sentence.slice(starts[at], end) };
  });
}

/**
 * The words of a sentence that say what its commitment is about: its head,
 * from the marker to the end ("envisage to explore the possibility of
 * establishing a team of experts ..."), and its setting, what comes before
 * the marker in its clause (after an earlier verb phrase, or after the
 * "that" introducing it): "In line with the MoC on Semiconductors signed on
 * 4 July 2023 between ..., both sides" or "In order to foster fair and
 * contestable digital markets ..., both sides". A voiced need is a noun
 * phrase, the object of the parties' verb beside others ("recognised the
 * importance of the first submarine cables ... and the need for both sides
 * to elevate this pioneering work"): what is needed is its head, and it has
 * no setting.
 */
export function commitmentClause(sentence: string, marker: MarkerMatch): { setting: string; head: string } {
  const need = /^the\s+(?:need|necessity)\s+(?:for|to|of)\b/iu.exec(marker.marker);
  const clauses = readClauses(sentence);
  const own = clauses.find((clause) => clause.phraseAt === marker.index);
  const end = own ? own.start + own.text.length : sentence.length;
  const rest = sentence.slice(end).trim();
  if (need) return { setting: rest, head: sentence.slice(marker.index + need[0].length, end).trim() };
  const before = clauses.filter((clause) => clause.phrase && clause.phraseAt < marker.index);
  const last = before[before.length - 1];
  let start = last ? last.phraseAt + last.phrase.length : 0;
  const that = sentence.slice(start, marker.index).search(/\bthat\b(?![\s\S]*\bthat\b)/u);
  if (that >= 0) start += that + 'that'.length;
  return { setting: `${sentence.slice(start, marker.index).trim()} ${rest}`.trim(), head: sentence.slice(marker.index, end).trim() };
}
