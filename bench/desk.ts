/**
 * The desk's keystroke latency in the real built renderer, in Chromium:
 *
 *   node scripts/build.mjs && node --import tsx bench/desk.ts
 *
 * Loads the desk (browser mode, dist/renderer served on loopback), replaces
 * the draft with a draft of over 10,000 words (the 2026, 2025 and 2024
 * statements and the 2022 partnership, every fourth paragraph reworded),
 * waits for its analysis, then types one character at a random place inside
 * a paragraph with real key events, 150 times (with 60 the p95, the 57th
 * sample, moved between 41 and 52 ms from run to run on this machine). Each
 * keystroke is timed in the page from its keydown (a capturing listener, performance.now()) to the
 * frame after the desk shows the analysis of that version (the desk's
 * onResult, then requestAnimationFrame, then a message after that frame, so
 * the decorations and the panel are painted). Target: p95 <= 50 ms.
 *
 * Peers in the same run, interleaved keystroke by keystroke with the measured
 * ones: the same keystroke with analysis disabled (the desk's requests to its
 * analysis worker are dropped, so only the editor's own update is left),
 * timed from keydown to the frame after the editor's change. Their ratio is
 * the cost of the analysis as the drafter sees it.
 *
 * To set two builds side by side: DESK_SIDE_BY_SIDE=<another built
 * dist/renderer> types the same keystrokes in both, alternately (see
 * keystrokesSideBySide); DESK_RENDERER=<a built dist/renderer> serves another
 * build than dist/renderer; DESK_PART=keystrokes or DESK_PART=open runs one
 * half (with DESK_SIDE_BY_SIDE, DESK_PART=open opens the 10,000 one-line
 * paragraphs in both builds alternately: see openSideBySide).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../test/e2e/support/browser';
import { DeskPage, type DeskWindow } from '../test/e2e/support/DeskPage';
import type { CardView } from '../renderer/worker/protocol';
import { rendererRoot, serveRenderer } from '../test/e2e/support/staticServer';
import { mulberry32 } from '../test/fixtures/revisionPairs';
import { median, ms, percentile, row } from './stats';

const KEYSTROKES = 150;
const WARMUP = 10;
const TARGET_P95_MS = 50;
const MIN_WORDS = 10_000;

const read = (id: string) => readFileSync(new URL(`../corpus/${id}.md`, import.meta.url), 'utf8').replace(/^---\n[\s\S]*?\n---\n/u, '');

/** Light rewording, as a drafter revises agreed language. */
const REWORDINGS: Array<[RegExp, string]> = [
  [/\bboth sides\b/giu, 'the two partners'],
  [/\bwelcomed\b/gu, 'appreciated'],
  [/\bcommitted to\b/gu, 'undertook to'],
  [/\bcooperation\b/gu, 'collaboration'],
  [/\bfurther\b/gu, 'additional'],
];

