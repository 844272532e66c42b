/**
 * The command line as an installed user runs it (`node bin/precedent.mjs`),
 * in processes of its own, medians after warm-up with peers run in the same
 * run and interleaved with it (issue 12):
 *
 * - start-up, as ratios to a bare `node -e 0`: `precedent --help` <= 1.5x,
 *   `precedent blocks statement-2025 --json` <= 2x;
 * - `precedent compare OLD NEW --json` on the 100,000-word pair: <= 1.0 s
 *   the first time (an empty cache), <= 0.3 s when both are cached, beside
 *   `git diff --no-index --word-diff` on the same pair;
 * - what the parse workers cost to start (the threshold in io/parseDocuments);
 * - the memory the cache and the workers add to a compare's peak: <= 100 MB.
 *
 *   node scripts/build.mjs cli && node --import tsx bench/cli.ts
 *
 * BENCH_CLI_BASELINE=<folder of another build of Precedent> times that
 * build's command too, interleaved with this one's, for a before and after
 * from the same run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseDocument } from '../engine/index';
import { parseWorkerPath } from '../io/locations';
import { makeRevisionPair } from '../test/fixtures/revisionPairs';
import { longDocument } from './syntheticCorpus';
import { median, ms, row } from './stats';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = join(root, 'bin', 'precedent.mjs');
const peakProbe = join(root, 'bench', 'peakMemory.mjs');
const corpusIds = ['partnership-2022', 'statement-2024', 'statement-2025', 'council-note-8288-1-26-rev1'];
const statements = corpusIds.map((id) => parseDocument(readFileSync(join(root, 'corpus', `${id}.md`), 'utf8')));
const scratch = mkdtempSync(join(tmpdir(), 'precedent-bench-cli-'));
let homes = 0;
/** A cache folder of its own (XDG_CACHE_HOME), empty. */
const emptyCacheHome = () => mkdtempSync(join(scratch, `home-${homes++}-`));

interface Run {
  ms: number;
  /** Peak resident memory of the process, when probed. */
  peakMb?: number;
}

/** /dev/null, for a run whose answer goes to a file rather than down a pipe (as a hand run's `> /dev/null`). */
const devNull = openSync('/dev/null', 'w');

