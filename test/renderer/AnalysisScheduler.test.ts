import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument, statementTemplate } from '../../engine/index';
import { AnalysisScheduler, FATES_AFTER_TYPING_MS, type SchedulerHost } from '../../renderer/worker/AnalysisScheduler';
import { AnalysisSession, type AlignedDraft } from '../../renderer/worker/AnalysisSession';
import type { AnalysisResult } from '../../renderer/worker/protocol';
import type { CorpusSource } from '../../contract/api';

const corpus: CorpusSource[] = JSON.parse(readFileSync(new URL('../../dist/renderer/corpus.json', import.meta.url), 'utf8'));
const statementIds = corpus.filter((doc) => doc.kind === 'joint-statement' || doc.kind === 'council-note').map((doc) => doc.id);
const note = corpus.find((doc) => doc.id === 'council-note-8288-1-26-rev1')!;
const template = statementTemplate(note.source, parseDocument(note.source));
const semiconductors = template.split('\n').find((line) => line.startsWith('- **Semiconductors:**'))!;
/** The template with a paragraph gone and another reworded: some fates move. */
const edited = template.replace(`${semiconductors}\n`, '').replace('deepen their strategic cooperation', 'deepen and widen their strategic cooperation');

/** The template as it stands after `keys` keystrokes in its opening paragraph. */
const typed = (keys: number) => template.replace('deepen their strategic cooperation', `deepen their ${'very '.slice(0, keys)}strategic cooperation`);

function session(): AnalysisSession {
  const s = new AnalysisSession();
  s.setCorpus(corpus, statementIds);
  return s;
}

/** A result as a fresh session gives it: looks and timings are the session's own. */
function comparable(result: AnalysisResult) {
  const { elapsed: _elapsed, ...rest } = result;
  return { ...rest, cards: rest.cards.map(({ look: _look, ...card }) => card) };
}

/** Timers on a clock the test moves: tasks run in time order, those of the same time in the order set. */
class ManualHost implements SchedulerHost {
  readonly results: AnalysisResult[] = [];
  readonly errors: string[] = [];
  private clock = 0;
  private queue: Array<{ at: number; order: number; task: () => void }> = [];
  private order = 0;

  started(): void {}
  result(result: AnalysisResult): void {
    this.results.push(result);
  }
  error(_version: number, message: string): void {
    this.errors.push(message);
  }
  now(): number {
    return this.clock;
  }
  later(task: () => void, ms: number): void {
    this.queue.push({ at: this.clock + ms, order: this.order++, task });
  }

  /** Runs the next task; false when none is left. */
  runNext(): boolean {
    if (this.queue.length === 0) return false;
    this.queue.sort((a, b) => a.at - b.at || a.order - b.order);
    const next = this.queue.shift()!;
    this.clock = Math.max(this.clock, next.at);
    next.task();
    return true;
  }

  runAll(): void {
    while (this.runNext());
  }

  /** Lets `ms` pass, running what falls due. */
  advance(ms: number): void {
    const until = this.clock + ms;
    for (;;) {
      this.queue.sort((a, b) => a.at - b.at || a.order - b.order);
      if (this.queue.length === 0 || this.queue[0].at > until) break;
      this.runNext();
    }
    this.clock = until;
  }
}

/** The session, counting the texts whose fates it is asked for. */
function countingFates(live: AnalysisSession) {
  const followed: number[] = [];
  const analysis = {
    align: (version: number, text: string, now: () => number) => live.align(version, text, now),
    followCommitments(aligned: AlignedDraft, now: () => number): AnalysisResult {
      followed.push(aligned.result.version);
      return live.followCommitments(aligned, now);
    },
  };
  return { analysis, followed };
}

describe('when the worker follows the fates', () => {
  it('posts the statuses at once and the fates once typing pauses, equal to a fresh analysis', () => {
    const host = new ManualHost();
    const scheduler = new AnalysisScheduler(session(), host);
    scheduler.analyze(1, template);
    host.advance(0);
    expect(host.results.map((r) => r.complete)).toEqual([false]);
    // Keys every 100 ms: statuses for each text, no fates while typing goes on.
    for (let version = 2; version <= 4; version++) {
      host.advance(100);
      scheduler.analyze(version, typed(version));
    }
    host.advance(FATES_AFTER_TYPING_MS - 1);
    expect(host.results.filter((r) => r.complete)).toEqual([]);
    expect(host.results.map((r) => r.version)).toEqual([1, 2, 3, 4]);
    host.runAll();
    const last = host.results[host.results.length - 1];
    expect(last).toMatchObject({ version: 4, complete: true });
    expect(comparable(last)).toEqual(comparable(session().analyze(4, typed(4))));
  });

  it('never follows the fates of a text a newer one replaced, and answers the newer one first', () => {
    const { analysis, followed } = countingFates(session());
    const host = new ManualHost();
    const scheduler = new AnalysisScheduler(analysis, host);
    scheduler.analyze(1, template);
    host.advance(FATES_AFTER_TYPING_MS - 10);
    expect(host.results.map((r) => [r.version, r.complete])).toEqual([[1, false]]);
    // The newer text arrives just before the pause is over: version 1's fates are abandoned before they start.
    scheduler.analyze(2, edited);
    host.runAll();
    expect(host.results.map((r) => [r.version, r.complete])).toEqual([
      [1, false],
      [2, false],
      [2, true],
    ]);
    expect(followed).toEqual([2]);
    expect(comparable(host.results[2])).toEqual(comparable(session().analyze(2, edited)));
  });

  it('forgets the fates it was to follow when the priors change', () => {
    const { analysis, followed } = countingFates(session());
    const host = new ManualHost();
    const scheduler = new AnalysisScheduler(analysis, host);
    scheduler.analyze(1, template);
    host.advance(0);
    scheduler.stopFates();
    host.runAll();
    expect(followed).toEqual([]);
    expect(host.results.map((r) => r.complete)).toEqual([false]);
  });
});
