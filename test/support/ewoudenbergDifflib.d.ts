// @ewoudenberg/difflib (a maintained fork of difflib.js, the port of Python's difflib) ships no types: the part the sequence-matching test reads as its reference.
declare module '@ewoudenberg/difflib' {
  export class SequenceMatcher<T> {
    constructor(isjunk: ((element: unknown) => boolean) | null, a: T, b: T, autojunk?: boolean);
    /** [start in a, start in b, length] of each matching run, ending with a run of length 0. */
    getMatchingBlocks(): Array<[number, number, number]>;
  }
}
