/**
 * The hard inputs of the product issue, as files a user might open: each
 * case names the file, the bytes it holds, and what opening it must give:
 * a refusal naming the problem, or the draft text the desk shows.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface BadInput {
  story: string;
  /** The file's name, as the message must name it. */
  file: string;
  bytes: () => Promise<Uint8Array> | Uint8Array;
  /** What the message says about the problem; absent when the desk opens the file. */
  refused?: RegExp;
  /** For a file the desk opens: its text as the editor must hold it. */
  text?: string;
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const words = 'both sides will continue cooperation on digital trade semiconductors quantum submarine cables data flows trust'.split(' ');
const sentence = (i: number) => `${words.slice(i % 5, (i % 5) + 8).join(' ')} ${i}.`;

/** One paragraph of just over 1 MB. */
export const ONE_MB_PARAGRAPH = `# One paragraph\n\n${Array.from({ length: 21_000 }, (_, i) => sentence(i)).join(' ')}\n`;
/** 10,000 one-line paragraphs. */
export const TEN_THOUSAND_PARAGRAPHS = `${Array.from({ length: 10_000 }, (_, i) => sentence(i)).join('\n\n')}\n`;
/** A list nested 100 levels deep. */
export const NESTED_LISTS = Array.from({ length: 100 }, (_, depth) => `${'  '.repeat(depth)}- both sides will cooperate at level ${depth + 1}\n`).join('');
export const JAPANESE = '# 日EU共同声明\n\n日本とEUは、デジタル分野での協力を強化することを確認した。双方は、データの自由な流通を促進する。\n\n双方は、2026年に次回会合を開催することを決定した。\n';
/** Windows line ends after a byte-order mark; the desk shows the text without the mark, which is not text. */
export const CRLF_TEXT = '# Joint Statement\r\n\r\nBoth sides will cooperate on submarine cables.\r\n\r\n- item one\r\n- item two\r\n';

/** A page holding only a picture, as a scanner makes it: no text to import. */
function scannedPdf(): Uint8Array {
  const side = 64;
  const pixels = Buffer.alloc(side * side, 0);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 37) % 256;
  const content = `q 400 0 0 400 100 300 cm /Scan Do Q`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Scan 4 0 R >> >> /Contents 5 0 R >>',
    { dict: `<< /Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>`, stream: pixels },
    { dict: `<< /Length ${content.length} >>`, stream: Buffer.from(content, 'latin1') },
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0].length;
  objects.forEach((object, index) => {
    offsets.push(length);
    const body =
      typeof object === 'string'
        ? Buffer.from(`${index + 1} 0 obj\n${object}\nendobj\n`, 'latin1')
        : Buffer.concat([Buffer.from(`${index + 1} 0 obj\n${object.dict}\nstream\n`, 'latin1'), object.stream, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
    parts.push(body);
    length += body.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** A statement PDF that opens only with a password, as pdfmake (pdfkit) encrypts it. */
async function encryptedPdf(): Promise<Uint8Array> {
  const { default: pdfmake } = await import('pdfmake');
  const folder = join(dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  const font = join(folder, 'Roboto-Regular.ttf');
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path === font);
  pdfmake.setFonts({ Roboto: { normal: font, bold: font, italics: font, bolditalics: font } });
  return pdfmake.createPdf({ content: ['Both sides will cooperate on submarine cables.'], userPassword: 'secret', ownerPassword: 'owner', permissions: { printing: 'highResolution' } }).getBuffer();
}

export const BAD_INPUTS: BadInput[] = [
  { story: 'an empty file', file: 'empty.md', bytes: () => new Uint8Array(), refused: /the document is empty/u },
  { story: 'a binary file', file: 'picture.md', bytes: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), refused: /it is a binary file, not text/u },
  { story: 'invalid UTF-8', file: 'latin1.txt', bytes: () => Buffer.from('Les Parties réaffirment leur coopération.', 'latin1'), refused: /not valid UTF-8 text \(first bad byte at offset 13\)/u },
  { story: 'a 50 MB text', file: 'huge.md', bytes: () => utf8('Both sides will cooperate. '.repeat(2_000_000)), refused: /it is 51\.5 MB, more than the 10 MB a document may have/u },
  { story: 'one paragraph of 1 MB', file: 'one-paragraph.md', bytes: () => utf8(ONE_MB_PARAGRAPH), text: ONE_MB_PARAGRAPH },
  { story: '10,000 one-line paragraphs', file: 'many-paragraphs.md', bytes: () => utf8(TEN_THOUSAND_PARAGRAPHS), text: TEN_THOUSAND_PARAGRAPHS },
  { story: 'lists nested 100 levels deep', file: 'nested.md', bytes: () => utf8(NESTED_LISTS), text: NESTED_LISTS },
  { story: 'Japanese text, in a file with a Japanese name', file: '日EU共同声明.md', bytes: () => utf8(JAPANESE), text: JAPANESE },
  { story: 'CRLF line ends and a byte-order mark', file: 'windows.txt', bytes: () => utf8(`\ufeff${CRLF_TEXT}`), text: CRLF_TEXT },
  { story: 'a .docx that is not a zip', file: 'statement.docx', bytes: () => utf8('Both sides will cooperate.'), refused: /not a Word document/u },
  { story: 'a PDF without a text layer', file: 'scanned.pdf', bytes: scannedPdf, refused: /no text layer/u },
  { story: 'an encrypted PDF', file: 'locked.pdf', bytes: encryptedPdf, refused: /password|encrypted/u },
];