/** The statements and the partnership concatenated, every fourth paragraph reworded, repeated until long enough. */
function longDraft(): { text: string; words: number } {
  const bodies = ['council-note-8288-1-26-rev1', 'statement-2025', 'statement-2024', 'partnership-2022'].map(read);
  const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;
  let text = '';
  for (let round = 0; words(text) < MIN_WORDS; round++) {
    for (const body of bodies) {
      const paragraphs = body.split(/\n{2,}/u).map((paragraph, i) => {
        // Headings and tables stay as they are.
        if ((i + round) % 4 !== 3 || /^[#|]/u.test(paragraph)) return paragraph;
        return REWORDINGS.reduce((p, [pattern, replacement]) => p.replace(pattern, replacement), paragraph);
      });
      text += `${paragraphs.join('\n\n').trim()}\n\n`;
    }
  }
  return { text, words: words(text) };
}

/** What the page reports for one keystroke (milliseconds since its keydown). */
interface Sample {
  /** The editor's change event (the desk posts the text to its worker there). */
  change: number;
  /** The editor's change, then the frame after it. */
  editorFrame: number;
  /** With analysis: the worker's result queued on the main thread (its MessageEvent's timeStamp). */
  arrival?: number;
  /** With analysis: the result received, then the frame after it was shown. */
  result?: number;
  shown?: number;
  /** The worker's own time for this version's first answer. */
  elapsed?: number;
  /** With analysis: the second answer (commitments' fates) shown, then the frame after it. */
  complete?: number;
}

/** Installs the probes: keydown, the editor's change, the desk's results; and the switch that drops analysis requests. */
function installProbes(): void {
  type Probe = {
    armed: boolean;
    analysis: boolean;
    t0: number;
    sample: Record<string, number>;
    resolve: ((sample: Record<string, number>) => void) | null;
  };
  const w = window as unknown as DeskWindow & { __bench: Probe };
  const probe: Probe = { armed: false, analysis: true, t0: 0, sample: {}, resolve: null };
  w.__bench = probe;
  const afterFrame = (then: (frame: number, painted: number) => void) =>
    requestAnimationFrame(() => {
      const frame = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(frame, performance.now());
      channel.port2.postMessage(0);
    });
  const finish = () => {
    const resolve = probe.resolve;
    probe.armed = false;
    probe.resolve = null;
    resolve?.(probe.sample);
  };
  const post = Worker.prototype.postMessage;
  const watched = new WeakSet<Worker>();
  Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
    if ((message as { type?: string } | null)?.type === 'analyze') {
      if (!probe.analysis) return;
      // The analysis worker: when its results reach the main thread (listeners run after the desk's own handler, the timeStamp is the arrival).
      if (!watched.has(this)) {
        watched.add(this);
        this.addEventListener('message', (event) => {
          if (probe.armed && probe.sample.arrival === undefined && (event.data as { type?: string }).type === 'result') probe.sample.arrival = event.timeStamp - probe.t0;
        });
      }
    }
    return (post as (...args: unknown[]) => void).call(this, message, ...rest);
  } as typeof post;
  window.addEventListener(
    'keydown',
    () => {
      if (probe.armed && probe.t0 === 0) probe.t0 = performance.now();
    },
    { capture: true },
  );
  const desk = w.precedentDesk;
  const editor = desk.editorInstance as unknown as { onDidChangeModelContent(listener: () => void): unknown };
  editor.onDidChangeModelContent(() => {
    if (!probe.armed) return;
    probe.sample.change = performance.now() - probe.t0;
    afterFrame((_frame, painted) => {
      probe.sample.editorFrame = painted - probe.t0;
      if (!probe.analysis || probe.sample.complete !== undefined) finish();
    });
  });
  // Each version is answered twice: statuses first (what a keystroke must show), then commitments' fates.
  desk.onResult((result) => {
    if (!probe.armed || !probe.analysis) return;
    const received = performance.now();
    afterFrame((_frame, painted) => {
      if (probe.sample.shown === undefined) {
        probe.sample.result = received - probe.t0;
        probe.sample.shown = painted - probe.t0;
        probe.sample.elapsed = result.elapsed;
      }
      if (result.complete) {
        probe.sample.complete = painted - probe.t0;
        if (probe.sample.editorFrame !== undefined) finish();
      }
    });
  });
}

/** Documents a user may open that are far from a statement (the trust issue's bad input the desk accepts). */
const HARD_DOCUMENTS: Array<[string, string]> = [
  ['10,000 one-line paragraphs', Array.from({ length: 10_000 }, (_, i) => `Line ${i} of a long list of paragraphs about cooperation ${i % 97}.`).join('\n\n')],
  ['one paragraph of 1 MB', 'Both sides will cooperate on data. '.repeat(30_000)],
];

/** What opening a document showed: the longest task until its analysis was shown, and over a further AFTER_SHOWN_MS; when it was shown. */
interface Opened {
  longest: number;
  longestAfter: number;
  shownAfter: number;
}

/** How long after the analysis is shown the page's long tasks are still watched (the decorations are set a slice at a time after it). */
const AFTER_SHOWN_MS = 2_000;

/** Opens `text` in a fresh desk and records the page's long tasks until its analysis is shown (or, without analysis, for `waitMs`), then for AFTER_SHOWN_MS more. */
async function openOnce(browser: Browser, url: string, text: string, analysis: boolean, waitMs: number): Promise<Opened> {
  const desk = await DeskPage.open(browser, url);
  try {
    await desk.page.evaluate(installProbes);
    // The text reaches the page before the long tasks are watched: handed over with the call that sets it, its
    // copy from Node into the page (some 100 ms for 1 MB, the test's own work) was counted as the desk's longest task.
    await desk.page.evaluate((value) => {
      (window as unknown as { __text: string }).__text = value;
    }, text);
    await desk.page.evaluate((on) => {
      const w = window as unknown as { __bench: { analysis: boolean }; __long: Array<[number, number]> };
      w.__bench.analysis = on;
      w.__long = [];
      new PerformanceObserver((list) => w.__long.push(...list.getEntries().map((entry): [number, number] => [entry.startTime, entry.duration]))).observe({ type: 'longtask' });
    }, analysis);
    // Timed in the page, from the text set to its complete analysis shown (every card built): timed from
    // here it also counted the test's polling and the copy of the whole result into Node (a second or more).
    await desk.page.evaluate(() => {
      const w = window as unknown as DeskWindow & { __opened: { start: number; shown: number }; __text: string };
      w.__opened = { start: performance.now(), shown: 0 };
      w.precedentDesk.onResult((result) => {
        if (result.complete && w.__opened.shown === 0) w.__opened.shown = performance.now();
      });
      w.precedentDesk.editorInstance.setValue(w.__text);
    });
    // Waited for without copying the result into Node (DeskPage.waitForAnalysis does): serialising 10,000 cards
    // held the page 100-400 ms and was counted as the desk's longest task.
    if (analysis) await desk.page.waitForFunction(() => (window as unknown as { __opened: { shown: number } }).__opened.shown > 0, null, { timeout: 300_000, polling: 100 });
    else await desk.page.waitForTimeout(waitMs);
    const end = await desk.page.evaluate(() => performance.now());
    await desk.page.waitForTimeout(AFTER_SHOWN_MS);
    const { long, opened } = await desk.page.evaluate(() => {
      const w = window as unknown as { __long: Array<[number, number]>; __opened: { start: number; shown: number } };
      return { long: w.__long, opened: w.__opened };
    });
    const until = analysis ? opened.shown : end;
    return {
      longest: Math.max(0, ...long.filter(([start]) => start < until).map(([, duration]) => duration)),
      longestAfter: Math.max(0, ...long.filter(([start]) => start >= until).map(([, duration]) => duration)),
      shownAfter: opened.shown - opened.start,
    };
  } finally {
    await desk.page.close();
  }
}

/** Opens `text` in a fresh desk with analysis and, as peer, without (for as long). */
async function longestTasks(browser: Browser, url: string, text: string): Promise<{ withAnalysis: Opened; without: Opened }> {
  const withAnalysis = await openOnce(browser, url, text, true, 0);
  const without = await openOnce(browser, url, text, false, withAnalysis.shownAfter);
  return { withAnalysis, without };
}

async function main(): Promise<void> {
  const root = process.env.DESK_RENDERER ? `${resolve(process.env.DESK_RENDERER)}/` : rendererRoot;
  const part = process.env.DESK_PART ?? 'all';
  if (!existsSync(`${root}index.html`)) throw new Error(`${root} holds no built renderer: run node scripts/build.mjs first`);
  const server = await serveRenderer(root);
  const other = process.env.DESK_SIDE_BY_SIDE ? await serveRenderer(`${resolve(process.env.DESK_SIDE_BY_SIDE)}/`) : null;
  const { browser, close } = await launchChromium();
  try {
    const builds = [{ name: root, url: server.url }, { name: `${resolve(process.env.DESK_SIDE_BY_SIDE ?? '')}/`, url: other?.url ?? '' }];
    if (other && part === 'open') await openSideBySide(browser, builds);
    else if (other) await keystrokesSideBySide(browser, builds);
    else if (part !== 'open') await keystrokes(browser, server.url);
    if (!other && part !== 'keystrokes') await openHardDocuments(browser, server.url);
  } finally {
    await close();
    await server.close();
    await other?.close();
  }
}

type Browser = Awaited<ReturnType<typeof launchChromium>>['browser'];

async function keystrokes(browser: Browser, url: string): Promise<void> {
  const desk = await DeskPage.open(browser, url);
  const { page } = desk;
  await page.evaluate(installProbes);

  const draft = longDraft();
  const loadStart = performance.now();
  await page.evaluate((text) => (window as unknown as DeskWindow).precedentDesk.editorInstance.setValue(text), draft.text);
  const first = await desk.waitForAnalysis(180_000);
  const tLoad = performance.now() - loadStart;
  const paragraphs = first.cards.filter((card) => card.end - card.start > 40);
  const chromium = await page.evaluate(() => /Chrome\/(\S+)/u.exec(navigator.userAgent)?.[1] ?? '?');
  console.log(`Keystrokes in the desk, Chromium ${chromium} headless, a draft of ${draft.words} words (${(draft.text.length / 1024).toFixed(0)} KB, ${first.cards.length} blocks against ${first.priors.length} priors)`);
  row('first analysis of the whole draft, shown (no target)', `${ms(tLoad)} ms`, `worker ${ms(first.elapsed)} ms`);

  const random = mulberry32(20_260_505);
  const keystroke = (analysis: boolean): Promise<Sample> => typeOnce(desk, paragraphs, { paragraph: random(), offset: random(), key: random() }, analysis);

  for (let i = 0; i < WARMUP; i++) {
    await keystroke(true);
    await keystroke(false);
  }
  const withAnalysis: Sample[] = [];
  const without: Sample[] = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    withAnalysis.push(await keystroke(true));
    without.push(await keystroke(false));
  }
  // A last keystroke with analysis, so the desk ends consistent (and the run is checked to be).
  await keystroke(true);

  const shown = withAnalysis.map((s) => s.shown!);
  const received = withAnalysis.map((s) => s.result!);
  const elapsed = withAnalysis.map((s) => s.elapsed!);
  const complete = withAnalysis.map((s) => s.complete!);
  const arrival = withAnalysis.map((s) => s.arrival!);
  const change = withAnalysis.map((s) => s.change);
  const showing = withAnalysis.map((s) => s.result! - s.arrival!);
  const editorWith = withAnalysis.map((s) => s.editorFrame);
  const editorWithout = without.map((s) => s.editorFrame);
  const p95 = percentile(shown, 95);
  console.log(`\n${KEYSTROKES} keystrokes at random places inside paragraphs, each with its peer (analysis disabled), interleaved; after ${WARMUP} of each as warm-up`);
  row('keydown -> statuses, diffs and panel shown and painted, median', `${ms(median(shown))} ms`);
  row(`keydown -> statuses, diffs and panel shown and painted, p95 (target <= ${TARGET_P95_MS} ms)`, `${ms(p95)} ms`, p95 <= TARGET_P95_MS ? 'within target' : 'OVER TARGET');
  row('keydown -> commitments’ fates shown too, median / p95 (no target)', `${ms(median(complete))} / ${ms(percentile(complete, 95))} ms`);
  row('worker-reported elapsed, median / p95', `${ms(median(elapsed))} / ${ms(percentile(elapsed, 95))} ms`);
  console.log('  where the time goes (medians / p95):');
  row('  keydown -> editor change event (text posted to the worker)', `${ms(median(change))} / ${ms(percentile(change, 95))} ms`);
  row('  keydown -> result arrives on the main thread', `${ms(median(arrival))} / ${ms(percentile(arrival, 95))} ms`);
  row('  arrival -> decorations and panel updated (the desk)', `${ms(median(showing))} / ${ms(percentile(showing, 95))} ms`);
  row('  keydown -> result shown (before the frame)', `${ms(median(received))} / ${ms(percentile(received, 95))} ms`);
  row('peer: keydown -> editor frame, analysis disabled, median', `${ms(median(editorWithout))} ms`, `p95 ${ms(percentile(editorWithout, 95))} ms`);
  row('       keydown -> editor frame, analysis running, median', `${ms(median(editorWith))} ms`, `p95 ${ms(percentile(editorWith, 95))} ms`);
  row('ratio: analysis shown / editor frame without analysis (medians)', `${(median(shown) / median(editorWithout)).toFixed(1)}x`);
  await page.close();
}

