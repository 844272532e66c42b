/** Messages between the desk and its analysis worker. Plain data only. */
import type { AlignmentStatus, CommitmentFate, DraftingCheck, Fate, Firmness, LineageEntry, RevisionCompare, RevisionOperation, WordDiff } from '../../engine/index';
import type { CorpusSource, DocumentText } from '../../contract/api';

export interface PriorInfo {
  id: string;
  title: string;
  date: string;
}

/** A prior block a draft block continues; its wording is in the priors' quotes, sent once. */
export interface PrecedentView {
  prior: number;
  block: number;
  score: number;
}

/** A prior block's wording: plain, and as Markdown to put back into the draft. */
export interface Quote {
  text: string;
  markdown: string;
  section: string[];
}

/**
 * The priors' blocks, sent when the priors change rather than with every
 * analysis: quoting each precedent in every result made a keystroke's
 * message 650 KB on a 10,000-word draft. Indexed by prior, then block.
 */
export type PriorQuotes = Array<Array<Quote | null>>;

export interface CommitmentView {
  /** UTF-16 offsets of the sentence in the draft. */
  start: number;
  end: number;
  marker: string;
  firmness: Firmness;
}

export interface CardView {
  /**
   * What the card shows, as a number: two cards with the same look show the
   * same status, precedents, diff, commitments and fates (wherever their
   * blocks stand). The panel keeps a card's element while its look lasts, and
   * the worker sends a card whose look the page has already seen as its
   * look and position alone.
   */
  look: number;
  block: number;
  start: number;
  end: number;
  text: string;
  section: string[];
  status: AlignmentStatus;
  precedents: PrecedentView[];
  /** The precedent whose wording the quick fix may put in place of the block, where it really continues it (engine agreedWordingOf); null otherwise. */
  agreedWording: PrecedentView | null;
  /** The label in words: what the block continues and on what evidence (shared names, sentences continued, role), or why it is new. */
  reason: string;
  diff: WordDiff;
  /** The draft's own commitments in this block. */
  commitments: CommitmentView[];
  /** Prior commitments this block continues, with their fate. */
  fates: Array<Pick<CommitmentFate, 'prior' | 'marker' | 'firmness' | 'fate' | 'draftMarker' | 'markerChanged'>>;
}

/**
 * A commitment of the latest statement and its fate in the draft, where the
 * desk shows it: counted in the summary, listed, marked in the gutter.
 */
export interface CommitmentFateView extends Pick<CommitmentFate, 'prior' | 'block' | 'fate' | 'marker' | 'firmness' | 'sentence' | 'draftMarker' | 'markerChanged'> {
  /**
   * UTF-16 offsets in the draft of what shows the fate: the sentence that
   * continues the commitment or, for one dropped from a paragraph the draft
   * keeps, that paragraph; null when no draft text stands for it.
   */
  start: number | null;
  end: number | null;
}

export interface DroppedView {
  prior: number;
  block: number;
  text: string;
  markdown: string;
  section: string[];
  /** What it was about: its label, the things it named, or its first words. */
  about: string;
  /** The dropped block's commitments (all dropped with it). */
  commitments: Array<{ sentence: string; marker: string; firmness: Firmness }>;
}

/** A sentence to flag in the editor. */
export interface FlagView {
  start: number;
  end: number;
  message: string;
  severity: 'warning' | 'info';
}

export interface AnalysisSummary {
  carried: number;
  revised: number;
  new: number;
  dropped: number;
  /** Share (0..1) of the draft's words that stand in a prior statement. */
  agreedShare: number;
  /** The latest statement's commitments by fate (all zero until the fates are in), and those restated in another marker. */
  fates: Record<Fate, number>;
  markerChanges: number;
}

