/**
 * Exposes the contract to the page as `window.precedent`: one named function
 * per channel, nothing else. ipcRenderer itself, its events and any generic
 * "invoke this channel" never cross the bridge, so a compromised page can
 * only ask for what the contract offers (Electron's security guide, item 17).
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { CHANNELS, type ImportProgress, type MenuCommand, type PrecedentApi } from '../contract/api';

const api: PrecedentApi = {
  platform: 'electron',
  listCorpus: () => ipcRenderer.invoke(CHANNELS.corpusList),
  addToCorpus: () => ipcRenderer.invoke(CHANNELS.corpusAdd),
  addDocumentToCorpus: (document) => ipcRenderer.invoke(CHANNELS.corpusAddDocument, { name: document.name, source: document.source }),
  readDocument: () => ipcRenderer.invoke(CHANNELS.documentRead),
  openFile: () => ipcRenderer.invoke(CHANNELS.fileOpen),
  openPath: (path) => ipcRenderer.invoke(CHANNELS.fileOpenPath, path),
  saveFile: (path, text) => ipcRenderer.invoke(CHANNELS.fileSave, path, text),
  overwriteFile: (path, text) => ipcRenderer.invoke(CHANNELS.fileOverwrite, path, text),
  saveFileAs: (suggestedName, text) => ipcRenderer.invoke(CHANNELS.fileSaveAs, suggestedName, text),
  recentFiles: () => ipcRenderer.invoke(CHANNELS.fileRecent),
  writeRecovery: (path, text) => ipcRenderer.invoke(CHANNELS.recoveryWrite, path, text),
  checkRecovery: () => ipcRenderer.invoke(CHANNELS.recoveryCheck),
  discardRecovery: () => ipcRenderer.invoke(CHANNELS.recoveryDiscard),
  setWindowState: (state) => ipcRenderer.send(CHANNELS.windowState, { name: state.name, dirty: state.dirty }),
  confirmClose: () => ipcRenderer.send(CHANNELS.windowCloseConfirmed),
  onMenuCommand: (listener) => {
    // The event (which carries the sender) stays on this side of the bridge.
    const relay = (_event: IpcRendererEvent, command: MenuCommand): void => listener(command);
    ipcRenderer.on(CHANNELS.menuCommand, relay);
    return () => {
      ipcRenderer.removeListener(CHANNELS.menuCommand, relay);
    };
  },
  openDroppedFile: (file) => {
    // Since Electron 32 a page's File carries no path; only the preload may ask for it, and only the path crosses to main.
    const path = webUtils.getPathForFile(file as File);
    if (path === '') return Promise.resolve({ ok: false, message: `cannot open ${file.name}: it is not a file on this computer (drop a file from a folder)` });
    return ipcRenderer.invoke(CHANNELS.fileOpenPath, path);
  },
  onImportProgress: (listener) => {
    const relay = (_event: IpcRendererEvent, progress: ImportProgress): void => listener(progress);
    ipcRenderer.on(CHANNELS.importProgress, relay);
    return () => {
      ipcRenderer.removeListener(CHANNELS.importProgress, relay);
    };
  },
  cancelImport: () => ipcRenderer.send(CHANNELS.importCancel),
  exportReport: (request) => ipcRenderer.invoke(CHANNELS.reportExport, request),
};

contextBridge.exposeInMainWorld('precedent', api);
