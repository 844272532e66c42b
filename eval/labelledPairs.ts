/**
 * The labelled pairs of ../shared/gold as the evaluation reads them: the
 * prior statement and the draft parsed by the engine, every label resolved
 * from its KEY (the first 60 characters of a block's text, compared loosely
 * as the labels' README asks) to a block index.
 */
import { readFileSync } from 'node:fs';
import { parseDocument, statementBlocks, type Block, type ParsedDocument } from '../engine/index';

export const sharedDir = new URL('../../shared/', import.meta.url);
export const corpusDir = new URL('../corpus/', import.meta.url);

/** A line of an align-*.jsonl file. */
export interface GoldAlignLine {
  new?: string;
  old: string[] | string;
  relation: 'carried' | 'revised' | 'new' | 'dropped';
}

/** A line of a commitments-*.jsonl file. */
export interface GoldCommitment {
  sentence: string;
  marker: string;
  fate: string;
}

export interface LabelledLink {
  draft: number;
  priors: number[];
  relation: 'carried' | 'revised' | 'new';
  /**
   * The draft block a sentence of this one was moved into (eval/anotherStyle.ts): a prior that sentence carried
   * may now be continued there instead ("officials met twice ...; both sides may consider extending such exchanges
   * to public administration" loses Governmental AI with its last sentence).
   */
  carriedOffTo?: number;
}

export interface LabelledPair {
  name: string;
  /** Real labels or a generated pair. */
  origin: 'gold' | 'synthetic';
  prior: { blocks: Block[]; date?: string };
  draft: { blocks: Block[] };
  /** One per draft block the labels name, in draft order. */
  links: LabelledLink[];
  /** Prior blocks no draft block continues. */
  dropped: number[];
  /** Commitments of the prior and their fates in the draft, where labelled. */
  commitments?: GoldCommitment[];
}

export function readCorpusDocument(id: string): ParsedDocument {
  return parseDocument(readFileSync(new URL(`${id}.md`, corpusDir), 'utf8'));
}

/** The objects of a JSON Lines file, one a line; blank lines are skipped. */
export function readJsonLines<T>(file: URL): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as T);
}

export const readGold = <T>(name: string): T[] => readJsonLines<T>(new URL(`gold/${name}`, sharedDir));

/** Loose form of a text for matching by key. */
export function looseKey(text: string): string {
  return text
    .replace(/\*\*/g, '')
    // Footnote marks: the labels keep the superscript ("Statement¹"), Markdown makes it a reference.
    .replace(/[\u00b9\u00b2\u00b3\u2070-\u2079]/gu, '')
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

/** Whether two sentences are the same by the commitments' key (their first 60 characters, loosely). */
export function sameSentence(a: string, b: string): boolean {
  return looseKey(a).slice(0, 60) === looseKey(b).slice(0, 60);
}

/** Resolves align lines against parsed blocks; an unknown key is a broken label, so it throws. */
export function resolveLines(
  name: string,
  priorBlocks: readonly Block[],
  draftBlocks: readonly Block[],
  lines: readonly GoldAlignLine[],
): Pick<LabelledPair, 'links' | 'dropped'> {
  const resolve = (blocks: readonly Block[], key: string): number => {
    const block = findBlockByKey(blocks, key);
    if (!block) throw new Error(`${name}: no block for the key "${key}"`);
    return block.index;
  };
  const keys = (old: string[] | string) => (Array.isArray(old) ? old : [old]);
  return {
    links: lines
      .filter((line) => line.new !== undefined)
      .map((line) => ({
        draft: resolve(draftBlocks, line.new!),
        priors: keys(line.old).map((key) => resolve(priorBlocks, key)),
        relation: line.relation as LabelledLink['relation'],
      })),
    dropped: lines.filter((line) => line.relation === 'dropped').flatMap((line) => keys(line.old).map((key) => resolve(priorBlocks, key))),
  };
}

function goldPair(name: string, prior: ParsedDocument, draft: ParsedDocument, alignFile: string, commitmentsFile?: string): LabelledPair {
  const priorBlocks = statementBlocks(prior);
  const draftBlocks = statementBlocks(draft);
  const date = prior.frontMatter.date;
  return {
    name,
    origin: 'gold',
    prior: { blocks: priorBlocks, date: typeof date === 'string' ? date : undefined },
    draft: { blocks: draftBlocks },
    ...resolveLines(name, priorBlocks, draftBlocks, readGold<GoldAlignLine>(alignFile)),
    commitments: commitmentsFile ? readGold<GoldCommitment>(commitmentsFile) : undefined,
  };
}

/** The three labelled pairs of ../shared/gold. */
export function goldPairs(): LabelledPair[] {
  const statement2024 = readCorpusDocument('statement-2024');
  const statement2025 = readCorpusDocument('statement-2025');
  const statement2026 = readCorpusDocument('council-note-8288-1-26-rev1');
  const draft2027a = parseDocument(readFileSync(new URL('gold/draft-2027a.md', sharedDir), 'utf8'));
  return [
    goldPair('2024 → 2025', statement2024, statement2025, 'align-2024-2025.jsonl', 'commitments-2024-2025.jsonl'),
    goldPair('2025 → 2026', statement2025, statement2026, 'align-2025-2026.jsonl', 'commitments-2025-2026.jsonl'),
    goldPair('2026 → draft 2027a', statement2026, draft2027a, 'align-2026-draft2027a.jsonl'),
  ];
}
