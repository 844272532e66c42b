/**
 * What a draft drops, counted one way wherever it is shown (the desk's
 * summary and dropped list, every report, the command line's JSON): the
 * blocks of agreed language of the prior statements that no draft block
 * continues, and where a count is shown, those of the latest statement,
 * since what a drafter answers for is what the last statement said. Not
 * agreed language: a Council note's covering sentence ("Delegations will
 * find in the annex ..."), which is the note's (statementBlocks); a
 * statement's date line ("5 May 2026, Brussels"), which every statement
 * writes anew and a draft may carry on its title line (reported dropped, it
 * was a false drop in every such draft); a line that only introduces a list.
 */
import type { DraftAlignment, DroppedBlock } from './alignDraft';
import { blockRoles, isListLead } from './blockRoles';
import { statementBlocks } from './statementBlocks';
import type { Block, ParsedDocument } from './types';

/** A prior as the alignment numbered it: its ISO date (none: older than any dated one) and its document. */
export interface DatedPrior {
  date?: string;
  document: ParsedDocument;
}

export interface DroppedFromLatest {
  /** The latest prior's number in the list given; null without priors. */
  latest: number | null;
  /** Its dropped statement blocks, in its order. */
  dropped: DroppedBlock[];
}

/** The prior with the latest date; undated priors count as older, and of equals the last given wins. */
export function latestPriorOf(priors: ReadonlyArray<{ date?: string }>): number | null {
  let latest: number | null = null;
  priors.forEach((prior, p) => {
    if (latest === null || (prior.date ?? '') >= (priors[latest].date ?? '')) latest = p;
  });
  return latest;
}

/**
 * Read from the latest prior's own list when the alignment keeps one
 * (alignDraft's): against a large corpus the whole list is tens of
 * thousands of blocks, and a live desk asks for this at every keystroke.
 */
export function droppedFromLatest(priors: readonly DatedPrior[], alignment: Pick<DraftAlignment, 'dropped' | 'droppedByPrior'>): DroppedFromLatest {
  const latest = latestPriorOf(priors);
  if (latest === null) return { latest, dropped: [] };
  const agreed = agreedLanguageOf(priors[latest].document);
  const ofLatest = alignment.droppedByPrior?.[latest] ?? alignment.dropped;
  const dropped = ofLatest.filter((d) => d.prior === latest && agreed.has(d.block)).sort((a, b) => a.block - b.block);
  return { latest, dropped };
}

/** The dropped blocks of agreed language of every prior, in the priors' order. */
export function droppedAgreedLanguage(priors: ReadonlyArray<Pick<DatedPrior, 'document'>>, alignment: Pick<DraftAlignment, 'dropped'>): DroppedBlock[] {
  const agreed = priors.map((prior) => agreedLanguageOf(prior.document));
  return alignment.dropped.filter((d) => agreed[d.prior]?.has(d.block)).sort((a, b) => a.prior - b.prior || a.block - b.block);
}

/** Read at every keystroke of a live desk, for the same few documents. */
const agreedByDocument = new WeakMap<ParsedDocument, Set<number>>();
function agreedLanguageOf(document: ParsedDocument): Set<number> {
  let agreed = agreedByDocument.get(document);
  if (!agreed) agreedByDocument.set(document, (agreed = agreedLanguage(statementBlocks(document))));
  return agreed;
}

/**
 * The indexes of the blocks of agreed language among a statement's blocks
 * (statementBlocks): all but headings, its date line and a paragraph that
 * only introduces a list ("The following topics were discussed:"), as the
 * labels of ../shared/gold count blocks.
 */
export function agreedLanguage(statement: readonly Block[]): Set<number> {
  const roles = blockRoles(statement);
  return new Set(statement.filter((block) => block.kind !== 'heading' && roles.get(block.index) !== 'dateline' && !isListLead(block)).map((block) => block.index));
}
