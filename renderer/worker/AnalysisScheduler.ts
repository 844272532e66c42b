/**
 * When the worker analyses what. Only the newest text is analysed; its
 * statuses are posted at once, its commitments' fates once typing pauses,
 * and never for a text a newer one has replaced: the fates followed every
 * text 60 ms after its statuses, and a keystroke that came meanwhile waited
 * for them before its own statuses.
 *
 * The fates are one call of the engine (trackCommitments), not cut into
 * pieces that a keystroke could interrupt: each piece would index the whole
 * draft's sentences again, most of the work on a long document (10,000
 * one-line paragraphs: 170 of 200 ms), so pieces a prior at a time cost
 * nearly three times as much.
 */
import type { AlignedDraft } from './AnalysisSession';
import type { AnalysisResult } from './protocol';

/** The analysis the scheduler drives (AnalysisSession). */
export interface ScheduledAnalysis {
  align(version: number, text: string, now: () => number): AlignedDraft;
  followCommitments(aligned: AlignedDraft, now: () => number): AnalysisResult;
}

export interface SchedulerHost {
  started(version: number): void;
  result(result: AnalysisResult): void;
  error(version: number, message: string): void;
  now(): number;
  /** Runs `task` after `ms`, as a task of its own (messages that arrived meanwhile are read first). */
  later(task: () => void, ms: number): void;
}

/** How long the fates wait after the statuses are posted: the page paints them first (fates computed at once competed with that paint on two cores: p95 71 ms against 59). */
export const FATES_AFTER_STATUSES_MS = 60;
/** How long the text must have stood still before its fates are followed: a pause in typing, longer than the gap between two keys of a steady typist. */
export const FATES_AFTER_TYPING_MS = 250;

export class AnalysisScheduler {
  private pending: { version: number; text: string } | null = null;
  private scheduled = false;
  private lastText = -Infinity;
  /** Counts the fates begun; steps of an earlier count are abandoned. */
  private fatesRun = 0;

  constructor(
    private readonly analysis: ScheduledAnalysis,
    private readonly host: SchedulerHost,
  ) {}

  /** A new text to analyse: it replaces any text still waiting, and stops the fates of an older one. */
  analyze(version: number, text: string): void {
    this.pending = { version, text };
    this.lastText = this.host.now();
    this.fatesRun++;
    if (this.scheduled) return;
    this.scheduled = true;
    this.host.later(() => this.runPending(), 0);
  }

  /** The priors or the corpus changed: fates under way were of the old ones. */
  stopFates(): void {
    this.fatesRun++;
  }

  private runPending(): void {
    this.scheduled = false;
    const job = this.pending;
    this.pending = null;
    if (!job) return;
    this.host.started(job.version);
    let aligned: AlignedDraft;
    try {
      aligned = this.analysis.align(job.version, job.text, () => this.host.now());
    } catch (error) {
      this.host.error(job.version, (error as Error).message);
      return;
    }
    this.host.result(aligned.result);
    this.followLater(job.version, aligned);
  }

  private followLater(version: number, aligned: AlignedDraft): void {
    const run = ++this.fatesRun;
    const follow = () => {
      if (run !== this.fatesRun || this.pending !== null) return;
      // Typing went on while the statuses were computed: wait for its pause.
      const still = this.host.now() - this.lastText;
      if (still < FATES_AFTER_TYPING_MS) {
        this.host.later(follow, FATES_AFTER_TYPING_MS - still);
        return;
      }
      try {
        this.host.result(this.analysis.followCommitments(aligned, () => this.host.now()));
      } catch (error) {
        this.host.error(version, (error as Error).message);
      }
    };
    this.host.later(follow, FATES_AFTER_STATUSES_MS);
  }
}
