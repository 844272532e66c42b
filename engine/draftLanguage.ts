/**
 * Which writing system a text is in, told from its letters' Unicode scripts,
 * so that a draft in another language than its priors is said to be so: no
 * paragraph of a Japanese draft can match an English statement, and "all
 * new, all dropped" would otherwise read as a verdict on the wording.
 *
 * Scripts, not languages: English and French share the Latin alphabet and
 * are not told apart here. Kana marks Japanese (its kanji are Han letters
 * too); Han without kana is Chinese.
 */

export type Script = 'latin' | 'japanese' | 'chinese' | 'korean' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew';

/** How each script is named to the user: Latin covers English, the corpus's language. */
export const SCRIPT_NAMES: Record<Script, string> = {
  latin: 'English (Latin alphabet)',
  japanese: 'Japanese',
  chinese: 'Chinese',
  korean: 'Korean',
  cyrillic: 'Cyrillic script',
  greek: 'Greek',
  arabic: 'Arabic script',
  hebrew: 'Hebrew',
};

/**
 * Fewer letters than this say nothing about a language (a title, a date):
 * a new draft is not warned about while it is being started.
 */
const MIN_LETTERS = 40;

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/u;

const PATTERNS: Array<[Exclude<Script, 'japanese' | 'chinese'> | 'kana' | 'han', RegExp]> = [
  ['latin', /\p{Script=Latin}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['han', /\p{Script=Han}/u],
  ['korean', /\p{Script=Hangul}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
];

/** The script most of `text`'s letters are written in (front matter left out), or null for too little text. */
export function dominantScript(text: string): Script | null {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const char of text.replace(FRONT_MATTER, '')) {
    if (!/\p{L}/u.test(char)) continue;
    letters++;
    const found = PATTERNS.find(([, pattern]) => pattern.test(char));
    if (found) counts.set(found[0], (counts.get(found[0]) ?? 0) + 1);
  }
  if (letters < MIN_LETTERS) return null;
  const kana = counts.get('kana') ?? 0;
  const han = counts.get('han') ?? 0;
  // Japanese prose is kanji and kana together; a few kana (a quoted name) do not make Chinese text Japanese.
  const cjk: Array<[Script, number]> = kana > 0 && kana >= han / 10 ? [['japanese', kana + han]] : [['chinese', han], ['japanese', kana]];
  const tallies: Array<[Script, number]> = [
    ...cjk,
    ...(['latin', 'korean', 'cyrillic', 'greek', 'arabic', 'hebrew'] as const).map((script): [Script, number] => [script, counts.get(script) ?? 0]),
  ];
  const [script, count] = tallies.reduce((best, next) => (next[1] > best[1] ? next : best));
  return count > 0 ? script : null;
}

export interface LanguageMismatch {
  draft: Script;
  priors: Script;
  /** One sentence for the user. */
  message: string;
}

/**
 * Whether the draft is written in another script than its priors, whose
 * script is `priorScript` (`dominantScript` of their text, computed once per
 * choice of priors); null when they agree, or either is too short to tell.
 */
export function languageMismatch(draft: string, priorScript: Script | null): LanguageMismatch | null {
  const draftScript = dominantScript(draft);
  if (draftScript === null || priorScript === null || draftScript === priorScript) return null;
  return {
    draft: draftScript,
    priors: priorScript,
    message: `The draft is in ${SCRIPT_NAMES[draftScript]} and its priors are in ${SCRIPT_NAMES[priorScript]}: paragraphs are matched by their words, so across languages every paragraph shows as new and every prior one as dropped. Compare a draft with priors in its own language.`,
  };
}
