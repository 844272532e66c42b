/**
 * Keeps the analysis worker's work bounded. JavaScript running in a worker
 * cannot be interrupted, only the worker ended: the page restarts it when an
 * analysis holds up newer text for too long (a huge paste typed over), and
 * stops an analysis that runs past its limit rather than leave the panel
 * waiting for ever. Pure: the caller gives the clock and carries out the
 * action.
 */

export interface WatchdogLimits {
  /** Longest time one analysis may run. */
  analysisMs: number;
  /** Longest time an analysis of outdated text may hold up the newest. */
  outdatedMs: number;
}

/**
 * A 10,000-word draft is analysed in 0.3 s from scratch and in 10 ms a
 * keystroke; the longest document the app opens (10 MB) in some 20 s. One
 * second of outdated work is noticeable; restarting costs the priors' index
 * again (0.3 s).
 */
export const WATCHDOG_LIMITS: WatchdogLimits = { analysisMs: 30_000, outdatedMs: 1_000 };

export type WatchdogAction =
  | { kind: 'wait' }
  /** End the worker and start another; `resend`: analyse the newest text there; `message`: tell the user. */
  | { kind: 'restart'; resend: boolean; message: string | null };

export class AnalysisWatchdog {
  private running: { version: number; since: number } | null = null;
  private newest = 0;

  constructor(private readonly limits: WatchdogLimits = WATCHDOG_LIMITS) {}

  /** The page asked for an analysis of this version. */
  posted(version: number): void {
    this.newest = Math.max(this.newest, version);
  }

  /** The worker began analysing this version. */
  started(version: number, now: number): void {
    this.running = { version, since: now };
  }

  /** The worker answered (or failed) this version. */
  answered(version: number): void {
    if (this.running?.version === version) this.running = null;
  }

  get busy(): boolean {
    return this.running !== null;
  }

  check(now: number): WatchdogAction {
    if (!this.running) return { kind: 'wait' };
    const age = now - this.running.since;
    if (this.newest > this.running.version && age >= this.limits.outdatedMs) {
      this.running = null;
      return { kind: 'restart', resend: true, message: null };
    }
    if (age >= this.limits.analysisMs) {
      this.running = null;
      return {
        kind: 'restart',
        resend: false,
        message: `The analysis of this draft ran for more than ${Math.round(this.limits.analysisMs / 1000)} s and was stopped; the draft is untouched and the analysis starts again at the next edit.`,
      };
    }
    return { kind: 'wait' };
  }
}
