/**
 * A parsed model as the parse cache stores it and the parse workers hand it
 * over: node:v8's serialisation of a packed form, the texts of the blocks in
 * two strings and their numbers in one Int32Array. Reading back a
 * 100,000-word model so makes two strings and one array, then slices, where
 * the model as it is made some 14,000 strings and objects, its sentences'
 * texts a second copy of the blocks' (v8.deserialize took 25-60 ms a
 * document, most of a cached compare's reading).
 *
 * The texts written in Latin-1 alone (most of them) are kept apart from the
 * others: one curly apostrophe in a joined string would make all of it, and
 * every block's text sliced from it, a string of two bytes a character,
 * which V8 stores, hashes, matches and prints more slowly.
 *
 * A model that does not have exactly the shape packed here (a field added to
 * Block one day) is stored as it is, so nothing is ever lost in packing.
 */
import { deserialize, serialize } from 'node:v8';
import type { Block, BlockKind, ParsedDocument, Sentence } from '../engine/index';

/** The keys, in order, of the objects parseDocument makes: the packed form makes them again in this order. */
const MODEL_KEYS = ['blocks', 'frontMatter', 'cover', 'length'];
const BLOCK_KEYS = ['index', 'kind', 'text', 'start', 'end', 'section', 'level', 'sentences'];
const SENTENCE_KEYS = ['text', 'textStart', 'textEnd', 'start', 'end'];

/** Whether `object` has exactly these own keys, in this order (compared one by one: a joined string for each of 10,000 sentences was most of packing). */
function hasKeys(object: object, keys: readonly string[]): boolean {
  const own = Object.keys(object);
  if (own.length !== keys.length) return false;
  for (let k = 0; k < keys.length; k++) if (own[k] !== keys[k]) return false;
  return true;
}

/** Numbers per block before its sentences: kind, text length, wide (1 when its text is not Latin-1 alone), start, end, section, level, sentence count. */
const BLOCK_NUMBERS = 8;
/** Numbers per sentence: textStart, textEnd, start, end (its text is the block's text between the first two). */
const SENTENCE_NUMBERS = 4;

interface PackedModel {
  frontMatter: ParsedDocument['frontMatter'];
  cover: ParsedDocument['cover'];
  length: number;
  kinds: BlockKind[];
  /** The distinct section paths; a block names its own by position. */
  sections: string[][];
  /** The texts of the blocks in Latin-1 alone, one after another. */
  latinTexts: string;
  /** The texts of the other blocks. */
  wideTexts: string;
  numbers: Int32Array;
}

type Stored = { packed: PackedModel } | { plain: ParsedDocument };

export function packModel(model: ParsedDocument) {
  const packed = pack(model);
  const stored: Stored = packed ? { packed } : { plain: model };
  return serialize(stored);
}

/** The model of bytes packModel wrote; throws on anything else. */
export function unpackModel(bytes: Uint8Array): ParsedDocument {
  const stored = deserialize(bytes) as Stored;
  if ('plain' in stored && Array.isArray(stored.plain?.blocks)) return stored.plain;
  if ('packed' in stored && stored.packed?.numbers instanceof Int32Array) return unpack(stored.packed);
  throw new Error('not a packed model');
}

const isInt32 = (value: unknown): value is number => typeof value === 'number' && (value | 0) === value;
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/u;

function pack(model: ParsedDocument): PackedModel | null {
  if (!hasKeys(model, MODEL_KEYS)) return null;
  const kinds: BlockKind[] = [];
  const sections: string[][] = [];
  const sectionAt = new Map<string, number>();
  const numbers: number[] = [];
  const latinTexts: string[] = [];
  const wideTexts: string[] = [];
  for (const [i, block] of model.blocks.entries()) {
    if (!hasKeys(block, BLOCK_KEYS) || block.index !== i || !isInt32(block.start) || !isInt32(block.end) || !isInt32(block.level)) return null;
    let kind = kinds.indexOf(block.kind);
    if (kind < 0) kind = kinds.push(block.kind) - 1;
    // NUL never stands in a heading's text: the joined path is unambiguous.
    const path = block.section.join('\u0000');
    let section = sectionAt.get(path);
    if (section === undefined) {
      section = sections.push(block.section) - 1;
      sectionAt.set(path, section);
    }
    const wide = BEYOND_LATIN1.test(block.text);
    (wide ? wideTexts : latinTexts).push(block.text);
    numbers.push(kind, block.text.length, wide ? 1 : 0, block.start, block.end, section, block.level, block.sentences.length);
    for (const sentence of block.sentences) {
      const { textStart, textEnd, start, end } = sentence;
      if (!hasKeys(sentence, SENTENCE_KEYS) || !isInt32(textStart) || !isInt32(textEnd) || !isInt32(start) || !isInt32(end)) return null;
      // The text unpack will slice, compared in place (no copy of each sentence made to compare it).
      const inBlock = textStart >= 0 && textEnd >= textStart && textEnd <= block.text.length;
      if (!inBlock || sentence.text.length !== textEnd - textStart || !block.text.startsWith(sentence.text, textStart)) return null;
      numbers.push(textStart, textEnd, start, end);
    }
  }
  if (sections.some((path) => path.some((title) => typeof title !== 'string' || title.includes('\u0000')))) return null;
  return {
    frontMatter: model.frontMatter,
    cover: model.cover,
    length: model.length,
    kinds,
    sections,
    latinTexts: latinTexts.join(''),
    wideTexts: wideTexts.join(''),
    numbers: Int32Array.from(numbers),
  };
}

function unpack({ frontMatter, cover, length, kinds, sections, latinTexts, wideTexts, numbers }: PackedModel): ParsedDocument {
  const blocks: Block[] = [];
  let at = 0;
  let latinFrom = 0;
  let wideFrom = 0;
  while (at < numbers.length) {
    const textLength = numbers[at + 1];
    let text: string;
    if (numbers[at + 2] === 1) {
      text = wideTexts.slice(wideFrom, (wideFrom += textLength));
    } else {
      text = latinTexts.slice(latinFrom, (latinFrom += textLength));
    }
    const sentences = new Array<Sentence>(numbers[at + 7]);
    let s = at + BLOCK_NUMBERS;
    for (let k = 0; k < sentences.length; k++, s += SENTENCE_NUMBERS) {
      const textStart = numbers[s];
      const textEnd = numbers[s + 1];
      sentences[k] = { text: text.slice(textStart, textEnd), textStart, textEnd, start: numbers[s + 2], end: numbers[s + 3] };
    }
    blocks.push({
      index: blocks.length,
      kind: kinds[numbers[at]],
      text,
      start: numbers[at + 3],
      end: numbers[at + 4],
      // Each block its own array, as the parser makes them.
      section: sections[numbers[at + 5]].slice(),
      level: numbers[at + 6],
      sentences,
    });
    at = s;
  }
  if (at !== numbers.length || latinFrom !== latinTexts.length || wideFrom !== wideTexts.length) throw new Error('a packed model that does not add up');
  return { blocks, frontMatter, cover, length };
}
