/**
 * fast-check arbitraries for the engine's property tests: arbitrary Unicode
 * strings, structured Markdown documents in a mixed vocabulary (Japanese,
 * accented Latin, astral characters, inline marks, nested lists, CRLF line
 * ends, a BOM sometimes) and sequences of edits applied to them.
 */
import fc from 'fast-check';

// ---------------------------------------------------------------------------
// (a) Arbitrary strings
// ---------------------------------------------------------------------------

/** Any code points of the full Unicode range (well-formed UTF-16). */
export const unicodeString = (maxLength = 200): fc.Arbitrary<string> => fc.string({ unit: 'binary', maxLength });

/** Any UTF-16 code units, lone surrogates included (what an editor buffer may briefly hold). */
export const utf16String = (maxLength = 200): fc.Arbitrary<string> =>
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength });

/** Characters that matter to Markdown, white space of every kind and a few non-ASCII ones, in any order. */
const SOUP_UNITS = [
  '#', '-', '*', '_', '`', '[', ']', '(', ')', '!', '>', '|', '\\', '&', '^', ':', '.', '<', '=', '~', '+', '1', '"',
  ' ', ' ', '  ', '    ', '\t', '\n', '\n', '\r\n', '\r', '\n\n', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b',
  'a', 'word', 'é', 'e\u0301', '日', 'データ', '😀', '🇪🇺', '\u0000', '&amp;', '&#0;', '&copy;', '<br>', '[^1]', '[^1]: ',
  '---', '```', '| - |', '1. ', '- ',
];
export const markdownSoup = (maxLength = 120): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...SOUP_UNITS), { maxLength }).map((units) => units.join(''));

/** Fully arbitrary text: code points, code units, or Markdown soup. */
export const arbitraryText = (maxLength = 200): fc.Arbitrary<string> =>
  fc.oneof(unicodeString(maxLength), utf16String(maxLength), markdownSoup(Math.ceil(maxLength / 2)));

// ---------------------------------------------------------------------------
// (b) Structured Markdown
// ---------------------------------------------------------------------------

const WORDS = [
  'the', 'Council', 'data', 'will', 'shall', 'cooperation', 'strategy', 'and', 'of', 'to', 'partners', 'digital',
  'security', 'welcome', 'continue', 'Memorandum', 'Cooperation', 'progress', 'on', 'in',
  'coopération', 'Zürich', 'São', 'Paulo', 'naïve', 'Ærø', 'façade', 'Ελλάδα', 'Москва', 'día', 'Kraków', 'e\u0301te\u0301',
  '日本', '協力', 'データ', 'ひらがな', '東京都', '経済', '安全保障', '欧州連合',
  '😀', '🇪🇺', '👩‍💻', '𝔘𝔫𝔦𝔬𝔫', '𠮷野家', '🚀launch', 'data😀flow',
  '2025', '1.5', '12/3/26', '42', 'no.', 'Mr.', 'e.g.', 'U.S.', 'MoC', 'AI', 'DFFT',
  "partners'", "Japan's", 'don’t', 'well-being', 'co-operation',
];
const PUNCTUATION = [',', '.', ';', ':', '!', '?', '—', '–', '(', ')', '“', '”', '"', "'", '…', '%', '/', '&', '§'];

const plainWord = fc.constantFrom(...WORDS);

/** One token of running text: a word, a punctuation mark or a marked-up word. */
const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: plainWord },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 1, arbitrary: fc.tuple(plainWord, plainWord).map(([a, b]) => `**${a} ${b}**`) },
  { weight: 1, arbitrary: plainWord.map((w) => `*${w}*`) },
  { weight: 1, arbitrary: plainWord.map((w) => `_${w}_`) },
  { weight: 1, arbitrary: plainWord.map((w) => `~~${w}~~`) },
  { weight: 1, arbitrary: plainWord.map((w) => `[${w}](x)`) },
  { weight: 1, arbitrary: plainWord.map((w) => `\`${w}\``) },
  { weight: 1, arbitrary: fc.constantFrom('[^1]', '[^2]') },
);

const sentence = (maxTokens = 12): fc.Arbitrary<string> =>
  fc
    .tuple(fc.array(token, { minLength: 1, maxLength: maxTokens }), fc.constantFrom('', '', '.', '.', '!', '?', ';'))
    .map(([tokens, end]) => tokens.join(' ') + end);

