/**
 * Plain text of mdast nodes with a map back to source offsets. The map is
 * what lets a sentence found in the plain text be highlighted in the editor.
 */
import type { Nodes, PhrasingContent } from 'mdast';

/** White space as `\s` matches it: the text's white space is folded to one space. */
const WHITE_SPACE_RUN = /\s+/gu;
const WHITE_SPACE = /\s/u;

/**
 * Text under construction: one source offset per UTF-16 code unit. White
 * space is folded (a run is one space, none leads) and trailing white space
 * is dropped when finished. The text is kept as pieces: a long document's
 * 700 KB went through here a character at a time, a third of its parse.
 */
export class MappedText {
  private readonly pieces: string[] = [];
  readonly offsets: number[] = [];
  /** Whether the text so far ends with a (folded) space. */
  private endsWithSpace = false;

  /** Appends a node's value, aligning it with its source text (escapes, entities, indentation differ). */
  appendAligned(value: string, source: string, from: number, to: number): void {
    const raw = source.slice(from, to);
    if (raw === value) {
      this.appendRun(value, from);
      return;
    }
    // A character not written literally (an entity, a replaced NUL) maps to
    // the last source position matched, so offsets never leave the node.
    let j = 0;
    let last = from;
    for (let i = 0; i < value.length; i++) {
      let k = j;
      while (k < raw.length && raw[k] !== value[i]) k++;
      if (k < raw.length) {
        last = from + k;
        j = k + 1;
      }
      this.push(value[i], last);
    }
  }

  /** Appends a separator; white space is folded, so runs of separators collapse. */
  appendSeparator(at: number): void {
    this.push(' ', at);
  }

  /** Appends `value` written at `from` in the source, its characters at consecutive offsets: push's folding, a run at a time. */
  private appendRun(value: string, from: number): void {
    let at = 0;
    WHITE_SPACE_RUN.lastIndex = 0;
    for (let space = WHITE_SPACE_RUN.exec(value); ; space = WHITE_SPACE_RUN.exec(value)) {
      const end = space ? space.index : value.length;
      if (end > at) {
        this.pieces.push(at === 0 && end === value.length ? value : value.slice(at, end));
        for (let i = at; i < end; i++) this.offsets.push(from + i);
        this.endsWithSpace = false;
      }
      if (!space) return;
      // A run of white space is one space, at the offset of its first character; none leads the text.
      if (this.offsets.length > 0 && !this.endsWithSpace) this.appendSpace(from + space.index);
      at = space.index + space[0].length;
    }
  }

  private push(char: string, offset: number): void {
    if (WHITE_SPACE.test(char)) {
      if (this.offsets.length === 0 || this.endsWithSpace) return;
      this.appendSpace(offset);
    } else {
      this.pieces.push(char);
      this.offsets.push(offset);
      this.endsWithSpace = false;
    }
  }

  private appendSpace(offset: number): void {
    this.pieces.push(' ');
    this.offsets.push(offset);
    this.endsWithSpace = true;
  }

  /** The folded text and its offsets, without trailing white space. */
  finish(): { text: string; offsets: number[] } {
    let text = this.pieces.join('');
    // Runs are folded, so at most one space trails.
    if (this.endsWithSpace) {
      text = text.slice(0, -1);
      this.offsets.pop();
    }
    return { text: oneBytePerCharacter(text), offsets: this.offsets };
  }
}

const BEYOND_LATIN1 = /[^\u0000-\u00ff]/u;
/** Characters a String.fromCharCode call is given at most. */
const CODES_PER_CALL = 8192;

/**
 * The same text, made again from its character codes when they are all
 * Latin-1: pieces sliced from a source with one curly apostrophe anywhere
 * are strings of two bytes a character, which V8 stores, hashes, matches,
 * prints and caches (io/packedModel.ts) more slowly and at twice the size;
 * String.fromCharCode makes a string of one byte a character of them.
 */
function oneBytePerCharacter(text: string): string {
  if (BEYOND_LATIN1.test(text)) return text;
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  let out = '';
  for (let at = 0; at < codes.length; at += CODES_PER_CALL) out += String.fromCharCode(...codes.subarray(at, at + CODES_PER_CALL));
  return out;
}

/** Appends the plain text of inline content: marks dropped, footnote references and raw HTML skipped. */
export function appendInline(out: MappedText, nodes: readonly PhrasingContent[], source: string): void {
  for (const node of nodes) appendNode(out, node, source);
}

function appendNode(out: MappedText, node: Nodes, source: string): void {
  const from = node.position?.start.offset ?? 0;
  const to = node.position?.end.offset ?? from;
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      out.appendAligned(node.value, source, from, to);
      return;
    case 'break':
      out.appendSeparator(from);
      return;
    case 'image':
    case 'imageReference':
      if (node.alt) out.appendAligned(node.alt, source, from, to);
      return;
    case 'footnoteReference':
    case 'html':
      return;
    default:
      if ('children' in node) for (const child of node.children) appendNode(out, child as Nodes, source);
  }
}
