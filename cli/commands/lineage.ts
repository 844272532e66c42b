import { LineageIndex, type LineageEntry } from '../../engine/index';
import { lineageEntryJson } from '../contract';
import { paint, renderWordDiff, type Style } from '../style';
import type { CorpusDocument } from '../../io/corpus';

export function runLineage(query: string, documents: readonly CorpusDocument[]): LineageEntry[] {
  const index = new LineageIndex(
    documents.map((doc) => ({ file: doc.file, title: doc.title, date: doc.date, blocks: doc.document.blocks })),
  );
  return index.trace(query);
}

export const lineageJson = (query: string, entries: readonly LineageEntry[]) => ({ query, entries: entries.map(lineageEntryJson) });

export function lineageReport(query: string, entries: readonly LineageEntry[], style: Style): string {
  if (entries.length === 0) return `no document of the corpus treats "${query}"`;
  const out = [`"${query}" in ${entries.length} documents`];
  for (const entry of entries) {
    out.push('', `${paint(style, 'bold', entry.date || 'undated')}  ${entry.title} (${entry.file} #${entry.block}, ${entry.score.toFixed(2)})`);
    out.push(`    ${renderWordDiff(style, entry.diff)}`);
  }
  return out.join('\n');
}
