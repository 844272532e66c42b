/**
 * The menu in browser mode, where there is no native one: the same entries
 * and commands as the desktop menu, reachable by keyboard (a menubar of
 * buttons opening menus).
 */
import type { MenuCommand } from '../../contract/api';

interface Entry {
  label: string;
  command: MenuCommand;
  shortcut?: string;
}

/** Entries under a heading inside a menu, as the desktop menu's submenus are (File › Export). */
interface Group {
  group: string;
  entries: Entry[];
}

const MENUS: Array<{ label: string; entries: Array<Entry | Group> }> = [
  {
    label: 'File',
    entries: [
      { label: 'New', command: { command: 'file:new' } },
      { label: 'New from latest statement', command: { command: 'file:newFromLatest' } },
      { label: 'Open…', command: { command: 'file:open' }, shortcut: 'Ctrl+O' },
      { label: 'Save', command: { command: 'file:save' }, shortcut: 'Ctrl+S' },
      { label: 'Save As…', command: { command: 'file:saveAs' }, shortcut: 'Ctrl+Shift+S' },
      { label: 'Add to corpus…', command: { command: 'file:addToCorpus' } },
      { label: 'Compare…', command: { command: 'file:compare' } },
      {
        group: 'Export',
        entries: [
          { label: 'Report as Word (tracked changes)…', command: { command: 'file:export', format: 'docx' } },
          { label: 'Report as HTML…', command: { command: 'file:export', format: 'html' } },
          { label: 'Report as PDF…', command: { command: 'file:export', format: 'pdf' } },
          { label: 'Commitments as CSV…', command: { command: 'file:export', format: 'csv' } },
        ],
      },
      { label: 'Close', command: { command: 'file:close' } },
    ],
  },
  {
    label: 'Edit',
    entries: [
      { label: 'Find', command: { command: 'edit:find' }, shortcut: 'Ctrl+F' },
      { label: 'Replace', command: { command: 'edit:replace' }, shortcut: 'Ctrl+H' },
    ],
  },
  {
    label: 'View',
    entries: [
      { label: 'Drafting desk', command: { command: 'view:desk' } },
      { label: 'Wording across the years', command: { command: 'view:lineage' } },
      { label: 'Toggle corpus', command: { command: 'view:toggleCorpus' } },
      { label: 'Toggle precedent panel', command: { command: 'view:togglePanel' } },
      { label: 'Toggle priors', command: { command: 'view:togglePriors' } },
      { label: 'Next change', command: { command: 'navigate:nextChange' }, shortcut: 'F7' },
      { label: 'Previous change', command: { command: 'navigate:previousChange' }, shortcut: 'Shift+F7' },
    ],
  },
  {
    label: 'Help',
    entries: [
      { label: 'Keyboard shortcuts', command: { command: 'help:shortcuts' } },
      { label: 'About Precedent', command: { command: 'help:about' } },
    ],
  },
];

export function renderMenuBar(root: HTMLElement, dispatch: (command: MenuCommand) => void): void {
  root.setAttribute('role', 'menubar');
  root.setAttribute('aria-label', 'Menu');
  for (const menu of MENUS) {
    const wrapper = document.createElement('div');
    wrapper.className = 'menu';
    const trigger = document.createElement('button');
    trigger.type = 'button';
    trigger.textContent = menu.label;
    trigger.setAttribute('aria-haspopup', 'menu');
    trigger.setAttribute('aria-expanded', 'false');
    const list = document.createElement('div');
    list.setAttribute('role', 'menu');
    list.hidden = true;
    const close = () => {
      list.hidden = true;
      trigger.setAttribute('aria-expanded', 'false');
    };
    const itemOf = (entry: Entry): HTMLButtonElement => {
      const item = document.createElement('button');
      item.type = 'button';
      item.setAttribute('role', 'menuitem');
      item.dataset.command = entry.command.command;
      if ('format' in entry.command) item.dataset.format = entry.command.format;
      item.textContent = entry.label;
      if (entry.shortcut) {
        const key = document.createElement('kbd');
        key.textContent = entry.shortcut;
        item.append(key);
      }
      item.addEventListener('click', () => {
        close();
        dispatch(entry.command);
      });
      return item;
    };
    for (const entry of menu.entries) {
      if (!('group' in entry)) {
        list.append(itemOf(entry));
        continue;
      }
      const group = document.createElement('div');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', entry.group);
      group.className = 'menu-group';
      const heading = document.createElement('div');
      heading.className = 'menu-group-label';
      heading.setAttribute('aria-hidden', 'true');
      heading.textContent = entry.group;
      group.append(heading, ...entry.entries.map(itemOf));
      list.append(group);
    }
    trigger.addEventListener('click', () => {
      const open = list.hidden;
      for (const other of root.querySelectorAll<HTMLElement>('[role=menu]')) other.hidden = true;
      list.hidden = !open;
      trigger.setAttribute('aria-expanded', String(open));
      if (open) list.querySelector<HTMLElement>('[role=menuitem]')?.focus();
    });
    list.addEventListener('keydown', (event) => {
      const items = [...list.querySelectorAll<HTMLElement>('[role=menuitem]')];
      const at = items.indexOf(document.activeElement as HTMLElement);
      if (event.key === 'ArrowDown') items[(at + 1) % items.length].focus();
      else if (event.key === 'ArrowUp') items[(at - 1 + items.length) % items.length].focus();
      else if (event.key === 'Escape') {
        close();
        trigger.focus();
      } else return;
      event.preventDefault();
    });
    wrapper.append(trigger, list);
    root.append(wrapper);
  }
  document.addEventListener('click', (event) => {
    if (!root.contains(event.target as Node)) for (const list of root.querySelectorAll<HTMLElement>('[role=menu]')) list.hidden = true;
  });
}