/** A paragraph: sentences separated by spaces or soft line breaks ('\n', rewritten to the document's line ends). */
const paragraphText = (maxSentences = 4, maxTokens = 12): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(sentence(maxTokens), fc.constantFrom(' ', ' ', ' ', '\n')), { minLength: 1, maxLength: maxSentences })
    .map((parts) => parts.map(([text, sep], i) => (i === 0 ? text : sep + text)).join(''));

const heading = fc
  .tuple(fc.integer({ min: 1, max: 6 }), sentence(8), fc.boolean())
  .map(([level, text, closed]) => `${'#'.repeat(level)} ${text}${closed ? ` ${'#'.repeat(level)}` : ''}`);

const paragraph = fc.tuple(fc.constantFrom('', '', '', ' ', '   '), paragraphText()).map(([indent, text]) => indent + text);

/** A nested list: each item at most one level deeper than the one before. */
const list = fc
  .tuple(
    fc.constantFrom('-', '*', '+'),
    fc.array(fc.tuple(fc.nat(3), sentence(10)), { minLength: 1, maxLength: 8 }),
    fc.boolean(),
  )
  .map(([bullet, items, loose]) => {
    let depth = -1;
    const lines = items.map(([wanted, text]) => {
      depth = Math.min(wanted, depth + 1);
      return `${'  '.repeat(depth)}${bullet} ${text}`;
    });
    return lines.join(loose ? '\n\n' : '\n');
  });

const blockquote = paragraphText(2).map((text) => text.split('\n').map((line) => `> ${line}`).join('\n'));

const codeFence = fc
  .array(plainWord, { minLength: 1, maxLength: 6 })
  .map((words) => `\`\`\`\n${words.join(' ')}\n\`\`\``);

const table = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.array(fc.array(sentence(3), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 3 }))
  .map(([columns, rows]) => {
    const row = (cells: string[]) => `| ${cells.slice(0, columns).join(' | ')} |`;
    return [row(rows[0]), `|${' --- |'.repeat(columns)}`, ...rows.slice(1).map(row)].join('\n');
  });

const footnoteDefinition = fc.tuple(fc.constantFrom('1', '2'), sentence(6)).map(([n, text]) => `[^${n}]: ${text}`);

/** One Markdown block, written with '\n' line ends. */
export const markdownBlock: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: heading },
  { weight: 8, arbitrary: paragraph },
  { weight: 4, arbitrary: list },
  { weight: 1, arbitrary: blockquote },
  { weight: 1, arbitrary: codeFence },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: footnoteDefinition },
  { weight: 1, arbitrary: fc.constant('***') },
);

export type LineEnd = '\n' | '\r\n' | '\r';

/** How a document is laid out around its blocks. */
export interface Layout {
  bom: boolean;
  frontMatter: boolean;
  /** Line ends used in turn (a single one for most documents, mixed for some). */
  lineEnds: LineEnd[];
  /** Blank lines between blocks, used in turn (1 or 2). */
  blankLines: number[];
  trailingLineEnd: boolean;
}

export interface StructuredDoc {
  blocks: string[];
  layout: Layout;
}

const layout: fc.Arbitrary<Layout> = fc.record({
  bom: fc.boolean(),
  frontMatter: fc.boolean(),
  lineEnds: fc.oneof(
    { weight: 3, arbitrary: fc.constant<LineEnd[]>(['\n']) },
    { weight: 3, arbitrary: fc.constant<LineEnd[]>(['\r\n']) },
    { weight: 2, arbitrary: fc.array(fc.constantFrom<LineEnd>('\n', '\r\n', '\r'), { minLength: 1, maxLength: 5 }) },
  ),
  blankLines: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 1, maxLength: 3 }),
  trailingLineEnd: fc.boolean(),
});

/** Writes a document: blocks separated by blank lines, '\n' rewritten to the layout's line ends. */
export function render(doc: StructuredDoc): string {
  const { blocks, layout: l } = doc;
  let text = blocks.map((block, i) => (i === 0 ? block : '\n'.repeat(1 + l.blankLines[i % l.blankLines.length]) + block)).join('');
  if (l.frontMatter) text = `---\ntitle: Joint statement\ndate: 2025-05-12\n---\n\n${text}`;
  if (l.trailingLineEnd) text += '\n';
  let n = 0;
  text = text.replace(/\n/g, () => l.lineEnds[n++ % l.lineEnds.length]);
  return (l.bom ? '\ufeff' : '') + text;
}

