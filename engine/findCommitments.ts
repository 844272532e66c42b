/**
 * Commitments: sentences in which the parties commit to future action or to
 * continued effort, with the phrase that makes them one and its firmness.
 * What counts follows ../shared/gold/README.md: tentative and normative
 * commitments count, reports of continued effort count; bare possibility
 * ("could be launched"), a design described in a relative clause ("which
 * will facilitate"), statements of interest and reports of achievement do not.
 */
import type { Block } from './types';
import { boundedMemo } from './boundedMemo';
import { readSpelt, type SpeltReading } from './markerSpelling';

export type Firmness = 'firm' | 'tentative';

export interface Commitment {
  /** The block's index. */
  block: number;
  sentence: string;
  /** UTF-16 source offsets of the sentence. */
  start: number;
  end: number;
  /** The marker phrase, in the sentence's own words. */
  marker: string;
  /** The marker as read, where the sentence misspells it ("committed to continue" for "commited to continu"). */
  readAs?: string;
  firmness: Firmness;
  /** The marker reports effort already continued ("have continued"), rather than announcing it. */
  report: boolean;
}

/** A commitment found in a sentence, before it is placed in a document. */
export interface MarkerMatch {
  /** In the sentence's own words. */
  marker: string;
  /** The marker as the rules read it, where the sentence misspells it (markerSpelling.ts): its words say how it commits. */
  readAs?: string;
  firmness: Firmness;
  report: boolean;
  /** Offset of the marker in the sentence. */
  index: number;
}

const TENTATIVE_WORDS = /^(explor|consider|envisag|encourag|could|would|may|might)/i;

const WORD = String.raw`[\p{L}\p{N}’'-]+`;
const ADVERBS = String.raw`(?:(?:also|further|jointly|together|continuously|actively|closely|equally|fully|inter alia|not only|therefore|now|still|both|all|again|once more|anew)\s+)*`;
/** Adverbs that may stand between a modal and a parenthesis ("will also, where appropriate, consider"). */
const MODAL_ADVERB = 'also|further|jointly|together|now|still|therefore';
/** Not such an adverb opening a parenthesis: the verb comes after it. */
const NOT_PARENTHESIS = String.raw`(?!(?:${MODAL_ADVERB}),)`;
/** Not a pronoun or determiner, which after a modal is its subject: the modal then opens a question or a condition, not an action. */
const NOT_A_SUBJECT = String.raw`(?!(?:it|they|this|these|that|those|there|the|a|an|its|their|our|his|her|such|any|we|you)\b)`;
/** How a statement names the two sides together ("both sides", "the Participants"): the subject of their commitments and of their reports (readClauses). */
export const BOTH_SIDES = String.raw`both sides|the two sides|the sides|the participants|both parties|they|we|our two sides|our teams|my colleague and i`;
/** The two sides as a debriefing note abbreviates them: JP, COM (the Commission), "JP and COM", "EU and JP". */
const ABBREVIATED_SIDES = String.raw`(?:jp|com|eu)(?:\s+and\s+(?:jp|com|eu|japan))?`;
const PARTY = String.raw`(?:${BOTH_SIDES}|the parties|the (?:european union|eu)(?: and japan)?|japan(?: and the (?:european union|eu))?|${ABBREVIATED_SIDES})`;
/** After the parties' earlier verb, coordinated ("both sides shared the view that ..., and confirmed to ..."). */
const AFTER_PARTY_AND = String.raw`\b${PARTY}\b[^;.]*\band\s+${ADVERBS}`;
/**
 * A body, project or call the parties set up, named by its head noun ("the
 * working group", "the joint research call"): its forward-looking verbs are
 * the parties' commitments too.
 */
const BODY = String.raw`(?:the|this|that|its|their)\s+(?:${WORD}\s+){0,4}?(?:group|council|dialogue|committee|project|projects|call|team|mechanism|partnership|programme|forum|network)`;

/** A relative pronoun and at most one word before a modal: "which will facilitate" describes, it does not commit. */
/** Verbs that report what was said, in the past: after them "that" opens what was said, and "would" is the reported "will". */
const REPORTING_VERB = String.raw`(?:agreed|said|stated|confirmed|announced|noted|stressed|underlined|emphasi[sz]ed|indicated|concurred|affirmed|reaffirmed|declared|explained|added|undertook|pledged|reported|replied|informed\s+\w+)`;
/** A relative pronoun and the subject after it ("a partnership that will focus"); "stated that it would" is what was said, not a relative. */
const RELATIVE = String.raw`\b(?:which|who|(?<!\b(?:${REPORTING_VERB}|and)\s+)that)\s+(?:${WORD}\s+)?`;

/**
 * A marker that starts with one of `verbs` and goes on with `rest`, counting
 * only after the subject `after` (or not after `not`). The look-behind is
 * placed behind the verb, so it is tried where the verb stands rather than
 * at every position of the sentence: variable-length look-behinds at the
 * start of a pattern made reading a sentence several times slower.
 */
function verbAfter(verbs: string, rest: string, context: { after?: string; not?: string }): RegExp {
  const behind = context.after !== undefined ? `(?<=${context.after}(?:${verbs}))` : `(?<!${context.not}(?:${verbs}))`;
  return new RegExp(String.raw`\b(?:${verbs})${behind}${rest}`, 'giu');
}

interface MarkerRule {
  pattern: RegExp;
  /** Where firmness is not read from the marker's own words. */
  firmness?: Firmness;
  report?: boolean;
}

/**
 * Order matters only for overlapping markers at the same place: the earliest
 * marker in a sentence governs it ("envisage to explore" is tentative,
 * "committed to exploring" firm).
 */
