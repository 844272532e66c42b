/**
 * Plain text of mdast nodes with a map back to source offsets. The map is
 * what lets a sentence found in the plain text be highlighted in the editor.
 */
import type { Nodes, PhrasingContent } from 'mdast';

/** Text under construction: one source offset per UTF-16 code unit. */
export class MappedText {
  readonly chars: string[] = [];
  readonly offsets: number[] = [];

  /** Appends a node's value, aligning it with its source text (escapes, entities, indentation differ). */
  appendAligned(value: string, source: string, from: number, to: number): void {
    const raw = source.slice(from, to);
    if (raw === value) {
      for (let i = 0; i < value.length; i++) this.push(value[i], from + i);
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

  private push(char: string, offset: number): void {
    if (/\s/u.test(char)) {
      if (this.chars.length === 0 || this.chars[this.chars.length - 1] === ' ') return;
      this.chars.push(' ');
    } else {
      this.chars.push(char);
    }
    this.offsets.push(offset);
  }

  /** The folded text and its offsets, without trailing white space. */
  finish(): { text: string; offsets: number[] } {
    while (this.chars.length > 0 && this.chars[this.chars.length - 1] === ' ') {
      this.chars.pop();
      this.offsets.pop();
    }
    return { text: this.chars.join(''), offsets: this.offsets };
  }
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
