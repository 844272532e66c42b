/**
 * The command line writes its JSON in pieces (cli/prettyJson.ts), never as
 * one string: the bytes are exactly those of JSON.stringify(value, null, 2)
 * and a newline, for the shapes the commands print and for any JSON value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prettyJsonBytes, writePrettyJson } from '../../cli/prettyJson';

const written = (value: unknown) => Buffer.concat(prettyJsonBytes(value)).toString('utf8');
const expected = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const long = Array.from({ length: 1000 }, (_, i) => ({ index: i, kind: 'paragraph', text: `Both sides’ paragraph ${i} “quoted” — 日本 \u2028 \\ "`, section: i % 3 ? [] : ['A', 'B'] }));

describe('JSON written in pieces', () => {
  it.each([
    ['an empty object', {}],
    ['an empty array', []],
    ['a string', 'Both sides’ statement'],
    ['a number', -0],
    ['null', null],
    ['a compare-like answer', { old: { file: 'old.md', blocks: long }, new: { file: 'new.md', blocks: long.slice(7) }, header: { date: ['12 May', null] }, operations: long.map((block) => ({ type: 'equal', old: [block.index], new: [], diff: [[0, block.text]] })), summary: { equal: 1000 } }],
    ['arrays of arrays, empty ones among them', [[], [[]], [[[1, [2, []]]]], {}, { a: [] }]],
    ['members JSON.stringify leaves out, and nulls it writes for them in arrays', { a: undefined, b: () => 1, c: Symbol('s'), d: [undefined, () => 1, Symbol('t')], e: NaN, f: Infinity }],
    ['values with toJSON, and objects that are not plain', { date: new Date(0), own: { toJSON: () => 'own' }, map: new Map([[1, 2]]), nested: [new Date(1), { toJSON: () => undefined }] }],
    ['an object without a prototype', Object.assign(Object.create(null) as object, { a: 1, b: [1, 2] })],
    ['a long array of numbers (many groups)', Array.from({ length: 1001 }, (_, i) => i / 7)],
  ])('%s', (_, value) => {
    expect(written(value)).toBe(expected(value));
  });

  it('any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => written(value) === expected(value)), { numRuns: 300 });
  });

  it('one buffer filled again and again (chunks of 256 bytes), its bytes handed on before each refill', () => {
    const value = { old: { file: 'old.md', blocks: long }, operations: long.map((block) => ({ type: 'changed', diff: [[-1, block.text], [1, `${block.text}!`]] })) };
    const pieces: string[] = [];
    writePrettyJson(value, (bytes) => pieces.push(bytes.toString('utf8')), 256);
    expect(pieces.length).toBeGreaterThan(20);
    expect(pieces.join('')).toBe(expected(value));
  });

  it('a string longer than a chunk', () => {
    const value = { text: 'x’'.repeat(600_000), after: [1, 2] };
    expect(written(value)).toBe(expected(value));
  });
});
