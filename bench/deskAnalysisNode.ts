/**
 * The worker's analysis of the desk's huge document (bench/desk.ts's 10,000
 * one-line paragraphs) in Node, step by step: the session the worker runs,
 * against the desk's default priors. For `node --cpu-prof`:
 *
 *   node --import tsx bench/deskAnalysisNode.ts [rounds]
 *
 * The first round is the worker's (a fresh worker's code and memos are
 * cold); later rounds meet the texts' memos. On this shared machine wall
 * time varied 2-3x from run to run: the main thread's own CPU time is
 * printed beside it, and with node --expose-gc the heap the first step of
 * the analysis left (what each collection of the young generation copied
 * meanwhile), which does not vary.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { AnalysisSession } from '../renderer/worker/AnalysisSession';
import type { CorpusSource } from '../contract/api';
import { median, ms } from './stats';

const TEXT = Array.from({ length: 10_000 }, (_, i) => `Line ${i} of a long list of paragraphs about cooperation ${i % 97}.`).join('\n\n');
const corpus: CorpusSource[] = JSON.parse(readFileSync(new URL('../dist/renderer/corpus.json', import.meta.url), 'utf8'));
const priorIds = corpus.filter((doc) => doc.kind === 'joint-statement' || doc.kind === 'council-note').map((doc) => doc.id);

/** The main thread's own CPU time in ms (Linux; clock ticks of 10 ms), without the compiler's and collector's helper threads. */
function threadCpu(): number {
  const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const rounds = Number(process.argv[2] ?? 3);
const aligned: number[] = [];
const followed: number[] = [];
for (let round = 0; round < rounds; round++) {
  const session = new AnalysisSession();
  session.setCorpus(corpus, priorIds);
  const c0 = process.cpuUsage();
  const m0 = threadCpu();
  const t0 = performance.now();
  const first = session.align(1, TEXT);
  const t1 = performance.now();
  const c1 = process.cpuUsage(c0);
  const m1 = threadCpu() - m0;
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    console.log(`heap after the first step: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(1)} MB`);
  }
  session.followCommitments(first);
  const t2 = performance.now();
  aligned.push(t1 - t0);
  followed.push(t2 - t1);
  // CPU time of every thread of the process (the garbage collector's helpers too): steadier than wall time on a shared machine.
  console.log(`round ${round}: align ${ms(t1 - t0)} ms (cpu ${ms((c1.user + c1.system) / 1000)}, main thread ${m1}), fates ${ms(t2 - t1)} ms (${first.result.cards.length} cards)`);
}
console.log(`medians: align ${ms(median(aligned))} ms, fates ${ms(median(followed))} ms`);