/** Where a keystroke goes, as fractions: the paragraph, the place in it, the letter. */
interface KeyPick {
  paragraph: number;
  offset: number;
  key: number;
}

/** One keystroke inside a paragraph, with real key events, timed by the page's probes; with analysis, waits until all of it is shown. */
async function typeOnce(desk: DeskPage, paragraphs: readonly CardView[], pick: KeyPick, analysis: boolean): Promise<Sample> {
  const { page } = desk;
  const card = paragraphs[Math.floor(pick.paragraph * paragraphs.length)];
  const offset = card.start + 5 + Math.floor(pick.offset * (card.end - card.start - 10));
  const key = String.fromCharCode(97 + Math.floor(pick.key * 26));
  await page.evaluate(
    ({ at, on }) =>
      new Promise<void>((resolve) => {
        const w = window as unknown as DeskWindow & { __bench: { armed: boolean; analysis: boolean; t0: number; sample: object; resolve: unknown } };
        const editor = w.precedentDesk.editorInstance;
        const position = editor.getModel()!.getPositionAt(at);
        editor.focus();
        editor.setPosition(position);
        editor.revealPositionInCenter(position);
        w.__bench.analysis = on;
        // Two frames: the scroll and the cursor are painted before the keystroke.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            Object.assign(w.__bench, { armed: true, t0: 0, sample: {}, resolve: null });
            resolve();
          }),
        );
      }),
    { at: offset, on: analysis },
  );
  const done = page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const probe = (window as unknown as { __bench: { resolve: unknown } }).__bench;
        probe.resolve = resolve;
        setTimeout(() => reject(new Error('no frame within 30 s of the keystroke')), 30_000);
      }),
  );
  await page.keyboard.press(key);
  const sample = (await done) as unknown as Sample;
  if (analysis) await desk.waitForAnalysis();
  return sample;
}

