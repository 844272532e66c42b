/**
 * What holds the page while the desk opens 10,000 one-line paragraphs (the
 * open half of bench/desk.ts), task by task:
 *
 *   node --import tsx bench/deskOpenProfile.ts [a built dist/renderer]
 *
 * Records a Chromium trace of the open (the main thread's tasks, with style,
 * layout, paint and GC, and V8's samples on the same clock) until every card
 * is shown and 2 s after. Prints when the worker's results arrived, the
 * page's long tasks (PerformanceObserver), the trace's tasks over
 * PROFILE_OVER_MS (default 50) with their wall and CPU times (on this shared
 * machine the wall time of a task was 3-10 times its CPU time under load),
 * and for each its largest trace events by self time, its largest functions
 * by self time and its call tree (calls over PROFILE_TREE_SHARE of the task,
 * default 0.03). Names read best in an unminified build (vite build
 * --minify false). PROFILE_THREAD='DedicatedWorker thread' lists the
 * analysis worker's tasks in place of the main thread's. PROFILE_SUMMARY=1 stops after the list of tasks;
 * PROFILE_TRACE=0 records no trace (the long tasks only); PROFILE_OPTIONS
 * (JSON) sets editor options before the text.
 */
import { resolve } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { launchChromium } from '../test/e2e/support/browser';
import { DeskPage, type DeskWindow } from '../test/e2e/support/DeskPage';
import { rendererRoot, serveRenderer } from '../test/e2e/support/staticServer';

const OVER_MS = Number(process.env.PROFILE_OVER_MS ?? 50);
const TEXT = Array.from({ length: 10_000 }, (_, i) => `Line ${i} of a long list of paragraphs about cooperation ${i % 97}.`).join('\n\n');
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing', 'v8'].join(',');

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's own time (CPU), apart from the time it waited for it on a busy machine. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args: Record<string, unknown>;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

async function trace(session: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  if (process.env.PROFILE_TRACE === '0') {
    await during();
    return [];
  }
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((done) => session.once('Tracing.tracingComplete', () => done()));
  await session.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await during();
  await session.send('Tracing.end');
  await complete;
  return events;
}

async function main(): Promise<void> {
  const root = process.argv[2] ? `${resolve(process.argv[2])}/` : rendererRoot;
  const server = await serveRenderer(root);
  const { browser, close } = await launchChromium();
  try {
    const desk = await DeskPage.open(browser, server.url);
    await desk.page.evaluate((value) => {
      (window as unknown as { __text: string }).__text = value;
    }, TEXT);
    await desk.page.evaluate(() => {
      const w = window as unknown as { __long: Array<[number, number]>; __arrivals: number[] };
      w.__long = [];
      w.__arrivals = [];
      new PerformanceObserver((list) => w.__long.push(...list.getEntries().map((entry): [number, number] => [entry.startTime, entry.duration]))).observe({ type: 'longtask' });
      // The analysis worker's results as they reach the main thread (the worker is told of at its next request).
      const post = Worker.prototype.postMessage;
      const watched = new WeakSet<Worker>();
      Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
        if ((message as { type?: string } | null)?.type === 'analyze' && !watched.has(this)) {
          watched.add(this);
          this.addEventListener('message', (event) => {
            if ((event.data as { type?: string }).type === 'result') {
              w.__arrivals.push(event.timeStamp);
              performance.mark('arrival');
            }
          });
        }
        return (post as (...args: unknown[]) => void).call(this, message, ...rest);
      } as typeof post;
    });
    // Editor options to try (PROFILE_OPTIONS, JSON), set before the text.
    await desk.page.evaluate((options) => (window as unknown as { precedentDesk: { editorInstance: { updateOptions(o: unknown): void } } }).precedentDesk.editorInstance.updateOptions(options), JSON.parse(process.env.PROFILE_OPTIONS ?? '{}') as unknown);
    const session = await browser.newCDPSession(desk.page);
    let shownAfter = 0;
    const events = await trace(session, async () => {
      await desk.page.evaluate(() => {
        const w = window as unknown as DeskWindow & { __opened: { start: number; shown: number }; __text: string };
        performance.mark('open');
        w.__opened = { start: performance.now(), shown: 0 };
        w.precedentDesk.onResult((result) => {
          if (result.complete && w.__opened.shown === 0) {
            w.__opened.shown = performance.now();
            performance.mark('shown');
          }
        });
        w.precedentDesk.editorInstance.setValue(w.__text);
      });
      await desk.page.waitForFunction(() => (window as unknown as { __opened: { shown: number } }).__opened.shown > 0, null, { timeout: 300_000, polling: 100 });
      shownAfter = await desk.page.evaluate(() => {
        const o = (window as unknown as { __opened: { start: number; shown: number } }).__opened;
        return o.shown - o.start;
      });
      await desk.page.waitForTimeout(2_000);
    });
    const { long, arrivals, start } = await desk.page.evaluate(() => {
      const w = window as unknown as { __long: Array<[number, number]>; __arrivals: number[]; __opened: { start: number } };
      return { long: w.__long, arrivals: w.__arrivals, start: w.__opened.start };
    });
    console.log(`results arrived at ${arrivals.map((t) => `+${(t - start).toFixed(0)}`).join(' ')} ms; long tasks: ${long.filter(([t]) => t >= start).map(([t, d]) => `+${(t - start).toFixed(0)}:${d.toFixed(0)}`).join(' ')}`);
    console.log(
      await desk.page.evaluate(() => {
        const r = (window as unknown as DeskWindow).__precedentLastResult!;
        const commitments = r.cards.reduce((sum, card) => sum + card.commitments.length, 0);
        return `result: ${r.cards.length} cards, ${commitments} commitments, ${r.checks.length} checks, ${r.flags.length} flags, ${r.commitmentFates.length} fates, ${r.dropped.length} dropped`;
      }),
    );
    if (events.length > 0) report(events, shownAfter);
  } finally {
    await close();
    await server.close();
  }
}

