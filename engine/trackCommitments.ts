/**
 * The fate in a draft of every commitment of the prior statements: restated,
 * progressed (now reported as done or advanced), strengthened (tentative to
 * firm), weakened (firm to tentative) or dropped.
 */
import { RetrievalIndex } from './RetrievalIndex';
import { findCommitments, findMarker, reportsProgress, type Commitment } from './findCommitments';
import { FATE_ALIGNED_SCORE, FATE_ELSEWHERE_SCORE, FATE_EVIDENCE_RATIO } from './thresholds';
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
}

interface DraftSentence {
  block: number;
  text: string;
}

export interface TrackOptions {
  /** The priors' commitments, when the caller keeps them between drafts (a live session does): by prior. */
  priorCommitments?: ReadonlyArray<readonly Commitment[]>;
}

export function trackCommitments(
  priors: ReadonlyArray<{ blocks: readonly Block[] }>,
  draft: { blocks: readonly Block[] },
  alignment: DraftAlignment,
  options: TrackOptions = {},
): CommitmentFate[] {
  const sentences: DraftSentence[] = [];
  const index = new RetrievalIndex();
  for (const block of draft.blocks) {
    if (block.kind === 'heading') continue;
    for (const sentence of block.sentences) {
      index.add(sentence.text);
      sentences.push({ block: block.index, text: sentence.text });
    }
  }
  index.seal();

  const continuing = new Map<string, Set<number>>();
  for (const { block, matches } of alignment.alignments) {
    for (const match of matches) {
      const key = `${match.prior}:${match.block}`;
      if (!continuing.has(key)) continuing.set(key, new Set());
      continuing.get(key)!.add(block);
    }
  }

  const fates: CommitmentFate[] = [];
  priors.forEach((prior, p) => {
    for (const commitment of options.priorCommitments?.[p] ?? findCommitments(prior.blocks)) {
      const aligned = continuing.get(`${p}:${commitment.block}`) ?? new Set<number>();
      const evidence = findEvidence(commitment, index, sentences, aligned);
      fates.push({
        ...commitment,
        prior: p,
        fate: evidence.length > 0 ? fateOf(commitment, evidence) : 'dropped',
        draftBlock: evidence[0]?.block ?? null,
        draftSentence: evidence[0]?.text ?? null,
      });
    }
  });
  return fates;
}

/**
 * The draft sentences that continue a commitment: those at the best score or
 * near it, among the aligned blocks' sentences and strong matches elsewhere.
 * The first is the most similar.
 */
function findEvidence(
  commitment: Commitment,
  index: RetrievalIndex,
  sentences: readonly DraftSentence[],
  aligned: ReadonlySet<number>,
): DraftSentence[] {
  const candidates = index
    .search(commitment.sentence, { limit: 20 })
    .filter((hit) => hit.score >= (aligned.has(sentences[hit.entry].block) ? FATE_ALIGNED_SCORE : FATE_ELSEWHERE_SCORE));
  if (candidates.length === 0) return [];
  const floor = candidates[0].score * FATE_EVIDENCE_RATIO;
  return candidates.filter((hit) => hit.score >= floor).map((hit) => sentences[hit.entry]);
}

/**
 * Progress when any continuing sentence reports the effort as done or
 * continued; otherwise a restatement unless the firmness of the most similar
 * recommitting sentence moved between tiers.
 */
function fateOf(commitment: Commitment, evidence: readonly DraftSentence[]): Fate {
  if (evidence.some((sentence) => reportsProgress(sentence.text))) return 'progressed';
  const recommitting = evidence.map((sentence) => findMarker(sentence.text)).find((marker) => marker !== null);
  if (!recommitting) return 'progressed';
  if (commitment.firmness === 'tentative' && recommitting.firmness === 'firm') return 'strengthened';
  if (commitment.firmness === 'firm' && recommitting.firmness === 'tentative') return 'weakened';
  return 'restated';
}