export const structuredDoc = (minBlocks = 0, maxBlocks = 12): fc.Arbitrary<StructuredDoc> =>
  fc.record({ blocks: fc.array(markdownBlock, { minLength: minBlocks, maxLength: maxBlocks }), layout });

// ---------------------------------------------------------------------------
// (c) Edits
// ---------------------------------------------------------------------------

/** A splice of the source: `position` is taken modulo (length + 1). */
export interface Splice {
  position: number;
  deleteLength: number;
  insertText: string;
}

const insertText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constant('') },
  { weight: 6, arbitrary: fc.array(plainWord, { minLength: 1, maxLength: 4 }).map((words) => ` ${words.join(' ')} `) },
  { weight: 3, arbitrary: fc.constantFrom('\n', '\r\n', '\n\n', '\r\n\r\n', '\n- ', '\n  - ', '\n# ', '\n\n## ', ' ') },
  { weight: 2, arbitrary: fc.constantFrom('**', '*', '_', '`', '[', '](x)', '[^1]', '> ', '|', '\\', '&amp;', '\ufeff') },
  { weight: 2, arbitrary: token },
  { weight: 1, arbitrary: arbitraryText(8) },
);

export const splice: fc.Arbitrary<Splice> = fc.record({
  position: fc.nat(),
  deleteLength: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 9, max: 60 })),
  insertText,
});

export const splices = (maxLength = 6): fc.Arbitrary<Splice[]> => fc.array(splice, { maxLength });

export function applySplices(source: string, edits: readonly Splice[]): string {
  let text = source;
  for (const { position, deleteLength, insertText: inserted } of edits) {
    const at = position % (text.length + 1);
    text = text.slice(0, at) + inserted + text.slice(at + deleteLength);
  }
  return text;
}

/** An edit of the block list: how a drafter revises a document. */
export type BlockEdit =
  | { kind: 'move'; from: number; to: number }
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'insert'; at: number; block: string }
  | { kind: 'reword'; at: number; word: number; deleteCount: number; words: string[] };

export const blockEdit: fc.Arbitrary<BlockEdit> = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), block: markdownBlock }),
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('reword' as const),
      at: fc.nat(),
      word: fc.nat(),
      deleteCount: fc.nat(4),
      words: fc.array(fc.oneof(plainWord, token), { maxLength: 4 }),
    }),
  },
);

export const blockEdits = (maxLength = 5): fc.Arbitrary<BlockEdit[]> => fc.array(blockEdit, { maxLength });

export function applyBlockEdits(doc: StructuredDoc, edits: readonly BlockEdit[]): StructuredDoc {
  const blocks = [...doc.blocks];
  for (const edit of edits) {
    if (edit.kind === 'insert') {
      blocks.splice(edit.at % (blocks.length + 1), 0, edit.block);
      continue;
    }
    if (blocks.length === 0) continue;
    switch (edit.kind) {
      case 'move': {
        const [moved] = blocks.splice(edit.from % blocks.length, 1);
        blocks.splice(edit.to % (blocks.length + 1), 0, moved);
        break;
      }
      case 'delete':
        blocks.splice(edit.at % blocks.length, 1);
        break;
      case 'duplicate': {
        const at = edit.at % blocks.length;
        blocks.splice(at, 0, blocks[at]);
        break;
      }
      case 'reword': {
        const at = edit.at % blocks.length;
        const words = blocks[at].split(' ');
        words.splice(edit.word % (words.length + 1), edit.deleteCount, ...edit.words);
        blocks[at] = words.join(' ');
        break;
      }
    }
  }
  return { blocks, layout: doc.layout };
}

/** A structured document and a revision of it: block edits, then splices of the source. */
export interface Revision {
  doc: StructuredDoc;
  oldSource: string;
  newSource: string;
}

export const revision = (maxBlocks = 12): fc.Arbitrary<Revision> =>
  fc.tuple(structuredDoc(0, maxBlocks), blockEdits(), splices(4)).map(([doc, edits, cuts]) => ({
    doc,
    oldSource: render(doc),
    newSource: applySplices(render(applyBlockEdits(doc, edits)), cuts),
  }));
