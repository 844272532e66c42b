import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dominantScript, languageMismatch } from '../../engine/index';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const english = ['corpus/statement-2024.md', 'corpus/statement-2025.md', 'corpus/council-note-8288-1-26-rev1.md'].map(read);
const japanese = read('test/fixtures/draft-japanese.md');

describe('the script a text is written in', () => {
  it.each([
    ['the 2024 statement', english[0], 'latin'],
    ['the 2025 statement', english[1], 'latin'],
    ['the Council note', english[2], 'latin'],
    ['a Japanese draft, English acronyms (AI, PFAS, DFFT) and all', japanese, 'japanese'],
    ['a Chinese sentence (Han without kana)', '双方重申了日益紧密的战略伙伴关系的重要性，并宣布了新的成果，确认将继续加强数字伙伴关系框架下的合作。', 'chinese'],
  ])('%s', (_story, text, script) => {
    expect(dominantScript(text)).toBe(script);
  });

  it('a title alone is too little to tell', () => {
    expect(dominantScript('# 共同声明\n\n2027年')).toBeNull();
  });
});

describe('a draft in another language than its priors', () => {
  const priors = dominantScript(english.join('\n'));

  it('a Japanese draft against the English corpus is said to be in Japanese', () => {
    const mismatch = languageMismatch(japanese, priors);
    expect(mismatch).toMatchObject({ draft: 'japanese', priors: 'latin' });
    expect(mismatch?.message).toMatch(/^The draft is in Japanese and its priors are in English \(Latin alphabet\)/u);
  });

  it('an English draft against the English corpus is not', () => {
    expect(languageMismatch(read('corpus/statement-2025.md'), dominantScript(english[0]))).toBeNull();
  });

  it('an English draft that quotes a Japanese name is not', () => {
    const draft = `${english[1]}\n\nThe project is called ‘未来’ (mirai), the future.`;
    expect(languageMismatch(draft, priors)).toBeNull();
  });
});

describe('the dominant script, counted by tally', () => {
  /** The count as it was written first: each letter's script found in the table of blocks, tallied in a map by name. */
  const BLOCKS: Array<[number, number, string]> = [
    [0x41, 0x5a, 'latin'], [0x61, 0x7a, 'latin'], [0xc0, 0x24f, 'latin'], [0x370, 0x3ff, 'greek'], [0x400, 0x52f, 'cyrillic'], [0x590, 0x5ff, 'hebrew'],
    [0x600, 0x6ff, 'arabic'], [0x1100, 0x11ff, 'korean'], [0x1e00, 0x1eff, 'latin'], [0x3040, 0x30ff, 'kana'], [0x3130, 0x318f, 'korean'], [0x31f0, 0x31ff, 'kana'],
    [0x3400, 0x4dbf, 'han'], [0x4e00, 0x9fff, 'han'], [0xac00, 0xd7af, 'korean'], [0xf900, 0xfaff, 'han'], [0xff21, 0xff3a, 'latin'], [0xff41, 0xff5a, 'latin'], [0xff66, 0xff9f, 'kana'],
  ];
  function byMap(text: string): string | null {
    const counts = new Map<string, number>();
    let letters = 0;
    for (const char of text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/u, '')) {
      for (let i = 0; i < char.length; i++) {
        const code = char.charCodeAt(i);
        const block = BLOCKS.find(([from, to]) => code >= from && code <= to);
        if (!block) continue;
        letters++;
        counts.set(block[2], (counts.get(block[2]) ?? 0) + 1);
      }
    }
    if (letters < 40) return null;
    const [kana, han] = [counts.get('kana') ?? 0, counts.get('han') ?? 0];
    const cjk: Array<[string, number]> = kana > 0 && kana >= han / 10 ? [['japanese', kana + han]] : [['chinese', han], ['japanese', kana]];
    const tallies = [...cjk, ...['latin', 'korean', 'cyrillic', 'greek', 'arabic', 'hebrew'].map((s): [string, number] => [s, counts.get(s) ?? 0])];
    const [script, most] = tallies.reduce((best, next) => (next[1] > best[1] ? next : best));
    return most > 0 ? script : null;
  }
  const pieces = ['Both sides ', 'coopération ', 'Ελλάδα ', 'Россия ', 'שלום ', 'مرحبا ', '한국어 ', 'ひらがな ', 'カタカナ ', '日本語 ', '中文 ', 'ＡＢＣ ', 'ｶﾀｶﾅ ', '2026, ', '— ', '\n\n', '---\nid: x\n---\n', '😀 '];

  it('names the script a map by name named, for texts of every mix of scripts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(dominantScript(text)).toBe(byMap(text));
      }),
      { numRuns: 500, seed: 20261207 },
    );
  });
});
