import { describe, expect, it } from 'vitest';
import { AnalysisWatchdog } from '../../renderer/worker/AnalysisWatchdog';

const limits = { analysisMs: 30_000, outdatedMs: 1_000 };

describe('the analysis watchdog', () => {
  it('waits while the worker answers in time', () => {
    const dog = new AnalysisWatchdog(limits);
    dog.posted(1);
    dog.started(1, 0);
    expect(dog.check(900)).toEqual({ kind: 'wait' });
    dog.answered(1);
    expect(dog.busy).toBe(false);
    expect(dog.check(60_000)).toEqual({ kind: 'wait' });
  });

  it('restarts the worker on the newest text when an outdated analysis holds it up for a second', () => {
    const dog = new AnalysisWatchdog(limits);
    dog.posted(1);
    dog.started(1, 0);
    dog.posted(2);
    expect(dog.check(999)).toEqual({ kind: 'wait' });
    expect(dog.check(1_000)).toEqual({ kind: 'restart', resend: true, message: null });
    expect(dog.busy).toBe(false);
  });

  it('lets a long analysis of the newest text run, then stops it at the limit with a message, without analysing it again', () => {
    const dog = new AnalysisWatchdog(limits);
    dog.posted(5);
    dog.started(5, 100);
    expect(dog.check(20_000)).toEqual({ kind: 'wait' });
    const action = dog.check(30_100);
    expect(action).toMatchObject({ kind: 'restart', resend: false });
    expect(action.kind === 'restart' && action.message).toMatch(/more than 30 s and was stopped; the draft is untouched/u);
  });

  it('ignores the answer to a version it is not watching', () => {
    const dog = new AnalysisWatchdog(limits);
    dog.posted(2);
    dog.started(2, 0);
    dog.answered(1);
    expect(dog.busy).toBe(true);
  });
});
