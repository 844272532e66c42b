/**
 * V8 set for a command that only compares documents already parsed: such a
 * command lives some 300 ms, and two of V8's habits, good for a long run,
 * cost it more than they bring. A parse (remark, some seconds of hot code
 * and many objects) wants them back: leaveShortRun is called before any
 * document is parsed, and before the exports; once the documents are
 * parsed, the compare and its answer are a short run again. Neither changes what is
 * computed: a compiler tier and the young generation's size change how fast
 * code runs, never its result.
 *
 * - The optimising compiler (TurboFan), paused: the compare's code is hot
 *   for a few tens of milliseconds, too short for the optimised code to
 *   repay its compiling, which ran on the second of this machine's two
 *   cores while the compare ran, or waited for it. Measured on the bench's
 *   100,000-word pair, both cached (node --no-turbofan, 12 runs
 *   interleaved, 2026-12-07): 400 ms of processor time against 530, and
 *   the compare itself 86 ms against 145; warm, the compare ran as fast
 *   without it (8-9 ms against 5-20).
 * - The young generation, held at the size it starts with (1 MB a
 *   semi-space) rather than doubled each time much of it survives, up to
 *   16 MB: every page a short process touches for the first time is a
 *   page fault (some 10 us here), and the grown semi-spaces, each
 *   scavenge's copy landing on fresh pages, were most of the 7,000 faults
 *   a cached compare took beyond a bare node's 2,200. Held, it takes some
 *   4,500 and more, cheaper scavenges (a survivor is promoted sooner, and
 *   what the answer allocates dies young).
 */
import { setFlagsFromString } from 'node:v8';

export function enterShortRun(): void {
  setFlagsFromString('--no-turbofan');
  setFlagsFromString('--semi-space-growth-factor=1');
}

/** V8's defaults again (TurboFan on, the young generation doubling as it fills with survivors). */
export function leaveShortRun(): void {
  setFlagsFromString('--turbofan');
  setFlagsFromString('--semi-space-growth-factor=2');
}
