/**
 * The labelled alignments and commitments of ../shared/gold, matched to
 * engine blocks by their KEY (the first 60 characters of a block's text),
 * compared loosely as the labels' README asks: quotes, dashes, Markdown
 * marks and spacing may differ.
 */
import { readFileSync } from 'node:fs';
import { parseDocument, type Block, type ParsedDocument } from '../../engine/index';

export const sharedDir = new URL('../../../shared/', import.meta.url);
export const corpusDir = new URL('../../corpus/', import.meta.url);

export function readCorpusDocument(id: string): ParsedDocument {
  return parseDocument(readFileSync(new URL(`${id}.md`, corpusDir), 'utf8'));
}

export function readGold<T>(name: string): T[] {
  return readFileSync(new URL(`gold/${name}`, sharedDir), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as T);
}

/** Loose form of a text for matching by key. */
export function looseKey(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/^\s*-\s+/, '')
    .replace(/[“”"‘’'`]/g, "'")
    .replace(/[‐‑‒–—−-]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The block whose text begins with `key` (loosely), or undefined. */
export function findBlockByKey(blocks: readonly Block[], key: string): Block | undefined {
  const wanted = looseKey(key).slice(0, 50);
  return blocks.find((block) => block.kind !== 'heading' && looseKey(block.text).startsWith(wanted));
}