function spawnTimed(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}, { toFile = false } = {}): Run {
  const start = performance.now();
  // The output is kept as bytes, never decoded: decoding the compare's 3.3 MB of JSON took this process 12-19 ms (2026-12-07), inside the timing.
  const result = spawnSync(command, args, { maxBuffer: 1 << 30, env: { ...process.env, ...env }, stdio: ['ignore', toFile ? devNull : 'pipe', 'pipe'] });
  const elapsed = performance.now() - start;
  const stderr = result.stderr?.toString('utf8') ?? '';
  // git diff exits 1 when the files differ.
  if (result.status !== 0 && !(command === 'git' && result.status === 1)) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${stderr}`);
  const peak = /precedent-peak-rss-kb (\d+)/u.exec(stderr);
  return { ms: elapsed, peakMb: peak ? Number(peak[1]) / 1024 : undefined };
}

/** Runs each variant `runs` times after `warmup`, interleaved (a, b, c, a, b, c, ...), so a noisy minute weighs on all alike. */
function interleaved<K extends string>(variants: Record<K, () => Run>, runs: number, warmup = 2): Record<K, Run[]> {
  const names = Object.keys(variants) as K[];
  for (let i = 0; i < warmup; i++) for (const name of names) variants[name]();
  const out = Object.fromEntries(names.map((name) => [name, [] as Run[]])) as unknown as Record<K, Run[]>;
  for (let i = 0; i < runs; i++) for (const name of names) out[name].push(variants[name]());
  return out;
}

const medianMs = (runs: readonly Run[]) => median(runs.map((run) => run.ms));
const medianPeak = (runs: readonly Run[]) => median(runs.map((run) => run.peakMb ?? Number.NaN));
const verdict = (ok: boolean) => (ok ? 'within target' : 'OVER TARGET');

console.log('Start-up of the command line, as ratios to a bare node -e 0 started the same way (targets: --help <= 1.5x, blocks <= 2x)');
const cacheHome = emptyCacheHome();
const startup = interleaved(
  {
    node: () => spawnTimed(process.execPath, ['-e', '0']),
    help: () => spawnTimed(process.execPath, [bin, '--help'], { XDG_CACHE_HOME: cacheHome }),
    blocks: () => spawnTimed(process.execPath, [bin, 'blocks', 'statement-2025', '--json'], { XDG_CACHE_HOME: cacheHome }),
  },
  15,
  3,
);
const tNode = medianMs(startup.node);
row('node -e 0', `${ms(tNode)} ms`);
row('precedent --help', `${ms(medianMs(startup.help))} ms`, `${(medianMs(startup.help) / tNode).toFixed(2)}x node, ${verdict(medianMs(startup.help) <= 1.5 * tNode)}`);
row('precedent blocks statement-2025 --json', `${ms(medianMs(startup.blocks))} ms`, `${(medianMs(startup.blocks) / tNode).toFixed(2)}x node, ${verdict(medianMs(startup.blocks) <= 2 * tNode)}`);

console.log('\nParse workers: what one costs to start, against what it saves (the threshold of io/parseDocuments, 100 KB)');
const workerPath = parseWorkerPath(root);
const workerStart = async (): Promise<number> => {
  const start = performance.now();
  // As the command starts it: without this process's tsx loader, which tripled the start.
  const worker = new Worker(workerPath, { execArgv: [] });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.postMessage({ id: 0, source: 'Both sides will cooperate.', format: 'markdown' });
  });
  const elapsed = performance.now() - start;
  await worker.terminate();
  return elapsed;
};
const starts: number[] = [];
for (let i = 0; i < 7; i++) starts.push(await workerStart());
row('start a worker, load the parser, parse one sentence, answer', `${ms(median(starts.slice(2)))} ms`);
const hundredKb = longDocument(statements, 15_000).slice(0, 100 * 1024);
const parseTimes: number[] = [];
for (let i = 0; i < 7; i++) {
  const start = performance.now();
  parseDocument(hundredKb);
  parseTimes.push(performance.now() - start);
}
row('parse 100 KB on this thread (warm)', `${ms(median(parseTimes.slice(2)))} ms`);

console.log('\nprecedent compare OLD NEW --json on the 100,000-word pair (targets: <= 1.0 s first time, <= 0.3 s both cached)');
const pair = makeRevisionPair(longDocument(statements, 100_000), { seed: 11, edits: 80 });
const oldPath = join(scratch, 'old.md');
const newPath = join(scratch, 'new.md');
writeFileSync(oldPath, pair.old);
writeFileSync(newPath, pair.new);
row(`the pair: ${pair.old.split(/\s+/u).length} words, ${(pair.old.length / 1024).toFixed(0)} KB and ${(pair.new.length / 1024).toFixed(0)} KB`, '');
// Timed exactly as a user runs it: `node bin/precedent.mjs compare ...`, no
// preload. The peak memory probe (node --import) is a module more to resolve
// and load before the command; it ran inside the timed runs until
// 2026-12-07, and is now run apart, below.
const compareArgs = (binPath: string) => [binPath, 'compare', oldPath, newPath, '--json'];
const probed = (args: string[]) => ['--import', peakProbe, ...args];
const warmHome = emptyCacheHome();
const baseline = process.env.BENCH_CLI_BASELINE;
const baselineBin = baseline ? join(baseline, 'bin', 'precedent.mjs') : '';
const baselineHome = emptyCacheHome();
const compareVariants: Record<string, () => Run> = {
  first: () => spawnTimed(process.execPath, compareArgs(bin), { XDG_CACHE_HOME: emptyCacheHome() }),
  firstOneThread: () => spawnTimed(process.execPath, compareArgs(bin), { XDG_CACHE_HOME: emptyCacheHome(), PRECEDENT_PARSE_WORKERS: '0' }),
  noCacheOneThread: () => spawnTimed(process.execPath, [...compareArgs(bin), '--no-cache'], { PRECEDENT_PARSE_WORKERS: '0' }),
  cached: () => spawnTimed(process.execPath, compareArgs(bin), { XDG_CACHE_HOME: warmHome }),
  // What a hand run with `> /dev/null` times: no pipe for the 3.3 MB answer to go down, 64 KB at a time, to a reader.
  cachedToFile: () => spawnTimed(process.execPath, compareArgs(bin), { XDG_CACHE_HOME: warmHome }, { toFile: true }),
  git: () => spawnTimed('git', ['diff', '--no-index', '--word-diff', oldPath, newPath]),
  node: () => spawnTimed(process.execPath, ['-e', '0']),
};
if (baseline) {
  compareVariants.baselineFirst = () => spawnTimed(process.execPath, compareArgs(baselineBin), { XDG_CACHE_HOME: emptyCacheHome() });
  compareVariants.baselineCached = () => spawnTimed(process.execPath, compareArgs(baselineBin), { XDG_CACHE_HOME: baselineHome });
}
const compares = interleaved(compareVariants, 7, 2);
const tFirst = medianMs(compares.first);
const tCached = medianMs(compares.cached);
const tGit = medianMs(compares.git);
const tBare = medianMs(compares.node);
const peers = (t: number) => `${(t / tGit).toFixed(0)}x git, ${(t / tBare).toFixed(2)}x node`;
row('first time: empty cache, a worker beside the main thread', `${ms(tFirst)} ms`, `${verdict(tFirst <= 1000)}, ${peers(tFirst)}`);
row('  the same on one thread (PRECEDENT_PARSE_WORKERS=0)', `${ms(medianMs(compares.firstOneThread))} ms`);
row('  --no-cache, one thread (as before the cache)', `${ms(medianMs(compares.noCacheOneThread))} ms`);
row('both documents cached', `${ms(tCached)} ms`, `${verdict(tCached <= 300)}, ${peers(tCached)}`);
row('  the same, its answer to /dev/null rather than a pipe', `${ms(medianMs(compares.cachedToFile))} ms`, peers(medianMs(compares.cachedToFile)));
row('peer: git diff --no-index --word-diff (native, no moves)', `${ms(tGit)} ms`);
row('peer: node -e 0, started the same way', `${ms(tBare)} ms`);
if (compares.baselineFirst && compares.baselineCached) {
  const [bFirst, bCached] = [medianMs(compares.baselineFirst), medianMs(compares.baselineCached)];
  row(`baseline ${baseline}: first time`, `${ms(bFirst)} ms`, `this build ${(tFirst / bFirst).toFixed(2)}x`);
  row(`baseline ${baseline}: both cached`, `${ms(bCached)} ms`, `${peers(bCached)}; this build ${(tCached / bCached).toFixed(2)}x`);
}

console.log('\nPeak memory of that compare (maxRSS, runs of their own with the probe; target: cache and workers add <= 100 MB)');
const peaks = interleaved(
  {
    noCacheOneThread: () => spawnTimed(process.execPath, probed([...compareArgs(bin), '--no-cache']), { PRECEDENT_PARSE_WORKERS: '0' }),
    first: () => spawnTimed(process.execPath, probed(compareArgs(bin)), { XDG_CACHE_HOME: emptyCacheHome() }),
    cached: () => spawnTimed(process.execPath, probed(compareArgs(bin)), { XDG_CACHE_HOME: warmHome }),
  },
  3,
  0,
);
const base = medianPeak(peaks.noCacheOneThread);
const first = medianPeak(peaks.first);
const cached = medianPeak(peaks.cached);
row('without cache, one thread', `${base.toFixed(0)} MB`);
row('first time, cache written, a worker', `${first.toFixed(0)} MB`, `${(first - base).toFixed(0)} MB added, ${verdict(first - base <= 100)}`);
row('both cached', `${cached.toFixed(0)} MB`, `${(cached - base).toFixed(0)} MB added, ${verdict(cached - base <= 100)}`);
console.log(`\nnode ${process.version}, ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