const RULES: MarkerRule[] = [
  // The future progressive of the parties or their body (draft 2027am): "both sides will be launching a follow-up call", "will
  // also be exploring whether ...": the action is the participle; listed before the modal's rule, which would read "will also
  // be" at the same place. Only theirs: "the market will be growing" commits no one.
  { pattern: verbAfter(String.raw`will|shall`, String.raw`\s+${ADVERBS}be\s+${ADVERBS}[\p{L}-]+ing\b`, { after: String.raw`\b(?:${PARTY}|${BODY})\s+${ADVERBS}` }) },
  // A modal with the parties, or a body they set up, as subject; not after a relative pronoun. A subject after the modal
  // inverts it into a condition ("..., should it prove commercially viable", "Should the evaluation prove positive"): no action.
  { pattern: verbAfter(String.raw`will|shall|should|would`, String.raw`\s+${ADVERBS}${NOT_A_SUBJECT}(?:continue\s+(?:to\s+)?)?${NOT_PARENTHESIS}${WORD}`, { not: RELATIVE }) },
  // Possibility counts only when the parties are its subject ("both sides could exchange"); "can" is ability, not intent.
  { pattern: verbAfter(String.raw`could|may`, String.raw`\s+${ADVERBS}(?!be\s)${WORD}`, { after: String.raw`\b${PARTY}\s+(?:${WORD}\s+)?` }), firmness: 'tentative' },
  // What they are committed under stands between ("they remain committed under the MoC to deploying verifiable credentials").
  { pattern: new RegExp(String.raw`\b(?:are|is|remain|remained|were)\s+${ADVERBS}committed\s+(?:(?:under|within|in)\s+[^,;.]{1,40}?\s+)?to\s+${WORD}`, 'giu') },
  // A commitment the parties restate, not one a sentence describes ("relies on a commitment to"); their resolve or
  // determination to act, reiterated, is one too.
  { pattern: new RegExp(String.raw`\b(?:re)?(?:affirm|confirm|emphasis|emphasiz|iterat|express|underlin|stress)\w*\s+(?:their|the|its|our)\s+(?:${WORD}\s+)?(?:commitment|resolve|determination)\s+to\s+${WORD}`, 'giu'), firmness: 'firm' },
  // Committed again, once more or anew ('both sides, as trusted partners, committed again to pooling their strengths', draft 2027bp).
  { pattern: new RegExp(String.raw`\bcommitted\s+${ADVERBS}to\s+${WORD}`, 'giu'), firmness: 'firm' },
  // A participle of the parties' own sentence ("..., committing to further advance trustworthy AI").
  { pattern: new RegExp(String.raw`\bcommitting\s+to\s+${ADVERBS}${WORD}`, 'giu'), firmness: 'firm' },
  // The parties confirm what they will do ("both sides confirmed to further deepen this cooperation"); "confirmed to be" describes.
  { pattern: verbAfter(String.raw`(?:re)?confirmed|(?:re)?affirmed`, String.raw`\s+to\s+${ADVERBS}(?!be\b)${WORD}`, { after: String.raw`\b${PARTY}\s+${ADVERBS}` }), firmness: 'firm' },
  // The same, coordinated with the parties' earlier verb ("both sides shared the view that ..., and confirmed to leverage their strengths").
  { pattern: verbAfter(String.raw`(?:re)?confirmed|(?:re)?affirmed`, String.raw`\s+to\s+${ADVERBS}(?!be\b)${WORD}`, { after: AFTER_PARTY_AND }), firmness: 'firm' },
  { pattern: new RegExp(String.raw`\b(?:decided|decide|agreed|agree|resolved)\s+${ADVERBS}['‘"“]?to\s+${WORD}`, 'giu'), firmness: 'firm' },
  { pattern: new RegExp(String.raw`\b(?:intention|intend|intends|plan|plans|planned|aim|aims|endeavour|endeavours|strive|seek|seeking|undertake|aspire|aspires)\s+${ADVERBS}(?:to|at)\s+${WORD}`, 'giu'), firmness: 'firm' },
  // The same with a parenthesis between the verb and its action ("... and aim, by sharing best practices, to protect users").
  // The parenthesis may hold a list of its own ("aim, by exploring how regulatory, technical and operational architectures can
  // be bridged, to create ...", draft 2027bp): read to the first comma followed by the action's "to".
  { pattern: new RegExp(String.raw`\b(?:intend|intends|plan|plans|aim|aims|endeavour|endeavours|strive|seek|aspire|aspires)\s*,\s[^;.]{1,160}?,\s+${ADVERBS}to\s+${WORD}`, 'giu'), firmness: 'firm' },
  { pattern: new RegExp(String.raw`\b(?:stand|stands|remain|remains|are|is)\s+${ADVERBS}(?:ready|determined|resolved)\s+to\s+${WORD}`, 'giu'), firmness: 'firm' },
  { pattern: verbAfter(String.raw`commit|commits|pledge|pledged|pledges`, String.raw`\s+to\s+${WORD}`, { after: String.raw`\b${PARTY}\s+${ADVERBS}` }), firmness: 'firm' },
  // The same, coordinated with the parties' earlier verb ("Japan and the EU welcome the first projects ... and commit to further deepening").
  { pattern: verbAfter(String.raw`commit|commits|pledge|pledged|pledges`, String.raw`\s+to\s+${WORD}`, { after: AFTER_PARTY_AND }), firmness: 'firm' },
  // "Both sides expect to explore ...": an expectation of their own action; its firmness is the action's (explore is tentative).
  { pattern: verbAfter(String.raw`expect|expects`, String.raw`\s+to\s+${ADVERBS}${WORD}`, { after: String.raw`\b(?:${PARTY}|${BODY})\s+${ADVERBS}` }) },
  // "Both sides are to review ...", "the working group is to report ...": an arrangement, by them or their body.
  { pattern: verbAfter(String.raw`is|are`, String.raw`\s+${ADVERBS}to\s+(?!be\b)${WORD}`, { after: String.raw`\b(?:${PARTY}|${BODY})\s+` }), firmness: 'firm' },
  // "Going to", as the co-chairs say it to the press ("our two sides are going to support ..."), by them or their body.
  { pattern: verbAfter(String.raw`am|is|are`, String.raw`\s+${ADVERBS}going\s+to\s+${ADVERBS}(?!be\b)${WORD}`, { after: String.raw`\b(?:${PARTY}|${BODY})\s+` }), firmness: 'firm' },
  // A meeting of theirs announced ("the next edition of the Cyber Dialogue would be held in Brussels").
  { pattern: verbAfter(String.raw`will|would|shall`, String.raw`\s+${ADVERBS}be\s+(?:held|convened|hosted|organised|organized)\b`, { not: RELATIVE }) },
  { pattern: new RegExp(String.raw`\blook(?:s|ing)?\s+forward\s+to\s+${WORD}`, 'giu'), firmness: 'firm' },
  // Not the noun: "how work towards possible mutual recognition ... could be taken forward" (draft 2027bf), "the work towards".
  { pattern: verbAfter(String.raw`working|work|works`, String.raw`\s+${ADVERBS}towards?\s+${WORD}`, { not: String.raw`\b(?:how|the|their|its|our|this|that|of|for|on|joint|technical|such)\s+` }), firmness: 'firm' },
  { pattern: new RegExp(String.raw`\b(?:are|is)\s+${ADVERBS}(?:preparing|expected\s+to)\s+${WORD}`, 'giu'), firmness: 'firm' },
  // What is arranged to happen ("both sides are set to advance cooperation", "its work is set to enhance interoperability", "are poised to cooperate").
  { pattern: new RegExp(String.raw`\b(?:are|is)\s+${ADVERBS}(?:set|poised|scheduled)\s+to\s+(?!be\b)${WORD}`, 'giu'), firmness: 'firm' },
  // The same said of the parties or their body in other words (draft 2027am): "both sides remain on track to move their
  // partnership ...", "the Working Group is set on enhancing interoperability".
  { pattern: verbAfter(String.raw`remains?|are|is|stays?`, String.raw`\s+${ADVERBS}on\s+(?:track|course)\s+to\s+(?!be\b)${WORD}`, { after: String.raw`\b(?:${PARTY}|${BODY})\s+${ADVERBS}` }), firmness: 'firm' },
  { pattern: verbAfter(String.raw`are|is`, String.raw`\s+${ADVERBS}set\s+on\s+[\p{L}-]+ing\b`, { after: String.raw`\b(?:${PARTY}|${BODY})\s+${ADVERBS}` }), firmness: 'firm' },
  { pattern: new RegExp(String.raw`\b(?:concur|concurs|concurred)\s+(?:on|to|in)\s+${WORD}`, 'giu'), firmness: 'firm' },
  // A need the parties voice ("both sides stressed the need to", "affirmed the need for more technical work");
  // one named before they speak ("In the context of ..., the need to increase competitiveness, both sides") or
  // by another subject in a clause of theirs ("both sides recognise that COVID-19 has demonstrated the need for DFFT") is context.
  {
    pattern: verbAfter(String.raw`the\s+(?:need|necessity)`, String.raw`\s+(?:to\s+${ADVERBS}${WORD}|(?:for|of)\s+(?:${PARTY}\s+to\s+)?${WORD})`, {
      after: String.raw`\b${PARTY}\b(?:(?!\b(?:that|which|who|whose|where)\b)[^;])*`,
    }),
    firmness: 'firm',
  },
  { pattern: new RegExp(String.raw`\b(?:is|are)\s+to\s+be\s+${WORD}`, 'giu') },
  { pattern: new RegExp(String.raw`\b(?:envisage|envisages|envisaged)\s+(?:to\s+)?${WORD}`, 'giu'), firmness: 'tentative' },
  // Not what they regard as something, its object before them ("the exchange, which both sides consider a useful means").
  { pattern: verbAfter(String.raw`explore|consider|encourage|encouraged`, String.raw`\s+${WORD}`, { after: String.raw`(?<!\b(?:which|whom)\s+)\b${PARTY}\s+${ADVERBS}` }), firmness: 'tentative' },
  // The same verb in the past, coordinated with the parties' earlier verb ("they confirmed the intention to address ... and encouraged further exploration").
  { pattern: verbAfter('encouraged', String.raw`\s+${WORD}`, { after: String.raw`\b${PARTY}\b[^;]*\band\s+${ADVERBS}` }), firmness: 'tentative' },
  { pattern: verbAfter(String.raw`continue|continues`, String.raw`\s+(?:to\s+)?${WORD}`, { after: String.raw`\b${PARTY}\s+${ADVERBS}` }), firmness: 'firm' },
  // The same in the present progressive ("both sides are continuing to leverage their strengths", draft 2027am): the effort goes
  // on, as "continue to" says, where "the work is continuing" only reports it under way (below).
  { pattern: verbAfter(String.raw`(?:are|is)\s+${ADVERBS}continuing`, String.raw`\s+(?:to\s+${WORD}|(?:the|their|its|our)\s+${WORD})`, { after: String.raw`\b${PARTY}\s+${ADVERBS}` }), firmness: 'firm' },
  // Reports of continued effort: commitments, but what they report has advanced.
  { pattern: verbAfter('continued', String.raw`\s+${WORD}`, { after: String.raw`\b${PARTY}\s+${ADVERBS}(?:have\s+|has\s+)?` }), firmness: 'firm', report: true },
];

