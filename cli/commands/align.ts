import { PrecedentIndex, alignDraft, dominantScript, droppedAgreedLanguage, droppedFromLatest, languageMismatch, statementBlocks, trackCommitments, type CommitmentFate, type DraftAlignment, type DroppedBlock, type ParsedDocument } from '../../engine/index';
import { alignmentJson, commitmentFateJson, documentJson, droppedJson } from '../contract';
import { paint, renderWordDiff, type Style } from '../style';
import type { InputDocument } from '../inputs';

export interface AlignResult {
  draft: InputDocument;
  priors: InputDocument[];
  alignment: DraftAlignment;
  commitments: CommitmentFate[];
}

export function runAlign(priors: InputDocument[], draft: InputDocument): AlignResult {
  // A Council note's covering sentence is the note's, not agreed language.
  const priorBlocks = priors.map((prior) => statementBlocks(prior.document));
  const index = new PrecedentIndex(priorBlocks.map((blocks, p) => ({ blocks, date: priors[p].date })));
  const alignment = alignDraft(draft.document, index);
  const commitments = trackCommitments(
    priorBlocks.map((blocks) => ({ blocks })),
    draft.document,
    alignment,
  );
  return { draft, priors, alignment, commitments };
}

/** Says so when the draft is written in another language than its priors: the counts then say nothing about the wording. */
export function languageNote({ draft, priors }: AlignResult): string | null {
  const textOf = (document: ParsedDocument) => document.blocks.map((block) => block.text).join('\n');
  return languageMismatch(textOf(draft.document), dominantScript(priors.map((prior) => textOf(prior.document)).join('\n')))?.message ?? null;
}

export const alignJson = ({ draft, priors, alignment, commitments }: AlignResult) => ({
  draft: documentJson(draft.file, draft.document.blocks),
  priors: priors.map((prior) => documentJson(prior.file, prior.document.blocks)),
  alignments: alignment.alignments.map(alignmentJson),
  // Agreed language no draft block continues: not a Council note's covering sentence, nor a date line (droppedFromLatest).
  dropped: droppedAgreedLanguage(priors, alignment).map(droppedJson),
  commitments: commitments.map(commitmentFateJson),
});

const STATUS_COLOUR = { carried: 'green', revised: 'yellow', new: 'cyan' } as const;

export function alignReport({ draft, priors, alignment, commitments }: AlignResult, style: Style): string {
  const counts = { carried: 0, revised: 0, new: 0 };
  for (const a of alignment.alignments) counts[a.status]++;
  // Dropped as the desk and the reports count it; the other blocks no draft block continues are listed after.
  const { latest, dropped } = droppedFromLatest(priors, alignment);
  const fromLatest = latest === null ? '' : ` from ${priors[latest].file}`;
  const out: string[] = [
    `${draft.file} against ${priors.map((p) => p.file).join(', ')}`,
    `${counts.carried} carried, ${counts.revised} revised, ${counts.new} new, ${dropped.length} dropped${fromLatest}`,
    '',
  ];
  for (const a of alignment.alignments) {
    const status = paint(style, STATUS_COLOUR[a.status], `[${a.status}]`);
    const from = a.matches.map((m) => `${priors[m.prior].file} #${m.block} (${m.score.toFixed(2)})`).join(', ');
    out.push(`${status} #${a.block}${from ? ` <- ${from}` : ''}`);
    out.push(`    ${a.status === 'new' ? draft.document.blocks[a.block].text : renderWordDiff(style, a.diff)}`);
  }
  const listDropped = (heading: string, list: DroppedBlock[]) => {
    if (list.length === 0) return;
    out.push('', paint(style, 'bold', heading));
    for (const d of list) out.push(`  ${priors[d.prior].file} #${d.block}: ${priors[d.prior].document.blocks[d.block].text}`);
  };
  listDropped(`Dropped${fromLatest}`, dropped);
  listDropped('Also not continued (older priors)', droppedAgreedLanguage(priors, alignment).filter((d) => !dropped.includes(d)));
  if (commitments.length > 0) {
    out.push('', paint(style, 'bold', 'Commitments of the priors'));
    for (const c of commitments) {
      const fate = paint(style, c.fate === 'dropped' || c.fate === 'weakened' ? 'red' : 'green', c.fate.padEnd(12));
      const where = c.draftBlock === null ? '' : ` -> draft #${c.draftBlock}`;
      out.push(`  ${fate} ${priors[c.prior].file} #${c.block} ${c.firmness} "${c.marker}"${where}`);
    }
  }
  return out.join('\n');
}