function report(events: TraceEvent[], shownAfter: number): void {
  const mainThread = events.find((e) => e.name === 'thread_name' && (e.args.name as string) === 'CrRendererMain' && events.some((m) => m.pid === e.pid && m.name === 'open'));
  if (!mainThread) throw new Error('no renderer main thread with the open mark');
  const { pid } = mainThread;
  // PROFILE_THREAD='DedicatedWorker thread' lists the analysis worker's tasks instead.
  const threadName = process.env.PROFILE_THREAD ?? 'CrRendererMain';
  const { tid } = events.find((e) => e.pid === pid && e.name === 'thread_name' && e.args.name === threadName) ?? mainThread;
  const open = events.find((e) => e.pid === pid && e.name === 'open')!.ts;
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.ts >= open - 1_000 && (e.dur ?? 0) / 1000 > OVER_MS);
  const samples = profileSamples(events, pid, tid);
  const total = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.ts >= open).reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
  console.log(`all cards shown after ${shownAfter.toFixed(0)} ms; main thread busy ${total.toFixed(0)} ms in tasks from the open; ${tasks.length} tasks over ${OVER_MS} ms`);
  console.log(`tasks over ${OVER_MS} ms, wall/cpu: ${tasks.map((t) => `+${((t.ts - open) / 1000).toFixed(0)}:${(t.dur! / 1000).toFixed(0)}/${((t.tdur ?? 0) / 1000).toFixed(0)}`).join(' ')}`);
  // Each thread's tasks from the open until every card was shown, wall and CPU: on this shared machine the CPU time is the steadier figure.
  const shownAt = open + shownAfter * 1000;
  const threads = events.filter((e) => e.pid === pid && e.name === 'thread_name' && ['CrRendererMain', 'DedicatedWorker thread'].includes(e.args.name as string));
  for (const thread of threads) {
    const run = events.filter((e) => e.pid === pid && e.tid === thread.tid && e.ph === 'X' && e.name === 'RunTask' && e.ts >= open && e.ts < shownAt);
    const sum = (of: (e: TraceEvent) => number) => (run.reduce((total, e) => total + of(e), 0) / 1000).toFixed(0);
    const long = run.filter((e) => (e.dur ?? 0) / 1000 > OVER_MS).map((e) => `+${((e.ts - open) / 1000).toFixed(0)}:${((e.dur ?? 0) / 1000).toFixed(0)}/${((e.tdur ?? 0) / 1000).toFixed(0)}`);
    console.log(`${thread.args.name as string} (tid ${thread.tid}) until shown: busy ${sum((e) => e.dur ?? 0)} ms wall, ${sum((e) => e.tdur ?? 0)} ms cpu; tasks over ${OVER_MS} ms, wall/cpu: ${long.join(' ')}`);
  }
  if (process.env.PROFILE_SUMMARY === '1') return;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    console.log(`\ntask at +${((task.ts - open) / 1000).toFixed(0)} ms: ${(task.dur! / 1000).toFixed(1)} ms (cpu ${((task.tdur ?? 0) / 1000).toFixed(1)})`);
    // Trace events inside the task, by self time (their duration less their children's).
    const inside = onMain.filter((e) => e.ph === 'X' && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && e !== task);
    const self = new Map<string, number>();
    for (const e of inside) {
      const children = inside.filter((c) => c !== e && c.ts >= e.ts && c.ts + (c.dur ?? 0) <= e.ts + (e.dur ?? 0));
      // Direct children only: those not inside another child.
      const direct = children.filter((c) => !children.some((d) => d !== c && d.ts <= c.ts && d.ts + (d.dur ?? 0) >= c.ts + (c.dur ?? 0) && (d.dur ?? 0) > (c.dur ?? 0)));
      const own = (e.dur ?? 0) - direct.reduce((sum, c) => sum + (c.dur ?? 0), 0);
      self.set(e.name, (self.get(e.name) ?? 0) + own);
    }
    console.log(`  events (self): ${top(self, 8).map(([name, us]) => `${name} ${(us / 1000).toFixed(1)}`).join(', ')}`);
    // The task's events of 3 ms or more in time order (a forced style or layout with the script that asked for it).
    for (const e of inside.filter((e) => (e.dur ?? 0) >= 3_000)) {
      const stack = (e.args.beginData as { stackTrace?: Array<{ functionName: string }> } | undefined)?.stackTrace;
      const data = e.args.data as { functionName?: string; stackTrace?: Array<{ functionName: string }> } | undefined;
      const at = stack ?? data?.stackTrace;
      // A layout's share of the page: the objects it had to lay out of all.
      const layout = e.args.beginData as { dirtyObjects?: number; totalObjects?: number } | undefined;
      const objects = layout?.totalObjects ? ` (${layout.dirtyObjects} of ${layout.totalObjects} objects)` : '';
      console.log(`    +${((e.ts - task.ts) / 1000).toFixed(1)} ${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)}${objects}${data?.functionName ? ` ${data.functionName}` : ''}${at ? ` from ${at.slice(0, 4).map((f) => f.functionName).join(' < ')}` : ''}`);
    }
    const within = samples.filter((s) => s.ts >= task.ts && s.ts < end);
    const selfFn = new Map<string, number>();
    for (const s of within) {
      selfFn.set(s.stack[0], (selfFn.get(s.stack[0]) ?? 0) + s.dt);
    }
    console.log(`  js self: ${top(selfFn, 10).map(([name, us]) => `${name} ${(us / 1000).toFixed(1)}`).join(', ')}`);
    printTree(within, task.dur! * Number(process.env.PROFILE_TREE_SHARE ?? 0.03));
  }
}

