import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/runCli';

const dir = mkdtempSync(join(tmpdir(), 'precedent-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};
mkdirSync(join(dir, 'folder.md'));

const badInputs: Array<[string, string, RegExp]> = [
  ['a missing file', join(dir, 'missing.md'), /no such file/],
  ['a folder', join(dir, 'folder.md'), /folder, not a file/],
  ['a binary file', file('binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff])), /binary file/],
  ['invalid UTF-8', file('latin1.txt', new Uint8Array([0x42, 0x6f, 0x74, 0x68, 0x20, 0xe9, 0x74, 0xe9])), /not valid UTF-8.*offset 5/],
  ['an empty document', file('empty.md', '  \n\n \n'), /empty/],
  ['a document with no text', file('rules.md', '---\n\n***\n'), /no text/],
  ['a file type it does not read', file('statement.docx', 'x'), /reads \.md and \.txt/],
];

describe('bad input exits 2 with one line naming the file and the problem', () => {
  it.each(badInputs)('%s', (_, path, problem) => {
    for (const args of [['blocks', path], ['compare', path, 'statement-2025'], ['align', 'statement-2024', '--draft', path]]) {
      const run = runCli(args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(path);
      expect(lines[0]).toMatch(problem);
      expect(lines[0]).not.toMatch(/\bat .*\.(m?js|ts):\d+/);
    }
  });

  it('leaves the files it could not read untouched', () => {
    const path = join(dir, 'latin1.txt');
    const before = readFileSync(path);
    runCli(['commitments', path]);
    expect(readFileSync(path)).toEqual(before);
  });
});

describe('usage errors exit 1 with the usage', () => {
  it.each([[[]], [['frobnicate']], [['blocks']], [['align', 'statement-2024']], [['compare', 'statement-2024']], [['blocks', '--bogus', 'x']]])('precedent %j', (args) => {
    const run = runCli(args);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('usage: precedent');
  });

  it('--help prints the usage and exits 0', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('lineage QUERY');
  });
});

describe('the human report', () => {
  it('shows word diffs in the manner of git --word-diff, without colour codes when piped', () => {
    const run = runCli(['compare', 'statement-2025', 'council-note-8288-1-26-rev1']);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/\u001b\[/);
    expect(run.stdout).toMatch(/\[-[^\]]+-\]/);
    expect(run.stdout).toMatch(/\{\+[^}]+\+\}/);
    expect(run.stdout).toMatch(/\d+ equal, \d+ changed, \d+ moved, \d+ inserted, \d+ deleted/);
  });

  it('reads a plain .txt seed with its page breaks rejoined', () => {
    const run = runCli(['blocks', '../shared/seeds/001_52ec7fc70790cf49.txt', '--json']);
    expect(run.status).toBe(0);
    const blocks = (JSON.parse(run.stdout) as { blocks: Array<{ text: string }> }).blocks;
    const beyond5g = blocks.find((b) => b.text.startsWith('On Beyond 5G/6G'));
    expect(beyond5g?.text).toContain('will exchange extensive know-how');
    expect(blocks.some((b) => b.text.startsWith('exchange extensive'))).toBe(false);
  });
});
