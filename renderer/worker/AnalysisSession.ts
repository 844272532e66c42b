/**
 * The analysis behind the desk, kept between keystrokes: the priors indexed
 * once, the draft re-parsed and re-aligned only where it changed. Pure (no
 * DOM, no worker API), so it runs in the worker and in unit tests alike.
 */
import {
  agreedWordingOf,
  AlignmentCache,
  LineageIndex,
  compareRevisions,
  PrecedentIndex,
  alignDraft,
  dominantScript,
  droppedFromLatest,
  findCommitments,
  findDraftingChecks,
  languageMismatch,
  parseDocument,
  statementBlocks,
  trackCommitments,
  type Block,
  type BlockAlignment,
  type Commitment,
  type DatedPrior,
  type DraftAlignment,
  type ParsedDocument,
  type PreviousStatement,
  type Script,
} from '../../engine/index';
import type { CorpusSource } from '../../contract/api';
import { DraftParser } from './DraftParser';
import { BlockCommitments } from './BlockCommitments';
import { countFates, keepFates, placeFates, type KeptFate } from './commitmentFateViews';
import type { AnalysisResult, CardView, CompareResult, RevisionPair, DroppedView, FlagView, LineageEntryView, PriorInfo, PriorQuotes } from './protocol';

/** A draft after the first step of its analysis, ready for the second. */
export interface AlignedDraft {
  result: AnalysisResult;
  text: string;
  draft: ParsedDocument;
  alignment: DraftAlignment;
  started: number;
}

type CardAlignment = Pick<CardView, 'status' | 'precedents' | 'agreedWording' | 'reason' | 'diff'>;

/** What the last complete analysis said of the commitments in a draft block. */
interface BlockFates {
  fates: CardView['fates'];
  weakened: Array<{ sentence: string; message: string }>;
}

interface Prior {
  info: PriorInfo;
  kind: string;
  source: string;
  document: ParsedDocument;
  commitments: Commitment[];
  /** Its statement as drafting checks read it (one object per prior, so the facts read from it are kept). */
  statement: PreviousStatement;
}

export class AnalysisSession {
  private corpus = new Map<string, Prior>();
  private priors: Prior[] = [];
  private index: PrecedentIndex = new PrecedentIndex([]);
  private datedPriors: DatedPrior[] = [];
  private cache = new AlignmentCache();
  /** Agreed-language counts of the draft's blocks, by text, from the previous analysis. */
  private agreedByText = new Map<string, { agreed: number; words: number }>();
  private readonly parser = new DraftParser();
  /**
   * What the last complete analysis said of commitments, for the first step
   * of the next one to show until the second replaces it: by draft block
   * text, the fates and weakened sentences; by prior block, the dropped
   * commitments. Without it every card with a fate and the dropped list were
   * rebuilt twice a keystroke (without the fates, then with them).
   */
  private lastFates = new Map<string, BlockFates>();
  private lastDropped = new Map<string, DroppedView['commitments']>();
  private lastDroppedCommitments: AnalysisResult['droppedCommitments'] = [];
  private lastCommitmentFates: KeptFate[] = [];
  /** What each card shows of its block's alignment, by alignment (see cardAlignment). */
  private cardAlignments = new WeakMap<BlockAlignment, CardAlignment>();
  /** The draft's own commitments, block by block. */
  private readonly commitments = new BlockCommitments();
  /** The cards of the previous result, by text, to give an unchanged card its look again. */
  private looks = new Map<string, CardView[]>();
  private nextLook = 1;
  /** The script the priors are written in, and the last complete analysis's warning about the draft's (see languageMismatch). */
  private priorScript: Script | null = null;
  private lastLanguage: string | null = null;

  setCorpus(corpus: readonly CorpusSource[], priorIds: readonly string[]): void {
    this.corpus = new Map(
      corpus.map((doc) => {
        const document = parseDocument(doc.source);
        const blocks = statementBlocks(document);
        const statement = { blocks, frontMatter: document.frontMatter };
        return [doc.id, { info: { id: doc.id, title: doc.title, date: doc.date }, kind: doc.kind, source: doc.source, document, commitments: findCommitments(blocks), statement }];
      }),
    );
    this.setPriors(priorIds);
  }