/**
 * DESK_SIDE_BY_SIDE=<a built dist/renderer>: the same keystrokes in this
 * build's desk and in the other's, alternately, keystroke by keystroke (which
 * goes first alternating too), each desk in a page of its own in one
 * browser. Runs one after the other on this shared machine differed by more
 * than the change they compared.
 */
async function keystrokesSideBySide(browser: Browser, builds: Array<{ name: string; url: string }>): Promise<void> {
  const draft = longDraft();
  const desks: Array<{ desk: DeskPage; paragraphs: CardView[]; samples: Sample[] }> = [];
  for (const { url } of builds) {
    const desk = await DeskPage.open(browser, url);
    await desk.page.evaluate(installProbes);
    await desk.page.evaluate((text) => (window as unknown as DeskWindow).precedentDesk.editorInstance.setValue(text), draft.text);
    const first = await desk.waitForAnalysis(180_000);
    desks.push({ desk, paragraphs: first.cards.filter((card) => card.end - card.start > 40), samples: [] });
  }
  const random = mulberry32(20_260_505);
  for (let i = 0; i < WARMUP + KEYSTROKES; i++) {
    const pick = { paragraph: random(), offset: random(), key: random() };
    for (const which of i % 2 === 0 ? [0, 1] : [1, 0]) {
      const { desk, paragraphs, samples } = desks[which];
      await desk.page.bringToFront();
      const sample = await typeOnce(desk, paragraphs, pick, true);
      if (i >= WARMUP) samples.push(sample);
    }
  }
  console.log(`${KEYSTROKES} keystrokes at the same places in each build, alternately, after ${WARMUP} of each as warm-up; a draft of ${draft.words} words`);
  const both = (of: (sample: Sample) => number) => desks.map(({ samples }) => `${ms(median(samples.map(of)))} / ${ms(percentile(samples.map(of), 95))}`).join('   |   ');
  console.log(`  medians / p95, ms: ${builds.map((b) => b.name).join('   |   ')}`);
  row('  keydown -> statuses, diffs and panel shown and painted', both((s) => s.shown!));
  row('  worker-reported elapsed', both((s) => s.elapsed!));
  row('  keydown -> result arrives on the main thread', both((s) => s.arrival!));
  row('  arrival -> decorations and panel updated (the desk)', both((s) => s.result! - s.arrival!));
  row('  keydown -> editor frame', both((s) => s.editorFrame));
  for (const { desk } of desks) await desk.page.close();
}