/** An enumeration's item label: "(a)", "b)", "(iii)". */
const ITEM_LABEL = String.raw`\(?(?:[a-h]|i{1,3}|iv|vi{0,3})\)`;
/** An item's first word, lower case and no article, pronoun or preposition: its verb ("continue", "jointly support"). */
const ITEM_VERB = String.raw`${ADVERBS}(?!(?:the|a|an|this|these|those|their|its|our|on|in|of|for|with|by|to|at|from|as|and|or|which|that|both|each|all|such|other|new|further)\b)[a-z][\p{Ll}’'-]*`;

/**
 * Labels of a work programme's items: what is planned ("Next steps: Continue the information exchange ...; to consider
 * ...") and what was done ("Achievements: Signature of the Cooperation Arrangement (November 2026); first workshop
 * held in Kyoto"). Under them a fragment stands without its subject or verb, the parties' "will" or "have" understood.
 */
const PLANNED_LABEL = String.raw`(?:next\s+steps?|way\s+forward|follow-up(?:\s+actions?)?|future\s+work|planned\s+actions?|priorities|work\s+plan)`;
export const DONE_LABEL = String.raw`(?:achievements?|results?|outcomes?|progress(?:\s+made)?|highlights|state\s+of\s+play)`;
/** Where a fragment under such a label starts: right after the label's colon, or after a semicolon later in the item. */
export const fragmentAfter = (label: string): string => String.raw`(?<=\b${label}\s*:(?:[^.:]*;)?\s*)`;
/** A fragment's first word as its verb: not an article, pronoun, preposition or a subject that a verb follows ("Japan will"). */
const FRAGMENT_VERB = String.raw`(?:to\s+)?${ADVERBS}(?!(?:the|a|an|this|these|those|their|its|our|on|in|of|for|with|by|at|from|as|and|or|which|that|both|each|all|such|other|new|we|they|japan|eu|jp|com)\b)(?![\p{L}’'-]+\s+(?:will|shall|would|could|may|is|are|was|were|has|have|and)\b)\p{L}[\p{L}’'-]*`;

