import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../contract/api';
import { buildMenuTemplate, type MenuItemTemplate } from '../../main/menuTemplate';

function menu(platform: string, recentFiles: string[] = []) {
  const sent: MenuCommand[] = [];
  let cleared = 0;
  const template = buildMenuTemplate({ platform, recentFiles, send: (command) => sent.push(command), clearRecent: () => cleared++ });
  const top = (label: string): MenuItemTemplate[] => {
    const found = template.find((item) => item.label === label);
    if (!found?.submenu) throw new Error(`no ${label} menu`);
    return found.submenu;
  };
  const item = (menuLabel: string, label: string): MenuItemTemplate => {
    const found = top(menuLabel).find((entry) => entry.label === label);
    if (!found) throw new Error(`no ${label} in ${menuLabel}`);
    return found;
  };
  return { template, top, item, sent, cleared: () => cleared };
}

describe('the menu a user works from (Windows and Linux)', () => {
  const commands: [menu: string, label: string, accelerator: string | undefined, command: MenuCommand][] = [
    ['File', 'New', 'CmdOrCtrl+N', { command: 'file:new' }],
    ['File', 'New from Latest Statement', undefined, { command: 'file:newFromLatest' }],
    ['File', 'Open…', 'CmdOrCtrl+O', { command: 'file:open' }],
    ['File', 'Save', 'CmdOrCtrl+S', { command: 'file:save' }],
    ['File', 'Save As…', 'CmdOrCtrl+Shift+S', { command: 'file:saveAs' }],
    ['File', 'Add to Corpus…', undefined, { command: 'file:addToCorpus' }],
    ['File', 'Close', 'CmdOrCtrl+W', { command: 'file:close' }],
    ['Edit', 'Find', 'CmdOrCtrl+F', { command: 'edit:find' }],
    ['Edit', 'Replace', 'CmdOrCtrl+H', { command: 'edit:replace' }],
    ['View', 'Toggle Precedent Panel', 'CmdOrCtrl+\\', { command: 'view:togglePanel' }],
    ['View', 'Toggle Priors', undefined, { command: 'view:togglePriors' }],
    ['View', 'Next Change', 'F7', { command: 'navigate:nextChange' }],
    ['View', 'Previous Change', 'Shift+F7', { command: 'navigate:previousChange' }],
    ['Help', 'Keyboard Shortcuts', undefined, { command: 'help:shortcuts' }],
    ['Help', 'About Precedent', undefined, { command: 'help:about' }],
  ];

  it.each(commands)('%s > %s has its shortcut (%s) and sends its command', (menuLabel, label, accelerator, command) => {
    const { item, sent } = menu('linux');
    const entry = item(menuLabel, label);
    expect(entry.accelerator).toBe(accelerator);
    entry.click?.();
    expect(sent).toEqual([command]);
  });

  it('the menus come in the usual order, with no app menu', () => {
    expect(menu('win32').template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('editing is left to the standard roles, so the editor and dialogs get native undo, clipboard and select all', () => {
    const roles = menu('linux').top('Edit').map((item) => item.role).filter(Boolean);
    expect(roles).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('View ends with zoom and full screen roles', () => {
    const roles = menu('linux').top('View').map((item) => item.role).filter(Boolean);
    expect(roles).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('File ends with Quit outside macOS', () => {
    expect(menu('linux').top('File').at(-1)?.role).toBe('quit');
  });

  it('developer tools appear only when asked for (development builds)', () => {
    const roles = (devTools: boolean) =>
      buildMenuTemplate({ platform: 'linux', recentFiles: [], send: () => undefined, clearRecent: () => undefined, devTools })
        .find((item) => item.label === 'View')
        ?.submenu?.map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('every clickable item sends a command or clears the recent list, and no item is both a role and a click', () => {
    const walk = (items: MenuItemTemplate[]): MenuItemTemplate[] => items.flatMap((item) => [item, ...walk(item.submenu ?? [])]);
    for (const item of walk(menu('linux', ['/a.md']).template)) {
      expect(item.role !== undefined && item.click !== undefined).toBe(false);
    }
  });
});

describe('File › Export', () => {
  const exports: [label: string, command: MenuCommand][] = [
    ['Report as Word (tracked changes)…', { command: 'file:export', format: 'docx' }],
    ['Report as HTML…', { command: 'file:export', format: 'html' }],
    ['Report as PDF…', { command: 'file:export', format: 'pdf' }],
    ['Commitments as CSV…', { command: 'file:export', format: 'csv' }],
  ];

  it.each(exports)('%s sends an export in its format', (label, command) => {
    const { item, sent } = menu('linux');
    const entry = (item('File', 'Export').submenu ?? []).find((candidate) => candidate.label === label);
    entry?.click?.();
    expect(sent).toEqual([command]);
  });

  it('lists the three reports, then the commitments, on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin']) {
      expect((menu(platform).item('File', 'Export').submenu ?? []).map((entry) => entry.label ?? entry.type)).toEqual([
        'Report as Word (tracked changes)…',
        'Report as HTML…',
        'Report as PDF…',
        'separator',
        'Commitments as CSV…',
      ]);
    }
  });
});

describe('Open Recent', () => {
  it('lists the recent drafts, most recent first, and opening one sends its path', () => {
    const { item, sent } = menu('linux', ['/home/ana/2026 statement.md', '/home/ana/notes.txt']);
    const recent = item('File', 'Open Recent').submenu ?? [];
    expect(recent.map((entry) => entry.label ?? entry.type)).toEqual(['/home/ana/2026 statement.md', '/home/ana/notes.txt', 'separator', 'Clear']);
    recent[1].click?.();
    expect(sent).toEqual([{ command: 'file:openRecent', path: '/home/ana/notes.txt' }]);
  });

  it('Clear empties the list through the main process, not the renderer', () => {
    const { item, sent, cleared } = menu('linux', ['/a.md']);
    const clear = item('File', 'Open Recent').submenu?.find((entry) => entry.label === 'Clear');
    expect(clear?.enabled).toBe(true);
    clear?.click?.();
    expect(cleared()).toBe(1);
    expect(sent).toEqual([]);
  });

  it('with nothing opened yet it says so, and Clear is disabled', () => {
    const recent = menu('linux').item('File', 'Open Recent').submenu ?? [];
    expect(recent[0]).toMatchObject({ label: 'No Recent Files', enabled: false });
    expect(recent.find((entry) => entry.label === 'Clear')?.enabled).toBe(false);
  });

  it('an ampersand in a path is shown as itself, not taken for a keyboard mnemonic', () => {
    const recent = menu('win32', ['C:\\Drafts\\EU & Japan.md']).item('File', 'Open Recent').submenu ?? [];
    expect(recent[0].label).toBe('C:\\Drafts\\EU && Japan.md');
    expect(menu('darwin', ['/EU & Japan.md']).item('File', 'Open Recent').submenu?.[0].label).toBe('/EU & Japan.md');
  });
});

describe('on macOS', () => {
  it('the app menu comes first, with About, Services, Hide and Quit', () => {
    const { template, sent } = menu('darwin');
    expect(template[0].label).toBe('Precedent');
    const appMenu = template[0].submenu ?? [];
    expect(appMenu.map((item) => item.role ?? item.label ?? item.type)).toEqual([
      'About Precedent',
      'separator',
      'services',
      'separator',
      'hide',
      'hideOthers',
      'unhide',
      'separator',
      'quit',
    ]);
    appMenu[0].click?.();
    expect(sent).toEqual([{ command: 'help:about' }]);
  });

  it('the menu bar reads Precedent, File, Edit, View, Window, Help', () => {
    expect(menu('darwin').template.map((item) => item.label ?? item.role)).toEqual(['Precedent', 'File', 'Edit', 'View', 'windowMenu', 'Help']);
  });

  it('Replace uses Option-Cmd-F, since Cmd-H hides the app', () => {
    expect(menu('darwin').item('Edit', 'Replace').accelerator).toBe('Alt+CmdOrCtrl+F');
  });

  it('Quit is in the app menu, not in File, and About is not repeated in Help', () => {
    const { top } = menu('darwin');
    expect(top('File').some((item) => item.role === 'quit')).toBe(false);
    expect(top('Help').map((item) => item.label)).toEqual(['Keyboard Shortcuts']);
  });
});
