/**
 * The user's settings, today the recent files list, kept as JSON in the user
 * data folder. Settings are a convenience: a corrupt file is set aside as
 * settings.json.corrupt and the app starts with defaults, and a failed write
 * never fails the save or open that caused it.
 */
import { parseJsonObject } from './parseJsonObject';
import { mkdir, readFile, rename } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { writeAtomically } from '../io/writeAtomically';

export interface Settings {
  /** Absolute paths, most recent first. */
  recentFiles: string[];
}

/** As many as fit in a menu without scrolling, and as many as any editor shows. */
export const MAX_RECENT_FILES = 10;

export const SETTINGS_FILE = 'settings.json';
/** The recent files name the user's drafts and folders: readable by the user only, like the recovery folder. */
const FILE_MODE = 0o600;

/** `path` first, without duplicates, at most `max` entries. */
export function addRecent(list: readonly string[], path: string, max: number = MAX_RECENT_FILES): string[] {
  return [path, ...list.filter((entry) => entry !== path)].slice(0, max);
}

export function defaultSettings(): Settings {
  return { recentFiles: [] };
}

/** Reads the settings of `folder`; a missing file gives the defaults, a corrupt one is moved aside first. */
export async function loadSettings(folder: string): Promise<Settings> {
  const file = join(folder, SETTINGS_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return defaultSettings();
  }
  const settings = parseSettings(text);
  if (settings !== null) return settings;
  await rename(file, `${file}.corrupt`).catch(() => undefined);
  return defaultSettings();
}

/** Settings from JSON text, or null when the text is not a settings object. Stray entries are dropped quietly. */
export function parseSettings(text: string): Settings | null {
  const value = parseJsonObject(text);
  if (!value) return null;
  const recent = value.recentFiles;
  const paths = Array.isArray(recent) ? recent.filter((entry): entry is string => typeof entry === 'string' && isAbsolute(entry)) : [];
  return { recentFiles: paths.reduceRight<string[]>((list, path) => addRecent(list, path), []) };
}

export async function saveSettings(folder: string, settings: Settings): Promise<void> {
  await mkdir(folder, { recursive: true });
  await writeAtomically(join(folder, SETTINGS_FILE), `${JSON.stringify(settings, null, 2)}\n`, { mode: FILE_MODE });
}

/** The settings held in memory by the main process, written through on every change. */
export interface SettingsStore {
  recentFiles(): readonly string[];
  addRecent(path: string): Promise<void>;
  clearRecent(): Promise<void>;
}

/**
 * Loads the settings of `folder` and keeps them; `changed` hears every new
 * recent list (the menu is rebuilt from it).
 */
export async function openSettingsStore(folder: string, changed: (recentFiles: readonly string[]) => void = () => undefined): Promise<SettingsStore> {
  let settings = await loadSettings(folder);
  const update = async (next: Settings): Promise<void> => {
    settings = next;
    changed(settings.recentFiles);
    try {
      await saveSettings(folder, settings);
    } catch (error) {
      console.warn(`Precedent could not write its settings in ${folder}: ${(error as Error).message}`);
    }
  };
  return {
    recentFiles: () => settings.recentFiles,
    addRecent: (path) => update({ ...settings, recentFiles: addRecent(settings.recentFiles, path) }),
    clearRecent: () => update({ ...settings, recentFiles: [] }),
  };
}