  /** Priors in date order, oldest first; the index weighs the newest first. */
  setPriors(priorIds: readonly string[]): void {
    this.priors = priorIds
      .map((id) => this.corpus.get(id))
      .filter((prior): prior is Prior => prior !== undefined)
      .sort((a, b) => (a.info.date < b.info.date ? -1 : a.info.date > b.info.date ? 1 : 0));
    this.index = new PrecedentIndex(this.priors.map((prior) => ({ blocks: statementBlocks(prior.document), date: prior.info.date })));
    this.datedPriors = this.priors.map((prior) => ({ date: prior.info.date, document: prior.document }));
    // In corpus order, as the page once read them.
    this.priorScript = dominantScript([...this.corpus.values()].filter((prior) => priorIds.includes(prior.info.id)).map((prior) => prior.source).join('\n'));
    this.lastLanguage = null;
    this.cache = new AlignmentCache();
    this.agreedByText = new Map();
    this.lastFates = new Map();
    this.lastDropped = new Map();
    this.lastDroppedCommitments = [];
    this.lastCommitmentFates = [];
    this.looks = new Map();
    this.cardAlignments = new WeakMap();
  }

  /** The whole analysis of a draft, in one step. */
  analyze(version: number, text: string, now: () => number = () => 0): AnalysisResult {
    return this.followCommitments(this.align(version, text, now), now);
  }

  /**
   * The first step, what a keystroke must show at once: blocks, statuses,
   * precedents, diffs, the draft's own commitments, drafting checks and the
   * summary. The prior commitments' fates follow in the second step.
   */
  align(version: number, text: string, now: () => number = () => 0): AlignedDraft {
    const started = now();
    const draft = this.parser.parse(text);
    const alignment = alignDraft(draft, this.index, { cache: this.cache });
    // Counted as every report counts it (droppedFromLatest): the latest prior's statement blocks no draft block continues.
    const { latest: latestPrior, dropped: droppedBlocks } = droppedFromLatest(this.datedPriors, alignment);
    const cards: CardView[] = alignment.alignments.map((a) => {
      const block = draft.blocks[a.block];
      return {
        look: 0,
        block: a.block,
        start: block.start,
        end: block.end,
        text: block.text,
        section: block.section,
        ...this.cardAlignment(a, block),
        commitments: this.commitments.of(block),
        fates: this.lastFates.get(block.text)?.fates ?? [],
      };
    });
    const dropped: DroppedView[] = droppedBlocks.map((d) => ({ prior: d.prior, block: d.block, ...this.quote(d.prior, d.block), about: d.about, commitments: this.lastDropped.get(`${d.prior}:${d.block}`) ?? [] }));
    this.giveLooks(cards);
    const counts = { carried: 0, revised: 0, new: 0 };
    for (const card of cards) counts[card.status]++;
    const commitmentFates = placeFates(this.lastCommitmentFates, draft);
    const result: AnalysisResult = {
      version,
      complete: false,
      priors: this.priors.map((prior) => prior.info),
      latestPrior,
      cards,
      dropped,
      droppedCommitments: this.lastDroppedCommitments,
      commitmentFates,
      checks: findDraftingChecks(draft.blocks, latestPrior === null ? undefined : this.priors[latestPrior].statement, text),
      flags: this.flags(draft, this.lastFates),
      summary: { ...counts, dropped: dropped.length, agreedShare: this.agreedShare(draft.blocks), ...countFates(commitmentFates) },
      language: this.lastLanguage,
      elapsed: now() - started,
    };
    return { result, text, draft, alignment, started };
  }