interface TreeNode {
  us: number;
  children: Map<string, TreeNode>;
}

/** The samples' call tree, top down, each call with its total time; calls under `minUs` left out. */
function printTree(samples: ReadonlyArray<{ dt: number; stack: string[] }>, minUs: number): void {
  const root: TreeNode = { us: 0, children: new Map() };
  for (const { dt, stack } of samples) {
    let node = root;
    node.us += dt;
    for (const name of [...stack].reverse()) {
      let child = node.children.get(name);
      if (!child) node.children.set(name, (child = { us: 0, children: new Map() }));
      child.us += dt;
      node = child;
    }
  }
  const walk = (node: TreeNode, depth: number) => {
    for (const [name, child] of [...node.children].sort((a, b) => b[1].us - a[1].us)) {
      if (child.us < minUs) continue;
      // Chains of single calls are shown on one line.
      let [label, at] = [name, child];
      while (at.children.size === 1 && [...at.children.values()][0].us >= at.us - minUs) {
        const [next, nextNode] = [...at.children][0];
        label += ` > ${next.replace(/@.*$/u, '')}`;
        at = nextNode;
      }
      console.log(`  ${'  '.repeat(depth)}${(child.us / 1000).toFixed(1)} ${label.replace(/@.*$/u, '')}`);
      walk(at, depth + 1);
    }
  };
  walk(root, 0);
}

const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);

/** V8's samples of the thread, each with its stack (innermost first) and the time until the next sample. */
function profileSamples(events: TraceEvent[], pid: number, tid: number): Array<{ ts: number; dt: number; stack: string[] }> {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return [];
  const nodes = new Map<number, ProfileNode>();
  const out: Array<{ ts: number; dt: number; stack: string[] }> = [];
  let ts = (profile.args.data as { startTime: number }).startTime;
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id)) {
    const data = chunk.args.data as { cpuProfile: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const node of data.cpuProfile.nodes ?? []) nodes.set(node.id, node);
    const deltas = data.timeDeltas ?? [];
    (data.cpuProfile.samples ?? []).forEach((id, i) => {
      ts += deltas[i];
      const stack: string[] = [];
      for (let node = nodes.get(id); node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) {
        const { functionName, url, lineNumber } = node.callFrame;
        stack.push(`${functionName || '(anon)'}${url ? `@${url.split('/').pop()}:${lineNumber + 1}` : ''}`);
      }
      out.push({ ts, dt: 0, stack: stack.filter((name) => name !== '(root)') });
    });
  }
  out.sort((a, b) => a.ts - b.ts);
  out.forEach((s, i) => (s.dt = i + 1 < out.length ? Math.min(out[i + 1].ts - s.ts, 20_000) : 0));
  return out.filter((s) => s.stack.length > 0 && s.stack[0] !== '(idle)');
}

await main();
