import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecoveredDraft } from '../../contract/api';
import {
  CLEAN_EXIT_FILE,
  DRAFT_FILE,
  discardRecoveryDraft,
  markCleanExit,
  parseRecoveredDraft,
  readRecoveryDraft,
  recoveryDecision,
  recoveryFolder,
  startRecovery,
  writeRecoveryDraft,
} from '../../main/recovery';

const draft: RecoveredDraft = { path: '/home/ana/2026.md', text: '# Joint Statement 2026\n\nUnsaved paragraph.', savedAt: '2026-05-05T10:00:00.000Z' };

describe('after a crash, the draft on screen is offered back', () => {
  const cases: [story: string, facts: Parameters<typeof recoveryDecision>[0], decision: 'offer' | 'discard'][] = [
    ['the app crashed with a draft on screen', { draftExists: true, cleanExit: false, draft }, 'offer'],
    ['the app crashed with a never-saved draft', { draftExists: true, cleanExit: false, draft: { ...draft, path: null } }, 'offer'],
    ['the file changed since the autosave: the autosave is still newer work', { draftExists: true, cleanExit: false, draft, savedText: 'older text' }, 'offer'],
    ['the app quit normally', { draftExists: true, cleanExit: true, draft }, 'discard'],
    ['there is no draft', { draftExists: false, cleanExit: false, draft: null }, 'discard'],
    ['the first start ever', { draftExists: false, cleanExit: true, draft: null }, 'discard'],
    ['the draft file is corrupt', { draftExists: true, cleanExit: false, draft: null }, 'discard'],
    ['the draft is empty', { draftExists: true, cleanExit: false, draft: { ...draft, text: '  \n' } }, 'discard'],
    ['the draft equals its saved file: nothing would be lost', { draftExists: true, cleanExit: false, draft, savedText: draft.text }, 'discard'],
  ];
  it.each(cases)('%s: %s', (_story, facts, decision) => {
    expect(recoveryDecision(facts)).toBe(decision);
  });
});

describe('the recovery folder on disk', () => {
  let userData: string;
  let folder: string;
  beforeEach(async () => {
    userData = await mkdtemp(join(tmpdir(), 'precedent-recovery-'));
    folder = recoveryFolder(userData);
  });
  afterEach(() => rm(userData, { recursive: true, force: true }));

  it('an autosave round-trips', async () => {
    await writeRecoveryDraft(folder, draft);
    expect(await readRecoveryDraft(folder)).toEqual({ exists: true, draft });
    expect(JSON.parse(await readFile(join(userData, 'recovery', 'draft.json'), 'utf8'))).toEqual(draft);
  });

  it('the autosave is readable by the user only (0600), in a folder only the user can list (0700)', async () => {
    await writeRecoveryDraft(folder, draft);
    await writeRecoveryDraft(folder, { ...draft, text: 'second autosave' });
    expect((await stat(join(folder, DRAFT_FILE))).mode & 0o777).toBe(0o600);
    expect((await stat(folder)).mode & 0o777).toBe(0o700);
    expect(await readdir(folder)).toEqual([DRAFT_FILE]);
  });

  it('the clean-exit marker is 0600 too', async () => {
    markCleanExit(folder, new Date('2026-05-05T18:00:00Z'));
    expect(await readFile(join(folder, CLEAN_EXIT_FILE), 'utf8')).toBe('2026-05-05T18:00:00.000Z');
    expect((await stat(join(folder, CLEAN_EXIT_FILE))).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['not JSON', '{"path": '],
    ['a relative path', JSON.stringify({ ...draft, path: 'draft.md' })],
    ['no text', JSON.stringify({ path: null, savedAt: draft.savedAt })],
    ['a timestamp that is not one', JSON.stringify({ ...draft, savedAt: 'yesterday' })],
  ])('a malformed autosave (%s) reads as no draft', (_story, content) => {
    expect(parseRecoveredDraft(content)).toBeNull();
  });

  it('discarding deletes the autosave, and discarding twice is fine', async () => {
    await writeRecoveryDraft(folder, draft);
    await discardRecoveryDraft(folder);
    await discardRecoveryDraft(folder);
    expect(await readRecoveryDraft(folder)).toEqual({ exists: false, draft: null });
  });

  it('a start after a crash offers the draft once, and removes nothing the user may want', async () => {
    await writeRecoveryDraft(folder, { ...draft, path: null });
    expect(await startRecovery(folder)).toEqual({ ...draft, path: null });
    expect(await readdir(folder)).toEqual([DRAFT_FILE]);
  });

  it('a start after a crash mid-autosave offers the last whole autosave, never the half-written temporary file, and removes it', async () => {
    await writeRecoveryDraft(folder, { ...draft, path: null });
    await writeFile(join(folder, `${DRAFT_FILE}.2718281828`), '{"path":null,"text":"the newer autosave, cut sh');
    await writeFile(join(folder, 'notes.txt'), 'not ours to remove');
    expect(await startRecovery(folder)).toEqual({ ...draft, path: null });
    expect((await readdir(folder)).sort()).toEqual([DRAFT_FILE, 'notes.txt']);
  });

  it('a start after a normal quit deletes the draft and the marker, so the next crash is noticed', async () => {
    await writeRecoveryDraft(folder, draft);
    markCleanExit(folder, new Date());
    expect(await startRecovery(folder)).toBeNull();
    expect(await readdir(folder)).toEqual([]);
  });

  it('a start after a crash right after saving offers nothing: the file holds the same text', async () => {
    const path = join(userData, 'saved.md');
    await writeFile(path, draft.text);
    await writeRecoveryDraft(folder, { ...draft, path });
    expect(await startRecovery(folder)).toBeNull();
  });

  it('the first start ever finds nothing and creates nothing', async () => {
    expect(await startRecovery(folder)).toBeNull();
    expect(await readdir(userData)).toEqual([]);
  });
});
