// Not the engine's front door: it would load the Markdown parser and the YAML
// reader (700 KB) into a compare whose documents both come from the cache.
import { compareRevisions, type RevisionCompare } from '../../engine/compareRevisions';
import { compareJson, documentJson } from '../contract';
import { paint, renderWordDiff, type Style } from '../style';
import type { InputDocument } from '../inputs';

export const runCompare = (oldInput: InputDocument, newInput: InputDocument): RevisionCompare =>
  compareRevisions(oldInput.document, newInput.document);

export const compareJsonOf = (oldInput: InputDocument, newInput: InputDocument, compare: RevisionCompare) => ({
  old: documentJson(oldInput.file, oldInput.document.blocks),
  new: documentJson(newInput.file, newInput.document.blocks),
  ...compareJson(compare),
});

export function compareReport(oldInput: InputDocument, newInput: InputDocument, compare: RevisionCompare, style: Style): string {
  const s = compare.summary;
  const out = [
    `${oldInput.file} -> ${newInput.file}`,
    `${s.equal} equal, ${s.changed} changed, ${s.moved} moved, ${s.inserted} inserted, ${s.deleted} deleted`,
  ];
  const changedFields = Object.entries(compare.header).filter(([, [before, after]]) => before !== after);
  if (changedFields.length > 0) {
    out.push('', paint(style, 'bold', 'Cover'));
    for (const [field, [before, after]] of changedFields) out.push(`  ${field}: ${renderWordDiff(style, [[-1, before ?? '—'], [1, after ?? '—']])}`);
  }
  for (const op of compare.operations) {
    if (op.type === 'equal') continue;
    const where = `${op.old.length ? `old #${op.old.join(',')}` : ''}${op.old.length && op.new.length ? ' -> ' : ''}${op.new.length ? `new #${op.new.join(',')}` : ''}`;
    out.push('', `${paint(style, 'bold', op.type)} ${where}`, `    ${renderWordDiff(style, op.diff)}`);
  }
  return out.join('\n');
}
