/**
 * The packed model the parse cache stores and the parse workers hand over
 * gives back exactly the model parseDocument made, on every corpus document,
 * a plain-text reading and a long generated revision; a model of another
 * shape is stored as it is rather than packed with a part lost.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { parseDocument, type ParsedDocument } from '../../engine/index';
import { packModel, unpackModel } from '../../io/packedModel';
import { longDocument } from '../../bench/syntheticCorpus';
import { makeRevisionPair } from '../fixtures/revisionPairs';
import { repoRoot } from '../support/runCli';

const corpusFiles = readdirSync(join(repoRoot, 'corpus')).filter((name) => name.endsWith('.md'));
const source = (name: string) => readFileSync(join(repoRoot, 'corpus', name), 'utf8');
const isPacked = (bytes: Uint8Array) => 'packed' in (deserialize(bytes) as object);

describe('the packed model', () => {
  it.each(corpusFiles)('gives back exactly the model of %s', (name) => {
    for (const format of ['markdown', 'text'] as const) {
      const model = parseDocument(source(name), { format });
      const bytes = packModel(model);
      expect(isPacked(bytes)).toBe(true);
      const back = unpackModel(bytes);
      expect(back).toEqual(model);
      // What the command prints of a model (keys in order) is the same too.
      expect(JSON.stringify(back)).toBe(JSON.stringify(model));
    }
  });

  it('gives back exactly the models of a long generated revision pair', () => {
    const statements = ['partnership-2022', 'statement-2024', 'statement-2025', 'council-note-8288-1-26-rev1'].map((id) => parseDocument(source(`${id}.md`)));
    const pair = makeRevisionPair(longDocument(statements, 20_000), { seed: 5, edits: 30 });
    for (const text of [pair.old, pair.new]) {
      const model = parseDocument(text);
      expect(JSON.stringify(unpackModel(packModel(model)))).toBe(JSON.stringify(model));
    }
  });

  it('gives each block a section of its own, as the parser does', () => {
    const back = unpackModel(packModel(parseDocument(source('statement-2025.md'))));
    const [first, second] = back.blocks.filter((block) => block.section.length > 0);
    expect(first.section).toEqual(second.section);
    expect(first.section).not.toBe(second.section);
  });

  const reshaped: Array<[string, (model: ParsedDocument) => unknown]> = [
    ['a block with a field more', (model) => Object.assign(model.blocks[3], { note: 'added' })],
    ['a sentence whose text is not its block\'s', (model) => (model.blocks[2].sentences[0].text = 'Another sentence.')],
    [
      'a sentence counted from the end of its block',
      (model) => {
        const { text } = model.blocks[2];
        Object.assign(model.blocks[2].sentences[0], { text: text.slice(-4), textStart: -4, textEnd: text.length });
      },
    ],
    ['a sentence beyond its block', (model) => Object.assign(model.blocks[2].sentences[0], { text: '', textStart: 5000, textEnd: 5000 })],
    ['an offset that is not a whole number', (model) => (model.blocks[1].start = 1.5)],
    ['a model with a field more', (model) => Object.assign(model, { source: 'kept' })],
  ];
  it.each(reshaped)('stores %s as it is, losing nothing', (_, reshape) => {
    const model = parseDocument(source('statement-2025.md'));
    reshape(model);
    const bytes = packModel(model);
    expect(isPacked(bytes)).toBe(false);
    expect(unpackModel(bytes)).toEqual(model);
  });

  it('keeps a Latin-1 text at one byte a character, in the model and in the cache, though the document has a curly apostrophe', () => {
    const plain = 'Both sides will continue their cooperation on research and innovation. '.repeat(20);
    const model = parseDocument(`The partners’ statement.\n\n${plain}\n\n- ${plain}\n`);
    // node:v8 writes a string of one byte a character at about its length, one of two bytes at twice it.
    for (const block of model.blocks.slice(1)) expect(serialize(block.text).length).toBeLessThan(block.text.length * 1.1);
    // Two texts of the plain length: at two bytes a character they alone would be 4 times it.
    expect(packModel(model).length).toBeLessThan(3 * plain.length);
  });

  it('refuses bytes that are not a packed model', () => {
    expect(() => unpackModel(packModel(parseDocument(source('statement-2025.md'))).subarray(0, 1000))).toThrow();
  });
});