  /** The second step: the fate of every prior commitment, on the cards, the dropped list and as flags. */
  followCommitments({ result, text, draft, alignment, started }: AlignedDraft, now: () => number = () => 0): AnalysisResult {
    const fates = trackCommitments(
      this.priors.map((prior) => ({ blocks: prior.statement.blocks })),
      draft,
      alignment,
      { priorCommitments: this.priors.map((prior) => prior.commitments) },
    );
    // Grouped by block once: filtered card by card, 10,000 cards read every fate 10,000 times.
    const fatesByBlock = new Map<number, CardView['fates']>();
    for (const f of fates) {
      if (f.draftBlock === null) continue;
      const view = { prior: f.prior, marker: f.marker, firmness: f.firmness, fate: f.fate, ...(f.draftMarker ? { draftMarker: f.draftMarker } : {}), ...(f.markerChanged ? { markerChanged: true } : {}) };
      const list = fatesByBlock.get(f.draftBlock);
      if (list) list.push(view);
      else fatesByBlock.set(f.draftBlock, [view]);
    }
    const cards = result.cards.map((card) => ({ ...card, fates: fatesByBlock.get(card.block) ?? [] }));
    this.giveLooks(cards);
    const dropped = result.dropped.map((d) => ({
      ...d,
      // Only those no draft sentence continues: a commitment of a dropped paragraph restated elsewhere is counted restated, and listed so.
      commitments: fates.filter((f) => f.prior === d.prior && f.block === d.block && f.fate === 'dropped').map((f) => ({ sentence: f.sentence, marker: f.marker, firmness: f.firmness })),
    }));
    const droppedBlocks = new Set(result.dropped.map((d) => d.block));
    const droppedCommitments = fates
      .filter((f) => f.prior === result.latestPrior && f.fate === 'dropped' && !droppedBlocks.has(f.block))
      .map((f) => ({ prior: f.prior, block: f.block, sentence: f.sentence, marker: f.marker, firmness: f.firmness }));
    const byText = new Map<string, BlockFates>();
    for (const card of cards) byText.set(card.text, { fates: card.fates, weakened: [] });
    for (const fate of fates) {
      if (fate.fate !== 'weakened' || fate.draftBlock === null || fate.draftSentence === null) continue;
      const prior = this.priors[fate.prior].info;
      byText.get(draft.blocks[fate.draftBlock].text)?.weakened.push({
        sentence: fate.draftSentence,
        message: `Weakened commitment: "${fate.marker}" (${fate.firmness}) in ${prior.title} (${prior.date.slice(0, 4)}) is no longer firm here.`,
      });
    }
    this.lastFates = byText;
    this.lastDropped = new Map(dropped.map((d) => [`${d.prior}:${d.block}`, d.commitments]));
    this.lastDroppedCommitments = droppedCommitments;
    this.lastCommitmentFates = keepFates(fates, result.latestPrior, draft, alignment);
    const commitmentFates = placeFates(this.lastCommitmentFates, draft);
    const flags = this.flags(draft, byText);
    const summary = { ...result.summary, ...countFates(commitmentFates) };
    // Read over the whole text, so once typing pauses rather than at every keystroke (a 1 MB paragraph took 70 ms).
    this.lastLanguage = languageMismatch(text, this.priorScript)?.message ?? null;
    return { ...result, complete: true, cards, dropped, droppedCommitments, commitmentFates, flags, summary, language: this.lastLanguage, elapsed: now() - started };
  }

  /**
   * What a card shows of its block's alignment, kept by the alignment: the
   * alignment cache hands back the same object for a block it did not
   * decide again (its block's text with it), and each precedent list and
   * agreed wording was made again for all 150 cards of a 10,000-word draft
   * at every keystroke (the agreed wording counts both texts' words).
   */
  private cardAlignment(alignment: BlockAlignment, block: Block): CardAlignment {
    let card = this.cardAlignments.get(alignment);
    if (!card) {
      card = {
        status: alignment.status,
        precedents: alignment.matches.map((m) => ({ prior: m.prior, block: m.block, score: m.score })),
        agreedWording: agreedWordingOf(alignment, block, this.index),
        reason: alignment.reason,
        diff: alignment.diff,
      };
      this.cardAlignments.set(alignment, card);
    }
    return card;
  }

  /**
   * Gives each card the look of a card of the previous result that shows the
   * same, or a new one. The diff is compared by identity: the alignment cache
   * hands back the same diff for a block it did not align again.
   *
   * A look goes to one card of a result: the page keeps one element by look
   * (Panel). Two cards of one paragraph written twice took the same look,
   * their element moved between them at every keystroke, and every card
   * after them was put in place again (the template with its opening
   * paragraph written again at its end: 136 nodes moved a keystroke, 2 now).
   */
  private giveLooks(cards: CardView[]): void {
    const looks = new Map<string, CardView[]>();
    const given = new Set<number>();
    for (const card of cards) {
      const seen = this.looks.get(card.text)?.find((before) => !given.has(before.look) && sameLook(before, card));
      card.look = seen?.look ?? this.nextLook++;
      given.add(card.look);
      const same = looks.get(card.text);
      if (same) same.push(card);
      else looks.set(card.text, [card]);
    }
    this.looks = looks;
  }

  /** Weakened commitments flagged on their sentences, wherever those now stand. */
  private flags(draft: ParsedDocument, byText: ReadonlyMap<string, BlockFates>): FlagView[] {
    const flags: FlagView[] = [];
    for (const block of draft.blocks) {
      for (const { sentence: text, message } of byText.get(block.text)?.weakened ?? []) {
        const sentence = block.sentences.find((s) => s.text === text);
        if (sentence) flags.push({ start: sentence.start, end: sentence.end, severity: 'warning', message });
      }
    }
    return flags;
  }

