/**
 * The one typed API between the Electron main process and the renderer.
 * Channels are `noun:verb`; every call resolves to a Result, since only an
 * error's message survives IPC. In browser mode an in-memory implementation
 * of the same interface stands in, so the renderer runs unchanged.
 * Types and channel names only: no logic lives here.
 */

export type Result<T> = { ok: true; value: T } | { ok: false; message: string };

/** A document the renderer can analyse: the embedded corpus, or one the user added. */
export interface CorpusSource {
  id: string;
  title: string;
  kind: string;
  /** ISO date of the meeting or document. */
  date: string;
  /** The Markdown source, front matter included. */
  source: string;
  /** Added by the user (kept in the user's data folder), not shipped with the app. */
  userAdded: boolean;
}

/** A draft as read from or written to disk. `path` is null for a draft never saved. */
export interface DraftFile {
  path: string | null;
  /** File name for the title bar. */
  name: string;
  text: string;
}

export interface SavedFile {
  path: string;
  name: string;
}

/** An autosaved draft found after the app did not close normally. */
export interface RecoveredDraft {
  /** The file the draft belonged to, or null for an unsaved draft. */
  path: string | null;
  text: string;
  /** ISO timestamp of the autosave. */
  savedAt: string;
}

/** What the native menu (or, in browser mode, the in-page menu) asks the renderer to do. */
export type MenuCommand =
  | { command: 'file:new' }
  | { command: 'file:newFromLatest' }
  | { command: 'file:open' }
  | { command: 'file:openRecent'; path: string }
  | { command: 'file:save' }
  | { command: 'file:saveAs' }
  | { command: 'file:close' }
  | { command: 'file:addToCorpus' }
  | { command: 'edit:find' }
  | { command: 'edit:replace' }
  | { command: 'view:togglePanel' }
  | { command: 'view:togglePriors' }
  | { command: 'view:toggleCorpus' }
  | { command: 'view:desk' }
  | { command: 'view:lineage' }
  | { command: 'file:compare' }
  | { command: 'navigate:nextChange' }
  | { command: 'navigate:previousChange' }
  | { command: 'help:shortcuts' }
  | { command: 'help:about' }
  /** The user chose Save in the close dialog: save, then confirm the close. */
  | { command: 'window:saveAndClose' };

/** Channel names, for main's handlers and the preload's one method per channel. */
export const CHANNELS = {
  corpusList: 'corpus:list',
  corpusAdd: 'corpus:add',
  fileOpen: 'file:open',
  fileOpenPath: 'file:openPath',
  fileSave: 'file:save',
  fileSaveAs: 'file:saveAs',
  fileRecent: 'file:recent',
  recoveryWrite: 'recovery:write',
  recoveryCheck: 'recovery:check',
  recoveryDiscard: 'recovery:discard',
  windowState: 'window:state',
  windowCloseConfirmed: 'window:closeConfirmed',
  menuCommand: 'menu:command',
} as const;

export type ChannelName = (typeof CHANNELS)[keyof typeof CHANNELS];

export interface PrecedentApi {
  readonly platform: 'electron' | 'browser';
  /** The embedded corpus and the documents the user added. */
  listCorpus(): Promise<Result<CorpusSource[]>>;
  /** Asks for a .md or .txt file and adds it to the user's corpus; null when the user cancelled. */
  addToCorpus(): Promise<Result<CorpusSource | null>>;
  /** Asks for a draft to open; null when the user cancelled. */
  openFile(): Promise<Result<DraftFile | null>>;
  openPath(path: string): Promise<Result<DraftFile>>;
  /** Writes atomically to `path`. */
  saveFile(path: string, text: string): Promise<Result<SavedFile>>;
  /** Asks where to save; null when the user cancelled. */
  saveFileAs(suggestedName: string, text: string): Promise<Result<SavedFile | null>>;
  recentFiles(): Promise<Result<string[]>>;
  /** Autosave of the draft on screen to the recovery folder. */
  writeRecovery(path: string | null, text: string): Promise<Result<void>>;
  /** A draft left by a session that did not close normally, or null. */
  checkRecovery(): Promise<Result<RecoveredDraft | null>>;
  discardRecovery(): Promise<Result<void>>;
  /** Tells the window the draft's name and whether it has unsaved changes (title bar, close dialog). */
  setWindowState(state: { name: string; dirty: boolean }): void;
  /** The renderer saved after "Save" in the close dialog: the window may close. */
  confirmClose(): void;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
