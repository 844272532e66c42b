/**
 * The application menu as data. Every command item sends a MenuCommand to
 * the renderer, which owns the draft; editing and window chores are Electron
 * roles. Pure, so the whole menu is checked by a test without Electron; the
 * result is structurally a MenuItemConstructorOptions[] for
 * `Menu.buildFromTemplate`.
 */
import type { MenuCommand } from '../contract/api';

/** The Electron roles this menu uses. */
export type MenuRole =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'toggleDevTools'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'windowMenu';

export interface MenuItemTemplate {
  label?: string;
  role?: MenuRole;
  type?: 'normal' | 'separator' | 'submenu';
  accelerator?: string;
  enabled?: boolean;
  submenu?: MenuItemTemplate[];
  click?: () => void;
}

export interface MenuTemplateOptions {
  /** `process.platform`: macOS gets the app menu first and its own conventions. */
  platform: string;
  /** Most recent first, as kept by settings. */
  recentFiles: readonly string[];
  /** Delivers a command to the renderer. */
  send: (command: MenuCommand) => void;
  /** Empties the recent files list (kept by the main process, so not a renderer command). */
  clearRecent: () => void;
  /** Adds "Toggle Developer Tools" to View; default false (packaged builds have no developer tools). */
  devTools?: boolean;
}

const separator: MenuItemTemplate = { type: 'separator' };

export function buildMenuTemplate({ platform, recentFiles, send, clearRecent, devTools = false }: MenuTemplateOptions): MenuItemTemplate[] {
  const mac = platform === 'darwin';
  const command = (label: string, menuCommand: MenuCommand, accelerator?: string): MenuItemTemplate => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => send(menuCommand),
  });

  const appMenu: MenuItemTemplate = {
    label: 'Precedent',
    submenu: [
      command('About Precedent', { command: 'help:about' }),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const recentItems: MenuItemTemplate[] =
    recentFiles.length === 0
      ? [{ label: 'No Recent Files', enabled: false }]
      : recentFiles.map((path) => command(menuLabel(path, mac), { command: 'file:openRecent', path }));

  const fileMenu: MenuItemTemplate = {
    label: 'File',
    submenu: [
      command('New', { command: 'file:new' }, 'CmdOrCtrl+N'),
      command('New from Latest Statement', { command: 'file:newFromLatest' }),
      separator,
      command('Open…', { command: 'file:open' }, 'CmdOrCtrl+O'),
      {
        label: 'Open Recent',
        submenu: [...recentItems, separator, { label: 'Clear', enabled: recentFiles.length > 0, click: clearRecent }],
      },
      separator,
      command('Save', { command: 'file:save' }, 'CmdOrCtrl+S'),
      command('Save As…', { command: 'file:saveAs' }, 'CmdOrCtrl+Shift+S'),
      separator,
      command('Add to Corpus…', { command: 'file:addToCorpus' }),
      command('Compare…', { command: 'file:compare' }),
      {
        // The draft against its priors, or the revision review while the compare view shows one (the renderer decides).
        label: 'Export',
        submenu: [
          command('Report as Word (tracked changes)…', { command: 'file:export', format: 'docx' }),
          command('Report as HTML…', { command: 'file:export', format: 'html' }),
          command('Report as PDF…', { command: 'file:export', format: 'pdf' }),
          separator,
          command('Commitments as CSV…', { command: 'file:export', format: 'csv' }),
        ],
      },
      separator,
      command('Close', { command: 'file:close' }, 'CmdOrCtrl+W'),
      ...(mac ? [] : [separator, { role: 'quit' } as MenuItemTemplate]),
    ],
  };

  const editMenu: MenuItemTemplate = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      command('Find', { command: 'edit:find' }, 'CmdOrCtrl+F'),
      // Cmd+H hides the app on macOS, so Replace takes the Mac's usual Option-Cmd-F there.
      command('Replace', { command: 'edit:replace' }, mac ? 'Alt+CmdOrCtrl+F' : 'CmdOrCtrl+H'),
    ],
  };

  const viewMenu: MenuItemTemplate = {
    label: 'View',
    submenu: [
      command('Drafting Desk', { command: 'view:desk' }),
      command('Wording Across the Years', { command: 'view:lineage' }, 'CmdOrCtrl+L'),
      command('Toggle Corpus', { command: 'view:toggleCorpus' }),
      command('Toggle Precedent Panel', { command: 'view:togglePanel' }, 'CmdOrCtrl+\\'),
      command('Toggle Priors', { command: 'view:togglePriors' }),
      separator,
      command('Next Change', { command: 'navigate:nextChange' }, 'F7'),
      command('Previous Change', { command: 'navigate:previousChange' }, 'Shift+F7'),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...(devTools ? [separator, { role: 'toggleDevTools' } as MenuItemTemplate] : []),
    ],
  };

  const helpMenu: MenuItemTemplate = {
    label: 'Help',
    submenu: [
      command('Keyboard Shortcuts', { command: 'help:shortcuts' }),
      // On macOS "About" lives in the app menu.
      ...(mac ? [] : [command('About Precedent', { command: 'help:about' })]),
    ],
  };

  return mac ? [appMenu, fileMenu, editMenu, viewMenu, { role: 'windowMenu' }, helpMenu] : [fileMenu, editMenu, viewMenu, helpMenu];
}

/** Windows and Linux read `&` in a label as a mnemonic marker; a path shows it literally. */
function menuLabel(path: string, mac: boolean): string {
  return mac ? path : path.replaceAll('&', '&&');
}
