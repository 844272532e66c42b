/**
 * V8's optimising compiler (TurboFan), paused for a command that only
 * compares documents already parsed. Such a command lives some 300 ms: the
 * compare's code is hot for a few tens of milliseconds, too short for the
 * optimised code to repay its compiling, which ran on the second of this
 * machine's two cores while the compare ran, or waited for it. Measured on
 * the bench's 100,000-word pair, both cached (node --no-turbofan, 12 runs
 * interleaved, 2026-12-07): 400 ms of processor time against 530, and the
 * compare itself 86 ms against 145; warm, the compare ran as fast without it
 * (8-9 ms against 5-20). The models and the answer are the same: a compiler
 * tier changes how fast code runs, never what it computes.
 *
 * A parse (remark, some seconds of hot code) wants it: it is resumed before
 * any document is parsed, and before the exports.
 */
import { setFlagsFromString } from 'node:v8';

export function pauseOptimisingCompiler(): void {
  setFlagsFromString('--no-turbofan');
}

export function resumeOptimisingCompiler(): void {
  setFlagsFromString('--turbofan');
}
