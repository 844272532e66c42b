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