/** Where a resolution's clause starts: the sentence's start, or after a comma or semicolon and an "and". */
const OPERATIVE_START = String.raw`(?<=^\s*|[,;]\s+(?:and\s+)?)`;

/** The passive by which the parties confirm what a noun names, later in the same sentence: "... was confirmed". */
const CONFIRMED_AFTER = String.raw`(?=[^.;]*\b(?:was|were|has\s+been|have\s+been)\s+(?:re)?(?:confirmed|affirmed|agreed)\b)`;

/**
 * How a draft may restate a commitment or report it continued in words that
 * would not make a commitment of its own in the statements' register (the
 * labels' definition asks for the parties or their body as subject): the
 * passive ("cooperation will be further enhanced", "policy goals will be
 * turned into tangible outcomes"), another subject or a relative clause ("a
 * partnership that will increasingly focus on deliverables"), a parenthesis
 * after the modal ("will, as trusted partners, keep leveraging"), a noun
 * ("remains a shared commitment of the EU and Japan") and effort continued
 * by whoever ("regular technical exchanges have continued", "discussions
 * continued", "work goes on", "continues to be implemented"). Read only in
 * the draft, where a prior commitment's fate is sought: counted as
 * commitments they would take what the labels leave out.
 */
const RESTATEMENT_RULES: MarkerRule[] = [
  // Participles that describe a state rather than an action intended ("will be needed", "would be based on").
  { pattern: new RegExp(String.raw`\b(?:will|shall|would)\s+${ADVERBS}be\s+${ADVERBS}(?!(?:needed|required|based|used|affected|exposed|located|subject|interested|pleased|delighted)\b)(?:[\p{L}-]+ed|[\p{L}-]+en|made|kept|held|built|sought|brought|set|put|met)\b`, 'giu') },
  { pattern: new RegExp(String.raw`\b(?:will|shall)\s+${ADVERBS}(?:continue\s+(?:to\s+)?)?(?!be\b|have\b|use\b|include\b|involve\b|allow\b|enable\b|require\b|mean\b)${NOT_PARENTHESIS}${WORD}`, 'giu') },
  { pattern: new RegExp(String.raw`\b(?:will|shall|would)(?:\s+(?:${MODAL_ADVERB}))*,\s[^,;.]{1,60},\s+${ADVERBS}${WORD}`, 'giu') },
  // A possibility kept open to look into something, whoever the subject and however far it stands ("..., and may also consider
  // coordinating their contributions"); the parties "see merit in exploring". Tentative, as "would consider" is.
  { pattern: new RegExp(String.raw`\b(?:may|might|could)(?:\s+(?:${MODAL_ADVERB}))*(?:,\s[^,;.]{1,60},)?\s+${ADVERBS}(?:be\s+${ADVERBS})?(?:consider(?:ed)?|explored?|stud(?:y|ied)|examined?|assess(?:ed)?|look\s+into)\b`, 'giu'), firmness: 'tentative' },
  { pattern: new RegExp(String.raw`\b(?:see|sees|saw)\s+${ADVERBS}merit\s+in\s+${WORD}`, 'giu'), firmness: 'tentative' },
  { pattern: new RegExp(String.raw`\b(?:remains?|is|are)\s+(?:a|an|their|our|the)\s+(?:${WORD}\s+)?commitment\b`, 'giu'), firmness: 'firm' },
  // Nouns: "the commitment of both sides to evolving DFFT ... was reiterated", "recalling their commitment to", "their aim of
  // implementing", "the continuation of whose work was agreed", "welcomed the continuation of their cooperation".
  { pattern: new RegExp(String.raw`\bcommitment\s+(?:of\s+(?:${WORD}\s+){1,3}?)?(?:,\s[^,;]{1,60},\s+)?to\s+${WORD}`, 'giu'), firmness: 'firm' },
  // Agreed language carried by reference (draft 2027al): "reaffirmed the commitment made in 2026 to leverage ...", "reaffirmed the
  // commitments on Data Free Flow with Trust set out in the 2026 Joint Statement": the commitment said again, by pointing to it.
  { pattern: new RegExp(String.raw`\bcommitment\s+(?:made|set\s+out|expressed|undertaken|given|agreed)\s+(?:in|at)\s+[^,;.]{1,40}?\s+to\s+${WORD}`, 'giu'), firmness: 'firm' },
  { pattern: new RegExp(String.raw`\b(?:re)?(?:affirm|confirm)\w*\s+(?:the|their|all|both)\s+(?:${WORD}\s+)?commitments\s+(?:on|in|regarding|concerning|made|set\s+out)\b`, 'giu'), firmness: 'firm' },
  // Effort continued that the parties welcome or note ("Welcomes the continued implementation of the MoC"); not the adjective
  // alone ("their continued support").
  { pattern: new RegExp(String.raw`\b(?:welcom\w*|not(?:e|es|ed|ing)|takes?\s+note|took\s+note|appreciat\w*|commend\w*)\s+(?:with\s+\w+\s+)?(?:of\s+)?the\s+continued\s+${WORD}`, 'giu'), firmness: 'firm', report: true },
  { pattern: new RegExp(String.raw`\b(?:aim|intention|plan|resolve|determination)\s+of\s+[\p{L}-]+ing\b`, 'giu'), firmness: 'firm' },
  { pattern: new RegExp(String.raw`\bcontinuation\s+of\b`, 'giu'), firmness: 'firm' },
  // "Their aim remains to protect and empower users", "the objective is to": the aim said again as a noun.
  { pattern: new RegExp(String.raw`\b(?:aim|aims|intention|plan|objective|goal)\s+(?:is|are|remains?)\s+${ADVERBS}to\s+${WORD}`, 'giu'), firmness: 'firm' },
  { pattern: new RegExp(String.raw`\b(?:has|have)\s+${ADVERBS}(?:been\s+${ADVERBS}(?:pursued|maintained|sustained|kept\s+up)|continued)\b`, 'giu'), firmness: 'firm', report: true },
  { pattern: new RegExp(String.raw`\b(?:was|were)\s+${ADVERBS}(?:continued|pursued|maintained|sustained|kept\s+up)\b`, 'giu'), firmness: 'firm', report: true },
  // Effort pursued, maintained or sustained, in the active past, as "continued their discussions" is ("both sides pursued their
  // discussions on the Arctic connectivity projects", draft 2027bq); the passive is read above.
  { pattern: new RegExp(String.raw`\b(?:pursued|maintained|sustained)\s+(?:their|its|the|our|these|those)\s+${WORD}`, 'giu'), firmness: 'firm', report: true },
  // Effort carried on, in the phrasal verb ("both sides carried on implementing the MoC", "kept on working", "carried on with"): continued.
  { pattern: new RegExp(String.raw`\b(?:carried|kept)\s+on\s+(?:with\s+)?${WORD}`, 'giu'), firmness: 'firm', report: true },
  { pattern: new RegExp(String.raw`\bcontinued(?=\s*(?:[,.;:]|$|\s+(?:and|with|in|on|under|through|at|between|during|since)\b))`, 'giu'), firmness: 'firm', report: true },
  // Effort continued by whoever does it for the parties ("The Digital Agency and DG CONNECT continued to implement the MoC",
  // "the JFTC, DG CONNECT and DG COMP continued their regular technical exchanges"); not the adjective ("their continued support").
  { pattern: new RegExp(String.raw`\bcontinued(?<!\b(?:the|their|its|our|a|an|of|for|with|by|to|in|on)\s+continued)\s+(?:to\s+${WORD}|(?:their|its|the|our|this|these|those)\s+${WORD})`, 'giu'), firmness: 'firm', report: true },
  // The items of an enumeration under the parties' lead-in ("both sides will: (a) leverage ...; (b) keep moving ...; (c) foster
  // ..."), each a restatement of its own; an item's first word is its verb, not an article or a preposition.
  { pattern: new RegExp(String.raw`${ITEM_LABEL}(?<=\b(?:will|shall|intend\s+to|aim\s+to|committed\s+to|decided\s+to|agreed\s+to|seek\s+to|resolved\s+to|determined\s+to)\s*:[^.]*)\s+${ITEM_VERB}`, 'gu'), firmness: 'firm' },
  { pattern: new RegExp(String.raw`${ITEM_LABEL}(?<=\b(?:would|could|may|might)\s*:[^.]*)\s+${ITEM_VERB}`, 'gu'), firmness: 'tentative' },
  // An item standing as a list item of its own under such a lead-in ("- (a) continue the work of the Working Group ..."):
  // its lead-in is in the block before, and a lead-in in the parties' register is firm nearly always.
  { pattern: new RegExp(String.raw`^${ITEM_LABEL}\s+${ITEM_VERB}`, 'gu'), firmness: 'firm' },
  { pattern: new RegExp(String.raw`\b(?:continues?|continued)\s+to\s+be\s+${WORD}`, 'giu'), firmness: 'firm', report: true },
  // Under way, in other words ("two jointly supported pilot projects ... are now running", draft 2027bp); not running something.
  { pattern: new RegExp(String.raw`\b(?:is|are|remains?)\s+${ADVERBS}(?:continuing|ongoing|under\s*way|running(?!\s+(?:the|a|an|their|its|our|this|these)\b)|in\s+progress|in\s+operation)\b`, 'giu'), firmness: 'firm', report: true },
  { pattern: new RegExp(String.raw`\b(?:goes|go|went|going)\s+on\b`, 'giu'), firmness: 'firm', report: true },
  // Effort in the present perfect continuous ("both sides have been exchanging best practices", "have been working together to
  // deepen"), or done steadily ("the MoC has been steadily implemented"): under way, neither begun nor finished.
  { pattern: new RegExp(String.raw`\b(?:has|have)\s+${ADVERBS}been\s+${ADVERBS}(?!being\b)[\p{L}-]+ing\b`, 'giu'), firmness: 'firm', report: true },
  { pattern: new RegExp(String.raw`\b(?:has|have|is|are)\s+(?:been\s+)?(?:steadily|continuously|consistently|constantly|regularly)\s+[\p{L}-]+ed\b`, 'giu'), firmness: 'firm', report: true },
  // A follow-up item in a note's headline style, the parties and an infinitive at the start of a sentence or after a label
  // ("Follow-up: COM to circulate a proposal by 06/2027", "JP and COM to consider whether ..."): what they are to do.
  // An infinitive coordinated with the one a marker of intent governs is a further action intended ("decided to operationalise
  // DFFT, ..., and, as appropriate, to consider extending this cooperation to ASEAN"): its firmness is its own verb's. Not after
  // "committed to", which takes nouns ("committed to cooperation and to innovation").
  { pattern: new RegExp(String.raw`(?<=\b(?:decided|decide|decides|agreed|agree|agrees|intend|intends|intended|intention|aim|aims|plan|plans)(?:\s+${ADVERBS}|\s*,[^,]{1,40},\s+)to\s+[^.;:]*?(?:,\s+|\band\s+|,\s+and\s+)(?:,?\s*(?:where|as|when|if)\s+[\p{L}]+,\s+)?)to\s+${ADVERBS}(?!(?:the|a|an|this|these|those|their|its|our|each|all|both)\b)\p{Ll}[\p{L}’'-]*(?=\s)`, 'giu') },
  // A work plan's action lines say the same of a body the parties set up ("The Working Group to continue its work on ..."). The
  // firmness is the action's: "JP and COM to consider whether ..." and "EU and Japan to explore ..." look into it (both labellers).
  { pattern: verbAfter('to', String.raw`\s+${ADVERBS}(?!be\b)${WORD}`, { after: String.raw`(?:^|[.;:]\s+|\(\s*)(?:${PARTY}|${BODY})\s+` }) },
  // Reported speech in the past (a summary record): "the two sides were to create ...", "they aimed to protect ...", "both sides
  // undertook to deepen ...", as "are to", "aim to", "undertake to" said at the time.
  { pattern: verbAfter(String.raw`was|were`, String.raw`\s+${ADVERBS}to\s+(?!be\b)${WORD}`, { after: String.raw`\b(?:${PARTY}|${BODY}|they)\s+` }), firmness: 'firm' },
  { pattern: new RegExp(String.raw`\b(?:aimed|intended|sought|undertook|resolved)\s+${ADVERBS}to\s+(?!be\b)${WORD}`, 'giu'), firmness: 'firm' },
  // Obligation and necessity (draft 2027ag): "both sides must ...", "need to", "have to", "ought to", "are required to", "it is
  // essential that ...", "it is necessary for the Working Group to ..."; not negated ("need not", "no longer need to"). The firmness
  // is the action's ("need to explore" looks into it).
  { pattern: new RegExp(String.raw`(?<!\b(?:no longer|not|never)\s+)\b(?:must|needs?\s+to|ha(?:ve|s)\s+to|ought\s+to|(?:are|is)\s+required\s+to)\s+${ADVERBS}(?:be\s+${ADVERBS})?(?!not\b)${WORD}`, 'giu') },
  { pattern: new RegExp(String.raw`\bit\s+is\s+(?:essential|necessary|imperative|vital)\s+(?:that|for\s+[^.;]{1,60}?\s+to)\s+${WORD}`, 'giu'), firmness: 'firm' },
  // An impersonal minute's passive: "Consideration will be given (, where resources permit,) to ..." looks into it, as "will
  // consider" does; "Further work is foreseen on ..." envisages it.
  { pattern: new RegExp(String.raw`\bconsideration\s+(?:will|shall|may|might|could|would|is\s+to|was\s+to)\s+be\s+given(?:,\s[^,;.]{1,60},)?\s+to\b`, 'giu'), firmness: 'tentative' },
  { pattern: new RegExp(String.raw`\b(?:is|are|was|were|remains?)\s+${ADVERBS}foreseen\b`, 'giu'), firmness: 'tentative' },
  // EU English with French calques (draft 2027an): "both Parties engage themselves to pursue ..." commits as "commit to" does;
  // "agreed on the opportunity to explore ..." agrees to look into it, its firmness the action's; "a reflection will be
  // conducted on ..." looks into it, as "consideration will be given to" does.
  { pattern: verbAfter(String.raw`engage|engages|engaged`, String.raw`\s+(?:themselves|itself)\s+to\s+${ADVERBS}${WORD}`, { after: String.raw`\b(?:${PARTY}|${BODY})\s+${ADVERBS}(?:have\s+|has\s+)?` }), firmness: 'firm' },
  { pattern: new RegExp(String.raw`\bagreed\s+on\s+the\s+(?:opportunity|usefulness|interest)\s+(?:to|of)\s+${ADVERBS}${WORD}`, 'giu') },
  // A letter's or a speech's exhortation (draft 2027ao): "Let us continue advancing our partnership ..." commits the writer
  // and the reader together; "we agreed on continuing the work" as "agreed to continue" does.
  { pattern: new RegExp(String.raw`\blet\s+us\s+${ADVERBS}(?!(?:know|hope|see|recall|remember|note|be)\b)${WORD}`, 'giu'), firmness: 'firm' },
  { pattern: verbAfter('agreed', String.raw`\s+on\s+${ADVERBS}[\p{L}-]+ing\b`, { after: String.raw`\b${PARTY}\s+${ADVERBS}(?:have\s+|has\s+)?(?:[^.;]*\band\s+)?` }), firmness: 'firm' },
  { pattern: new RegExp(String.raw`\b(?:a\s+)?reflection\s+(?:will|shall|is\s+to|would)\s+be\s+(?:conducted|led|carried\s+out|undertaken)\b`, 'giu'), firmness: 'tentative' },
  // Open to doing it: a possibility kept, as "may consider" is ("both sides remain open to extending this cooperation").
  { pattern: new RegExp(String.raw`\b(?:remain|remains|are|is|stay|stays)\s+${ADVERBS}open\s+to\s+${WORD}`, 'giu'), firmness: 'tentative' },
  // An action named as a noun that the parties confirm in the passive ("Continued efforts toward strengthening collaboration
  // ... were affirmed", "Consideration of further collaborative research ... was confirmed"): looking into it is tentative.
  { pattern: new RegExp(String.raw`\b(?:consideration|exploration|examination|study)\s+of\b${CONFIRMED_AFTER}`, 'giu'), firmness: 'tentative' },
  // A resolution's operative clauses, their subject (the Council) understood, at the start of the sentence or of a clause
  // after a comma ("Decides to launch ...", "..., commits to further deepening ...", "Requests the Working Group to pursue
  // its work", "Encourages both sides to explore ...", "Invites the Commission and the Digital Agency to consider ...").
  // Firmness is read from the words: encouraging, exploring and considering are tentative.
  { pattern: new RegExp(String.raw`${OPERATIVE_START}(?:decides|agrees|resolves|commits|pledges|undertakes)\s+${ADVERBS}to\s+${WORD}`, 'giu'), firmness: 'firm' },
  { pattern: new RegExp(String.raw`${OPERATIVE_START}(?:requests|tasks|instructs|mandates|invites|urges|encourages|calls\s+(?:up)?on)\s+(?:[\p{L}’'-]+\s+){0,8}?to\s+${ADVERBS}${WORD}`, 'giu') },
  // Its preambular participles: "Committed to evolving DFFT ...", "determined, as global leaders, to continue ...".
  { pattern: new RegExp(String.raw`${OPERATIVE_START}(?:committed|determined|resolved|aiming)\s*(?:,\s[^,;]{1,80},\s*)?\s+to\s+${ADVERBS}${WORD}`, 'giu'), firmness: 'firm' },
  // Effort kept up, and a commitment stood by ("Both sides kept up the implementation of the MoC", "stood by their commitment to").
  { pattern: new RegExp(String.raw`\b(?:kept|keeps)\s+up\b`, 'giu'), firmness: 'firm', report: true },
  { pattern: new RegExp(String.raw`\b(?:stood|stand|stands)\s+by\s+(?:their|its|our|the)\s+(?:${WORD}\s+)?(?:commitment|cooperation|pledge|plan)\b`, 'giu'), firmness: 'firm' },
  // A door kept open: a possibility kept, as "may consider" is.
  { pattern: new RegExp(String.raw`\b(?:keep|keeps|kept|leave|leaves|left)\s+(?:the\s+door\s+open|open\s+the\s+(?:possibility|option))\s+(?:to|of|for)\s+${WORD}`, 'giu'), firmness: 'tentative' },
  // A work programme's planned steps, each a fragment with its verb first ("Next steps: Continue the information exchange
  // ...; explore cooperation between the quantum industries"): the parties' "will" understood, so firm as "will" is.
  { pattern: new RegExp(String.raw`${fragmentAfter(PLANNED_LABEL)}${FRAGMENT_VERB}`, 'giu'), firmness: 'firm' },
  // Effort reported continued among what was done ("Achievements: Continued implementation of the MoC; ...").
  { pattern: new RegExp(String.raw`${fragmentAfter(DONE_LABEL)}continued\s+${WORD}`, 'giu'), firmness: 'firm', report: true },
  { pattern: new RegExp(String.raw`\b(?:(?:continued|further|sustained)\s+efforts?\s+(?:toward|towards|to)|(?:further\s+)?(?:promotion|pursuit|strengthening|deepening|enhancement)\s+of)\b${CONFIRMED_AFTER}`, 'giu'), firmness: 'firm' },
];