  /** Share of the draft's words that stand in a prior statement; counts kept by block text between keystrokes. */
  private agreedShare(blocks: readonly Block[]): number {
    let agreed = 0;
    let words = 0;
    const agreedByText = new Map<string, { agreed: number; words: number }>();
    for (const block of blocks) {
      if (block.kind === 'heading') continue;
      const count = agreedByText.get(block.text) ?? this.agreedByText.get(block.text) ?? this.index.agreedWords(block.text);
      agreedByText.set(block.text, count);
      agreed += count.agreed;
      words += count.words;
    }
    this.agreedByText = agreedByText;
    return words === 0 ? 0 : agreed / words;
  }

  /** The wording of every block of the priors, for the page to quote precedents from. */
  quotes(): PriorQuotes {
    return this.priors.map((_, p) => this.priors[p].document.blocks.map((block) => (block.kind === 'heading' ? null : this.quote(p, block.index))));
  }

  /** Two documents of the corpus, block by block, moves included. */
  compare(oldId: string, newId: string): CompareResult | { error: string } {
    const [before, after] = [this.corpus.get(oldId), this.corpus.get(newId)];
    if (!before || !after) return { error: `no document "${!before ? oldId : newId}" in the corpus` };
    return compared({ id: oldId, title: before.info.title, source: before.source, document: before.document }, { id: newId, title: after.info.title, source: after.source, document: after.document });
  }

  /** Two versions held in memory, compared as two corpus documents are. */
  comparePair(pair: RevisionPair): CompareResult {
    const titleOf = (id: 'before' | 'after') => pair.titles?.[id === 'before' ? 'old' : 'new'] ?? `${pair.name}, ${id} the tracked changes`;
    const side = (id: 'before' | 'after', source: string) => ({ id, title: titleOf(id), source, document: parseDocument(source) });
    return compared(side('before', pair.before), side('after', pair.after));
  }

  /** The closest wording to a phrase in each statement of the corpus, oldest first, then in the draft. */
  lineage(query: string, draft: string | null): LineageEntryView[] {
    const documents = [...this.corpus.values()]
      .filter((doc) => doc.kind !== 'presentation')
      .map((doc) => ({ file: doc.info.id, title: doc.info.title, date: doc.info.date, blocks: statementBlocks(doc.document) }));
    if (draft) documents.push({ file: 'draft', title: 'The draft', date: '9999-12-31', blocks: this.parser.parse(draft).blocks });
    const commitmentsOf = (blocks: readonly Block[], index: number) =>
      findCommitments(blocks.filter((b) => b.index === index)).map((c) => ({ sentence: c.sentence, marker: c.marker, firmness: c.firmness }));
    return new LineageIndex(documents).trace(query).map((entry) => {
      const doc = documents.find((d) => d.file === entry.file)!;
      return {
        id: entry.file,
        title: entry.title,
        date: entry.file === 'draft' ? 'draft' : entry.date,
        block: entry.block,
        text: entry.text,
        score: entry.score,
        diff: entry.diff,
        commitments: commitmentsOf(doc.blocks, entry.block),
      };
    });
  }

  private quote(prior: number, index: number): { text: string; markdown: string; section: string[] } {
    const { source, document } = this.priors[prior];
    const block: Block = document.blocks[index];
    return { text: block.text, markdown: source.slice(block.start, block.end), section: block.section };
  }
}

/** Whether two cards of the same text show the same (their blocks may stand elsewhere). */
function sameLook(a: CardView, b: CardView): boolean {
  return (
    a.status === b.status &&
    a.diff === b.diff &&
    a.reason === b.reason &&
    a.agreedWording?.prior === b.agreedWording?.prior &&
    a.agreedWording?.block === b.agreedWording?.block &&
    sameList(a.precedents, b.precedents, (x, y) => x.prior === y.prior && x.block === y.block && x.score === y.score) &&
    sameList(a.commitments, b.commitments, (x, y) => x.marker === y.marker && x.firmness === y.firmness && x.start - a.start === y.start - b.start && x.end - x.start === y.end - y.start) &&
    sameList(a.fates, b.fates, (x, y) => x.prior === y.prior && x.marker === y.marker && x.firmness === y.firmness && x.fate === y.fate && x.draftMarker === y.draftMarker && x.markerChanged === y.markerChanged)
  );
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((x, i) => same(x, b[i]));
}

/** A compare of two documents as the compare view shows it: each side's source and blocks, then the operations. */
function compared(before: ComparedSide, after: ComparedSide): CompareResult {
  const view = ({ id, title, source, document }: ComparedSide) => ({
    id,
    title,
    source,
    blocks: document.blocks.map((b) => ({ index: b.index, text: b.text, start: b.start, end: b.end })),
  });
  return { old: view(before), new: view(after), ...compareRevisions(before.document, after.document) };
}

interface ComparedSide {
  id: string;
  title: string;
  source: string;
  document: ParsedDocument;
}
