/** Timing helpers: medians and percentiles after warm-up, never single runs. */

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Milliseconds of each of `runs` calls after `warmup` untimed ones. */
export function timeRuns(fn: () => unknown, runs: number, warmup = Math.max(1, Math.floor(runs / 5))): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times;
}

export function heapUsedMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run the benchmarks with node --expose-gc');
  gc();
  gc();
  // Typed arrays (the index's posting lists) live outside the JS heap.
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.arrayBuffers) / 2 ** 20;
}

export const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

export function row(label: string, value: string, note = ''): void {
  console.log(`  ${label.padEnd(58)} ${value.padStart(12)}  ${note}`);
}