/**
 * Where a pattern's first words end: the longest part of its source, at the
 * top level (outside groups and classes), before its first look-behind or
 * white space. Every match of the pattern starts with a match of that part.
 * A pattern that opens with a look-behind (a fragment under a work
 * programme's label) is led by that look-behind's own lead: every sentence
 * it matches holds a match of it.
 */
export function leadOf(source: string): string {
  if (source.startsWith('(?<=')) return leadOf(source.slice(4, closingParenthesis(source, 0)));
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      if (!inClass && depth === 0 && i > 0 && source[i + 1] === 's') return source.slice(0, i);
      i++;
    } else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') {
      if (depth === 0 && source.startsWith('(?<', i) && (source[i + 3] === '=' || source[i + 3] === '!')) return source.slice(0, i);
      depth++;
    } else if (c === ')') depth--;
  }
  return source;
}

/** The offset of the parenthesis that closes the group opened at `open` (escapes and classes skipped). */
function closingParenthesis(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return source.length;
}

/** Each rule's pattern, as tests read them. */
export const MARKER_PATTERNS: readonly RegExp[] = RULES.map((rule) => rule.pattern);

/**
 * The first words of every rule at once: a sentence none of them starts in
 * holds no marker, and one scan tells so where running every rule took 26
 * (a tenth of aligning 10,000 one-line paragraphs that commit to nothing).
 * The word boundary that opens the leads is read once, before them all: a
 * boundary in each alternative, under the i and u flags, made the one scan
 * as slow as the 26.
 */
