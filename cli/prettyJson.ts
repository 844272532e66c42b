/**
 * `JSON.stringify(value, null, 2)` and a newline, as UTF-8 bytes, made
 * without the whole text ever being one string. A compare's answer is 3.3 MB
 * of JSON: V8 builds it as a chain of some hundreds of parts (6.6 MB, two
 * bytes a character once one curly quote is in it), all alive until the end,
 * then copies the chain into one flat string (6.6 MB more) to encode it.
 * Memory a short command touches for the first time is dear (a page fault
 * took 11 us on this machine, 2026-12-07): the process grew by 14.5 MB
 * while it stringified and wrote the answer. Written in pieces, that took
 * 74 ms of the cached compare against 102 (medians of 12 runs interleaved,
 * a loaded hour), with 1,500 fewer page faults.
 *
 * Here the objects at the top are written key by key, and each array a
 * group of GROUP elements at a time by JSON.stringify itself, nested in
 * arrays to the depth where it stands so that its indentation is the
 * whole's; the text between the group's brackets is encoded at once into a
 * buffer of a megabyte, handed on each time it fills. Every string made is
 * small and dies young.
 *
 * The bytes are exactly JSON.stringify's (a test holds it): objects are
 * walked only when plain, anything else is left to JSON.stringify whole.
 * One difference in principle: a toJSON(key) method of an array's element
 * is given its index within its group; nothing Precedent prints has one
 * that reads its key (a Date's does not).
 */

/** Elements of an array stringified together: a few KB to some tens of KB of text. */
const GROUP = 32;
const CHUNK_BYTES = 1 << 20;

/**
 * Writes the JSON through `sink`, a chunk at a time, in one buffer used
 * again for every chunk: `sink` must be done with the bytes when it
 * returns (write them, or copy them). One megabyte touched, where a fresh
 * buffer for each megabyte of a 3.3 MB answer had been 800 pages more for
 * the system to fault in.
 */
export function writePrettyJson(value: unknown, sink: (bytes: Buffer) => void, chunkBytes = CHUNK_BYTES): void {
  let chunk = Buffer.allocUnsafe(chunkBytes);
  let used = 0;
  const put = (text: string) => {
    // At most three bytes of UTF-8 for a UTF-16 code unit.
    if (chunk.length - used < text.length * 3) {
      if (used > 0) sink(chunk.subarray(0, used));
      used = 0;
      if (chunk.length < text.length * 3) chunk = Buffer.allocUnsafe(text.length * 3);
    }
    used += chunk.write(text, used);
  };
  const indent = (depth: number) => `\n${'  '.repeat(depth)}`;
  // What JSON.stringify(v, null, 2) writes before and after a value nested in `depth` arrays.
  const opens = [''];
  const closes = [''];
  const stringifyAt = (item: unknown, depth: number): string => {
    for (let d = opens.length; d <= depth; d++) {
      opens.push(`${opens[d - 1]}[${indent(d)}`);
      closes.push(`${indent(d - 1)}]${closes[d - 1]}`);
    }
    let nested = item;
    for (let d = 0; d < depth; d++) nested = [nested];
    return JSON.stringify(nested, null, 2);
  };
  const walk = (item: unknown, depth: number): void => {
    if (isPlainObject(item)) {
      let first = true;
      for (const key of Object.keys(item)) {
        const member = item[key];
        // Left out, as JSON.stringify leaves them out of an object.
        if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
        put(`${first ? '{' : ','}${indent(depth + 1)}${JSON.stringify(key)}: `);
        first = false;
        walk(member, depth + 1);
      }
      put(first ? '{}' : `${indent(depth)}}`);
    } else if (Array.isArray(item) && item.length > 0) {
      const inner = indent(depth + 1);
      put('[');
      for (let i = 0; i < item.length; i += GROUP) {
        // The group as an array where this one stands: its elements, between "[" + inner and indent(depth) + "]".
        const text = stringifyAt(item.slice(i, i + GROUP), depth);
        put(`${i === 0 ? '' : ','}${inner}`);
        put(text.slice(opens[depth].length + 1 + inner.length, text.length - closes[depth].length - indent(depth).length - 1));
      }
      put(`${indent(depth)}]`);
    } else {
      const text = stringifyAt(item, depth);
      put(text.slice(opens[depth].length, text.length - closes[depth].length));
    }
  };
  walk(value, 0);
  put('\n');
  sink(chunk.subarray(0, used));
}

/** The bytes writePrettyJson writes, each chunk copied. */
export function prettyJsonBytes(value: unknown, chunkBytes = CHUNK_BYTES): Buffer[] {
  const chunks: Buffer[] = [];
  writePrettyJson(value, (bytes) => chunks.push(Buffer.from(bytes)), chunkBytes);
  return chunks;
}

function isPlainObject(item: unknown): item is Record<string, unknown> {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return false;
  if (typeof (item as { toJSON?: unknown }).toJSON === 'function') return false;
  const proto = Object.getPrototypeOf(item) as unknown;
  return proto === Object.prototype || proto === null;
}
