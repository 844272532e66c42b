import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentFingerprint, findSameDocument } from '../../engine/index';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const statement = read('corpus/statement-2025.md');
const corpus = ['statement-2024', 'statement-2025', 'council-note-8288-1-26-rev1'].map((id) => ({ id, source: read(`corpus/${id}.md`) }));

describe('one text, however it is saved', () => {
  it.each([
    ['without its front matter', statement.replace(/^---[\s\S]*?---\n/u, '')],
    ['with other front matter', statement.replace('id: statement-2025', 'id: my-copy')],
    ['with straight quotes for curly ones', statement.replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'")],
    ['with its paragraphs further apart and lines ending in CR LF', statement.replace(/\n/gu, '\r\n').replace(/\r\n\r\n/gu, '\r\n\r\n\r\n')],
    ['with its emphasis written with underscores', statement.replace(/\*\*([^*]+)\*\*/gu, '__$1__')],
  ])('is the same document %s', (_story, copy) => {
    expect(documentFingerprint(copy)).toBe(documentFingerprint(statement));
    expect(findSameDocument(copy, corpus)?.id).toBe('statement-2025');
  });

  it.each([
    ['a word changed', statement.replace('reaffirmed the importance', 'underlined the importance')],
    ['a paragraph left out', statement.replace(/\nOn \*\*5G\*\*.*\n/u, '\n')],
  ])('is another document with %s', (_story, revision) => {
    expect(documentFingerprint(revision)).not.toBe(documentFingerprint(statement));
    expect(findSameDocument(revision, corpus)).toBeUndefined();
  });
});