const ANY_MARKER_LEAD = anyOf(MARKER_PATTERNS.map((pattern) => leadOf(pattern.source)));

/** Whether any rule could find a marker in a sentence (none can when this says no). */
export const mayHoldMarker = (sentence: string): boolean => ANY_MARKER_LEAD.test(sentence);

function anyOf(leads: readonly string[]): RegExp {
  const bounded = leads.filter((lead) => lead.startsWith(String.raw`\b`)).map((lead) => `(?:${lead.slice(2)})`);
  const others = leads.filter((lead) => !lead.startsWith(String.raw`\b`)).map((lead) => `(?:${lead})`);
  return new RegExp([...(bounded.length > 0 ? [String.raw`\b(?:${bounded.join('|')})`] : []), ...others].join('|'), 'iu');
}

/**
 * A modal followed by these verbs describes how something works ("the project
 * would use wallet infrastructures"), not what the parties intend; but the
 * parties' using an occasion to act is their intent ("Both sides will use
 * this occasion to encourage more governments ...").
 */
const DESCRIPTIVE_AFTER_MODAL = /^(?:will|would|shall)\s+(?:use|be(?!\s+(?:held|convened|hosted|organi[sz]ed)\b)(?!\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+ing$)|have|include|involve|allow|enable|require|mean|make it)\b/iu;
/** The parties using an occasion to act: what follows the marker "will use". */
const USES_OCCASION = /^(?:will|would|shall)\s+use\s+(?:this|the|that|their)\s+(?:occasion|opportunity|momentum)\s+to\b/iu;

