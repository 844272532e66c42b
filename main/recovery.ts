/**
 * Autosave and crash recovery. The renderer autosaves the draft on screen to
 * `<userData>/recovery/draft.json`; a normal quit leaves a `clean-exit`
 * marker beside it. At the next start, a draft without the marker means the
 * last session crashed (or was killed) with that text on screen, and the
 * draft is offered back; otherwise it is deleted.
 * The draft may be confidential: the folder is 0o700 and the file 0o600.
 */
import { parseJsonObject } from './parseJsonObject';
import { mkdirSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { RecoveredDraft } from '../contract/api';
import { readDocumentFile } from '../io/readDocumentFile';
import { writeAtomically, writeAtomicallySync } from '../io/writeAtomically';

export const RECOVERY_FOLDER = 'recovery';
export const DRAFT_FILE = 'draft.json';
export const CLEAN_EXIT_FILE = 'clean-exit';
const FILE_MODE = 0o600;
const FOLDER_MODE = 0o700;

export const recoveryFolder = (userData: string): string => join(userData, RECOVERY_FOLDER);

export interface RecoveryFacts {
  /** Whether draft.json exists at all. */
  draftExists: boolean;
  /** Whether the last session left the clean-exit marker. */
  cleanExit: boolean;
  /** The draft as read, or null when it is unreadable or malformed. */
  draft: RecoveredDraft | null;
  /** The current text of the draft's file on disk, when it has one and it reads; omitted otherwise. */
  savedText?: string | null;
}

/**
 * `offer` when the last session crashed and left a draft worth having back;
 * `discard` otherwise: no draft, a clean exit, an unreadable or empty draft,
 * or a draft identical to its saved file (nothing would be lost).
 */
export function recoveryDecision({ draftExists, cleanExit, draft, savedText = null }: RecoveryFacts): 'offer' | 'discard' {
  if (!draftExists || cleanExit || draft === null) return 'discard';
  if (draft.text.trim() === '') return 'discard';
  if (draft.path !== null && savedText === draft.text) return 'discard';
  return 'offer';
}

export async function writeRecoveryDraft(folder: string, draft: RecoveredDraft): Promise<void> {
  await mkdir(folder, { recursive: true, mode: FOLDER_MODE });
  await writeAtomically(join(folder, DRAFT_FILE), JSON.stringify(draft), { mode: FILE_MODE });
}

/** The autosaved draft; `draft` is null when the file is missing or malformed. */
export async function readRecoveryDraft(folder: string): Promise<{ exists: boolean; draft: RecoveredDraft | null }> {
  let text: string;
  try {
    text = await readFile(join(folder, DRAFT_FILE), 'utf8');
  } catch {
    return { exists: false, draft: null };
  }
  return { exists: true, draft: parseRecoveredDraft(text) };
}

export function parseRecoveredDraft(text: string): RecoveredDraft | null {
  const value = parseJsonObject(text);
  if (!value) return null;
  const { path, text: draftText, savedAt } = value;
  const pathOk = path === null || (typeof path === 'string' && isAbsolute(path));
  if (!pathOk || typeof draftText !== 'string' || typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return null;
  return { path: path as string | null, text: draftText, savedAt };
}

/**
 * An autosave killed mid-write leaves its temporary file (`draft.json.<number>`,
 * write-file-atomic's naming) beside draft.json, which the rename never
 * reached. It is never read as the draft, only removed: each would hold a
 * whole draft, and a few crashes would fill the folder.
 */
async function removeInterruptedWrites(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const temporary = (name: string) => [DRAFT_FILE, CLEAN_EXIT_FILE].some((file) => name.startsWith(`${file}.`) && /^\d+$/u.test(name.slice(file.length + 1)));
  await Promise.all(names.filter(temporary).map((name) => rm(join(folder, name), { force: true })));
}

export async function discardRecoveryDraft(folder: string): Promise<void> {
  await rm(join(folder, DRAFT_FILE), { force: true });
}

/** Called on a normal quit; synchronous because `will-quit` does not wait for promises. */
export function markCleanExit(folder: string, now: Date): void {
  mkdirSync(folder, { recursive: true, mode: FOLDER_MODE });
  writeAtomicallySync(join(folder, CLEAN_EXIT_FILE), now.toISOString(), { mode: FILE_MODE });
}

/**
 * Run once at start-up, before the renderer autosaves anything: decides on
 * the last session's draft, deletes it when it is not offered, and removes
 * the marker so that a crash of this session is seen at the next start.
 * Returns the draft to offer, or null.
 */
export async function startRecovery(folder: string): Promise<RecoveredDraft | null> {
  const marker = join(folder, CLEAN_EXIT_FILE);
  const cleanExit = await stat(marker).then(
    () => true,
    () => false,
  );
  const { exists, draft } = await readRecoveryDraft(folder);
  const saved = draft?.path ? await readDocumentFile(draft.path) : null;
  const decision = recoveryDecision({ draftExists: exists, cleanExit, draft, savedText: saved?.ok ? saved.source : null });
  await rm(marker, { force: true });
  await removeInterruptedWrites(folder);
  if (decision === 'discard') {
    await discardRecoveryDraft(folder);
    return null;
  }
  return draft;
}