export interface AnalysisResult {
  version: number;
  /** False for the first step (statuses, precedents, diffs); true once commitments' fates are in. */
  complete: boolean;
  priors: PriorInfo[];
  /** The prior whose dropped blocks are listed: the latest. */
  latestPrior: number | null;
  cards: CardView[];
  dropped: DroppedView[];
  /** Prior commitments that the draft weakened or dropped outside dropped blocks. */
  droppedCommitments: Array<{ prior: number; block: number; sentence: string; marker: string; firmness: Firmness }>;
  /** The latest statement's commitments, in its order, with their fates. */
  commitmentFates: CommitmentFateView[];
  /** Drafting checks still pending. */
  checks: DraftingCheck[];
  flags: FlagView[];
  summary: AnalysisSummary;
  /** A warning when the draft is written in another script than its priors (engine languageMismatch), or null; read with the fates, the first step repeats the last one. */
  language: string | null;
  /** Milliseconds the worker spent on this version. */
  elapsed: number;
}

/** A block of a compared document: where it stands in its source. */
export interface ComparedBlock {
  index: number;
  text: string;
  start: number;
  end: number;
}

export interface ComparedDocument {
  id: string;
  title: string;
  source: string;
  blocks: ComparedBlock[];
}

export interface CompareResult {
  old: ComparedDocument;
  new: ComparedDocument;
  header: Record<string, [string | null, string | null]>;
  operations: RevisionOperation[];
  summary: RevisionCompare['summary'];
}

/** A lineage entry as the view shows it: the engine's, named by corpus id, with the block's commitments. */
export interface LineageEntryView extends Omit<LineageEntry, 'file'> {
  id: string;
  commitments: Array<{ sentence: string; marker: string; firmness: Firmness }>;
}

/** Two versions held in memory: a Word document's text before and after its tracked changes, or documents read from files to compare. */
export interface RevisionPair {
  /** What the versions are of, for the view's title ("outcome.docx"). */
  name: string;
  before: string;
  after: string;
  /** What each version is called, in the title and the report; by default, `name` before and after the tracked changes. */
  titles?: { old: string; new: string };
  /** The versions read from a file for this comparison, not in the corpus (or with the corpus document holding their text): the view offers to add them, and adds nothing itself. */
  notInCorpus?: Array<{ file: DocumentText; sameAs: { title: string; date: string } | null }>;
}

export type ToWorker =
  | { type: 'corpus'; corpus: CorpusSource[]; priors: string[] }
  | { type: 'priors'; priors: string[] }
  | { type: 'analyze'; version: number; text: string }
  | { type: 'compare'; request: number; oldId: string; newId: string }
  | { type: 'comparePair'; request: number; pair: RevisionPair }
  | { type: 'lineage'; request: number; query: string; draft: string | null };

/** A card the page saw in the previous result: its look, and where its block now stands. */
export interface SeenCard {
  look: number;
  block: number;
  start: number;
  end: number;
}

/** What a card holds when it is empty or plain, and so may be left out of its posted form (see cardWire). */
export type CardDefaults = 'section' | 'precedents' | 'agreedWording' | 'diff' | 'commitments' | 'fates';

/** A card as posted whole: a part it holds nothing in (no precedents, no commitments, a new block's diff of its own text) left out. */
export type PostedCard = Omit<CardView, CardDefaults> & Partial<Pick<CardView, CardDefaults>>;

/** An analysis as posted: cards already seen in the previous result are sent as `SeenCard`s (see cardWire). */
export type PostedResult = Omit<AnalysisResult, 'cards'> & { cards: Array<PostedCard | SeenCard> };

export type FromWorker =
  /** The worker began analysing this version (the page's watchdog times it). */
  | { type: 'started'; version: number }
  | { type: 'result'; result: PostedResult }
  | { type: 'quotes'; quotes: PriorQuotes }
  | { type: 'error'; version: number; message: string }
  | { type: 'compared'; request: number; result: CompareResult | { error: string } }
  | { type: 'lineage'; request: number; entries: LineageEntryView[] };
