import type { PrecedentApi } from '../../contract/api';

/**
 * Every member of PrecedentApi: what `window.precedent` must hold, and
 * nothing else. Typed so that a member added to the contract and not here
 * (or the reverse) fails to compile.
 */
const MEMBERS: Record<keyof PrecedentApi, true> = {
  platform: true,
  listCorpus: true,
  addToCorpus: true,
  addDocumentToCorpus: true,
  readDocument: true,
  openFile: true,
  openPath: true,
  saveFile: true,
  overwriteFile: true,
  saveFileAs: true,
  recentFiles: true,
  writeRecovery: true,
  checkRecovery: true,
  discardRecovery: true,
  setWindowState: true,
  confirmClose: true,
  onMenuCommand: true,
  openDroppedFile: true,
  onImportProgress: true,
  cancelImport: true,
  exportReport: true,
};

export const API_MEMBERS: readonly string[] = Object.keys(MEMBERS).sort();