/** Council notes open with "Delegations will find in the annex ...": a cover formula, not a commitment. */
const COVER_FORMULA = /^Delegations will find\b/u;

/**
 * The governing commitment marker of a sentence, or null when it commits to
 * nothing: the first of its markers.
 */
export function findMarker(sentence: string): MarkerMatch | null {
  return findMarkers(sentence)[0] ?? null;
}

/**
 * Every commitment marker of a sentence, in order, none overlapping another
 * ("welcomed ... and committed to further deepening cooperation" has one
 * after a report; a fate reads the one about the commitment it follows).
 * Reading them runs every rule's regular expression over the sentence, which
 * was most of a keystroke's analysis on a long draft, hence the memo.
 */
export const findMarkers: (sentence: string) => readonly MarkerMatch[] = boundedMemo(
  (sentence: string) => readSpelt(sentence, readMarkers, findMarkers, markerInSource),
  50_000,
);

/** A marker of a sentence's reading (markerSpelling.ts) in the sentence's own words and offsets. */
export function markerInSource(marker: MarkerMatch, spelt: SpeltReading): MarkerMatch {
  const { at, text } = spelt.inSource(marker.index, marker.marker.length);
  return text === marker.marker ? { ...marker, index: at } : { ...marker, index: at, marker: text, readAs: marker.readAs ?? marker.marker };
}

function readMarkers(sentence: string): MarkerMatch[] {
  if (COVER_FORMULA.test(sentence) || !mayHoldMarker(sentence)) return [];
  return withoutOverlaps(matchesOf(RULES, sentence));
}

/**
 * The markers of a draft sentence read for the fate of a prior commitment:
 * the commitment markers and, where none stands, the restatements only a
 * draft's reading takes (RESTATEMENT_RULES).
 */
export const findRestatementMarkers: (sentence: string) => readonly MarkerMatch[] = boundedMemo(
  (sentence: string) => readSpelt(sentence, readRestatementMarkers, findRestatementMarkers, markerInSource),
  50_000,
);

function readRestatementMarkers(sentence: string): MarkerMatch[] {
  if (COVER_FORMULA.test(sentence)) return [];
  const markers = findMarkers(sentence);
  const restated = ANY_RESTATEMENT_LEAD.test(sentence) ? matchesOf(RESTATEMENT_RULES, sentence, false) : [];
  const overlaps = (a: MarkerMatch, b: MarkerMatch) => a.index < b.index + b.marker.length && b.index < a.index + a.marker.length;
  const added = withoutOverlaps(restated.filter((r) => !markers.some((m) => overlaps(m, r))));
  return added.length === 0 ? [...markers] : [...markers, ...added].sort((a, b) => a.index - b.index);
}

const ANY_RESTATEMENT_LEAD = anyOf(RESTATEMENT_RULES.map((rule) => leadOf(rule.pattern.source)));