async function openHardDocuments(browser: Browser, url: string): Promise<void> {
  console.log('\nOpening hard documents: the longest the page is held (longest task), with analysis and, as peer, without');
  for (const [name, text] of HARD_DOCUMENTS) {
    const held = await longestTasks(browser, url, text);
    row(
      `  ${name}: longest task with analysis / without`,
      `${longest(held.withAnalysis.longest)} / ${longest(held.without.longest)}`,
      `all shown after ${(held.withAnalysis.shownAfter / 1000).toFixed(1)} s; in the ${AFTER_SHOWN_MS / 1000} s after: ${longest(held.withAnalysis.longestAfter)} / ${longest(held.without.longestAfter)}`,
    );
  }
}

const longest = (value: number) => (value === 0 ? 'none over 50 ms' : `${ms(value)} ms`);

/**
 * DESK_SIDE_BY_SIDE=<a built dist/renderer> with DESK_PART=open: the
 * 10,000 one-line paragraphs opened DESK_ROUNDS times (default 7) in each
 * build, alternately (which goes first alternating too); medians of the
 * time to every card shown and of the longest tasks, and their ratios.
 */
async function openSideBySide(browser: Browser, builds: Array<{ name: string; url: string }>): Promise<void> {
  const rounds = Number(process.env.DESK_ROUNDS ?? 7);
  const [name, text] = HARD_DOCUMENTS[0];
  const opened: Opened[][] = builds.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const which of round % 2 === 0 ? [0, 1] : [1, 0]) opened[which].push(await openOnce(browser, builds[which].url, text, true, 0));
  }
  console.log(`\n${name} opened ${rounds} times in each build, alternately: medians (each run's figures in brackets)`);
  const figure = (label: string, of: (o: Opened) => number, unit: (value: number) => string) => {
    const medians = opened.map((runs) => median(runs.map(of)));
    builds.forEach((build, i) => row(`  ${label}: ${build.name}`, unit(medians[i]), `[${opened[i].map((o) => ms(of(o))).join(' ')}]`));
    if (medians[1] > 0) row(`  ${label}: ratio first / second`, (medians[0] / medians[1]).toFixed(2));
  };
  figure('all cards shown after (ms)', (o) => o.shownAfter, ms);
  figure('longest task until shown', (o) => o.longest, longest);
  figure(`longest task in the ${AFTER_SHOWN_MS / 1000} s after`, (o) => o.longestAfter, longest);
}

await main();
