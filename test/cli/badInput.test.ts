import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfmakePdf } from '../fixtures/pdfs';
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
  ['a file type it does not read', file('statement.odt', 'x'), /reads \.md, \.txt, \.docx, \.pdf and \.html/],
  ['a .docx that is not a zip', file('statement.docx', 'Both sides will cooperate.'), /not a Word document/],
  ['a text file renamed .pdf', file('statement.pdf', 'Both sides will cooperate.'), /it is a text file, not a PDF$/],
  ['a PDF without a text layer', file('scan.pdf', await pdfmakePdf({ content: [{ canvas: [{ type: 'rect', x: 0, y: 0, w: 200, h: 100, color: '#336699' }] }] })), /the PDF has no text layer \(scanned\?\)$/],
  ['a PDF protected by a password', file('secret.pdf', await pdfmakePdf({ content: ['Both sides will cooperate.'], userPassword: 'secret' })), /the PDF is encrypted with a password/],
  ['a PDF cut short', file('cut.pdf', (await pdfmakePdf({ content: ['Both sides will cooperate.'] })).subarray(0, 600)), /the PDF is damaged: it is cut short/],
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

  it.each(['scan.pdf', 'secret.pdf', 'cut.pdf'])('leaves the PDF it could not read untouched: %s', (name) => {
    const path = join(dir, name);
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

describe('hard input the command line reads without failing, or refuses clearly', () => {
  const words = 'both sides will continue cooperation on digital trade semiconductors quantum submarine cables data flows trust'.split(' ');
  const sentence = (i: number) => `${words.slice(i % 5, (i % 5) + 8).join(' ')} ${i}.`;

  it('refuses a 50 MB text with its size, and reads nothing of it', () => {
    const path = file('huge.txt', `${'Both sides will cooperate. '.repeat(2_000_000)}\n`);
    const run = runCli(['blocks', path]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toMatch(new RegExp(`^precedent: cannot read ${path.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')}: it is 5\\d\\.\\d MB, more than the 10 MB`, 'u'));
  });

  it('reads one paragraph of 1 MB', () => {
    const path = file('one-paragraph.md', `# One paragraph\n\n${Array.from({ length: 20_000 }, (_, i) => sentence(i)).join(' ')}\n`);
    const run = runCli(['blocks', path, '--json']);
    expect(run.status).toBe(0);
    const blocks = (JSON.parse(run.stdout) as { blocks: Array<{ kind: string; text: string }> }).blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph']);
    expect(blocks[1].text.length).toBeGreaterThan(1_000_000 - 200_000);
  });

  it('reads 10,000 one-line paragraphs and compares them with themselves', () => {
    const path = file('many.md', `${Array.from({ length: 10_000 }, (_, i) => sentence(i)).join('\n\n')}\n`);
    const run = runCli(['compare', path, path, '--json']);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { summary: Record<string, number> }).summary).toEqual({ equal: 10_000, changed: 0, moved: 0, inserted: 0, deleted: 0 });
  });

  it('reads lists nested 100 levels deep, each item its own block', () => {
    const path = file('nested.md', Array.from({ length: 100 }, (_, depth) => `${'  '.repeat(depth)}- item at level ${depth + 1}\n`).join(''));
    const run = runCli(['blocks', path, '--json']);
    expect(run.status).toBe(0);
    const blocks = (JSON.parse(run.stdout) as { blocks: Array<{ kind: string }> }).blocks;
    expect(blocks.length).toBeGreaterThan(40);
    expect(blocks.every((b) => b.kind === 'listItem' || b.kind === 'paragraph')).toBe(true);
  });

  it('reads Japanese text into blocks with their sentences', () => {
    const path = file('japanese.md', '# 日EU共同声明\n\n日本とEUは、デジタル分野での協力を強化することを確認した。双方は、データの自由な流通を促進する。\n');
    const run = runCli(['blocks', path, '--json']);
    expect(run.status).toBe(0);
    const blocks = (JSON.parse(run.stdout) as { blocks: Array<{ text: string }> }).blocks;
    expect(blocks.map((b) => b.text)).toEqual(['日EU共同声明', '日本とEUは、デジタル分野での協力を強化することを確認した。双方は、データの自由な流通を促進する。']);
  });

  it('reads CRLF line ends and a byte-order mark, with offsets into the text as read (the mark is not text)', () => {
    const text = '\ufeff# Title\r\n\r\nBoth sides will cooperate.\r\n\r\n- item one\r\n';
    const path = file('crlf.md', text);
    const run = runCli(['blocks', path, '--json']);
    expect(run.status).toBe(0);
    const blocks = (JSON.parse(run.stdout) as { blocks: Array<{ text: string; start: number; end: number }> }).blocks;
    expect(blocks.map((b) => b.text)).toEqual(['Title', 'Both sides will cooperate.', 'item one']);
    expect(blocks.map((b) => text.slice(1).slice(b.start, b.end))).toEqual(['# Title', 'Both sides will cooperate.', '- item one']);
  });
});

describe('Word and HTML files on the command line', () => {
  it('reads a .docx made in Word style, headings and bullets included', async () => {
    const { Document, HeadingLevel, Packer, Paragraph } = await import('docx');
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Joint Statement', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'Both sides will continue cooperation on submarine cables.' }),
            new Paragraph({ text: 'Both sides decided to launch a working group.', bullet: { level: 0 } }),
          ],
        },
      ],
    });
    const path = file('statement.docx', await Packer.toBuffer(doc));
    const run = runCli(['commitments', path, '--json']);
    expect(run.status).toBe(0);
    const commitments = (JSON.parse(run.stdout) as { commitments: Array<{ marker: string }> }).commitments;
    expect(commitments.map((c) => c.marker)).toEqual(['will continue cooperation', 'decided to launch']);
  });

  it('reads an .html page, scripts left out', () => {
    const path = file('statement.html', '<html><head><title>x</title><script>alert(1)</script></head><body><h1>Joint Statement</h1><p>Both sides <b>will</b> cooperate.</p><ul><li>Item one</li></ul></body></html>');
    const run = runCli(['blocks', path, '--json']);
    expect(run.status).toBe(0);
    const blocks = (JSON.parse(run.stdout) as { blocks: Array<{ kind: string; text: string }> }).blocks;
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Joint Statement'],
      ['paragraph', 'Both sides will cooperate.'],
      ['listItem', 'Item one'],
    ]);
  });
});

describe('PDF files on the command line', () => {
  it('reads a .pdf as its heading and paragraphs, its page numbers left out', async () => {
    const path = file(
      'statement-pdf.pdf',
      await pdfmakePdf({
        content: [
          { text: 'Joint Statement', fontSize: 20, margin: [0, 0, 0, 12] },
          { text: 'Both sides will continue cooperation on submarine cables.', margin: [0, 0, 0, 8] },
          { text: 'Both sides decided to launch a working group.' },
        ],
        footer: (page: number) => ({ text: String(page), alignment: 'center' }),
      }),
    );
    const run = runCli(['blocks', path, '--json']);
    expect(run.status).toBe(0);
    const blocks = (JSON.parse(run.stdout) as { blocks: Array<{ kind: string; text: string }> }).blocks;
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Joint Statement'],
      ['paragraph', 'Both sides will continue cooperation on submarine cables.'],
      ['paragraph', 'Both sides decided to launch a working group.'],
    ]);
  });
});