/** Every match of the rules in a sentence, in rule order; a modal that describes is left out unless `describes` is false (the passive rule reads "will be" itself). */
function matchesOf(rules: readonly MarkerRule[], sentence: string, describes = true): MarkerMatch[] {
  const found: MarkerMatch[] = [];
  rules.forEach((rule) => {
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(sentence); match; match = rule.pattern.exec(sentence)) {
      const marker = match[0];
      if (describes && DESCRIPTIVE_AFTER_MODAL.test(marker) && !USES_OCCASION.test(sentence.slice(match.index))) continue;
      const firmness = rule.firmness ?? (isBackshifted(marker, sentence, match.index) ? firmnessAsWill(marker) : firmnessOf(marker));
      found.push({ marker, index: match.index, firmness, report: rule.report ?? false });
    }
  });
  return found;
}

/** Earliest first; at one place the one listed first. A marker inside an earlier one is part of it. */
function withoutOverlaps(found: readonly MarkerMatch[]): MarkerMatch[] {
  const order = found.map((marker, at) => ({ marker, at })).sort((a, b) => a.marker.index - b.marker.index || a.at - b.at);
  const markers: MarkerMatch[] = [];
  for (const { marker } of order) {
    const last = markers[markers.length - 1];
    if (!last || marker.index >= last.index + last.marker.length) markers.push(marker);
  }
  return markers;
}

/**
 * Reported speech puts "will" in the past: "The co-chairs agreed that the two
 * sides would go on ..." reports "the two sides will go on ...", as firm as
 * it was said, not the tentative "would" of a wish. Only after a reporting
 * verb in the past within the same clause.
 */
const REPORTED_SPEECH_BEFORE = new RegExp(String.raw`\b${REPORTING_VERB}\s+(?:that\s+)?[^.;:!?]{0,120}$`, 'iu');

const OPENS_WITH_WOULD = /^would\b/iu;

function isBackshifted(marker: string, sentence: string, at: number): boolean {
  return OPENS_WITH_WOULD.test(marker) && REPORTED_SPEECH_BEFORE.test(sentence.slice(0, at));
}

/** The firmness of a marker that opens with "would", read as the "will" it reports. */
const firmnessAsWill = (marker: string): Firmness => firmnessOf(marker.replace(OPENS_WITH_WOULD, 'will'));

/**
 * A draft that says "would" and never "will" or "shall" is written in
 * reported speech throughout (a summary record: "As trusted partners, they
 * would continue leveraging ..." under "The EU side stated that ..."): there
 * every "would" is the reported "will". Three sentences at least, so that a
 * line or two being written is not read as a record.
 */
export function isReportedThroughout(sentences: readonly string[]): boolean {
  let would = 0;
  for (const sentence of sentences) {
    if (/\b(?:will|shall)\b/iu.test(sentence)) return false;
    if (/\bwould\b/iu.test(sentence)) would++;
  }
  return would >= REPORTED_SENTENCES_AT_LEAST;
}

const REPORTED_SENTENCES_AT_LEAST = 3;

/**
 * A marker's firmness where "would" is the reported "will": a marker that
 * opens with "would", as read ("We'd consider" is read "would consider"), has
 * the firmness it would have with "will"; any other keeps its own.
 */
export function firmnessAsReported(marker: MarkerMatch): Firmness {
  const read = marker.readAs ?? marker.marker;
  return OPENS_WITH_WOULD.test(read) ? firmnessAsWill(read) : marker.firmness;
}

/** Firmness read from the marker's first word that carries one ("would continue" is tentative). */
function firmnessOf(marker: string): Firmness {
  for (const word of marker.split(/\s+/u)) {
    if (TENTATIVE_WORDS.test(word)) return 'tentative';
    if (/^(will|shall|should|committed|decided|continu|is|are)/iu.test(word) && !/^(is|are)$/iu.test(word)) return 'firm';
  }
  return 'firm';
}

/** A marker's action that looks into something rather than does it ("intention to explore", "will be considered"). */
const EXPLORATORY_ACTION = /^(?:explor|consider|stud(?:y|ie)|examin|assess|envisag)/iu;
/** One that does it ("will establish", "decided to launch", "would sign"). */
const CONCRETE_ACTION = /^(?:establish|launch|set|creat|sign|conclud|adopt|implement|build|deploy|start|begin|conven|prepar|organi[sz]|support|promot|pursu)/iu;

/**
 * Whether the action a marker governs (its last word) looks into something
 * or does it. Within one tier of firmness, a commitment to explore that
 * becomes one to establish is firmer, as the labels read it ("confirmed
 * their intention to explore quantum industry cooperation" -> "will
 * establish an EU-Japan Quantum Industry Dialogue"); "will also be
 * explored" is the same commitment.
 */
export function markerAction(marker: string): 'exploratory' | 'concrete' | null {
  const words = marker.trim().split(/\s+/u);
  const verb = words[words.length - 1] ?? '';
  if (EXPLORATORY_ACTION.test(verb)) return 'exploratory';
  if (CONCRETE_ACTION.test(verb)) return 'concrete';
  return null;
}

/** Words of a marker that say how it commits rather than to what ("further", "their", "continue to"). */
export const NOT_THE_MARKER = new Set(['also', 'further', 'jointly', 'together', 'continuously', 'actively', 'closely', 'not', 'only', 'therefore', 'now', 'still', 'both', 'all', 'to', 'at', 'the', 'their', 'its', 'our', 'continue', 'continues']);

/**
 * The words that make a marker a commitment, without the verb it governs or
 * adverbs: "will further enhance" and "will enhance" are both "will",
 * "intend to enhance" is "intend". Two markers of one firmness with other
 * cores are a marker change ("will" → "intend to"), not a change of fate.
 */
export function markerCore(marker: string): string {
  const words = marker.toLowerCase().replace(/[‘’'"“”]/gu, '').split(/\s+/u).filter(Boolean);
  const kept = words.slice(0, -1).filter((word) => !NOT_THE_MARKER.has(word));
  return (kept.length > 0 ? kept : words.slice(0, 1)).join(' ');
}

/** The commitments of a document's blocks, in order. Headings commit to nothing. */
export function findCommitments(blocks: readonly Block[]): Commitment[] {
  const commitments: Commitment[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') continue;
    for (const sentence of block.sentences) {
      const marker = findMarker(sentence.text);
      if (!marker) continue;
      commitments.push({
        block: block.index,
        sentence: sentence.text,
        start: sentence.start,
        end: sentence.end,
        marker: marker.marker,
        ...(marker.readAs ? { readAs: marker.readAs } : {}),
        firmness: marker.firmness,
        report: marker.report,
      });
    }
  }
  return commitments;
}
