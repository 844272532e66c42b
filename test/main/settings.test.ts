import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_RECENT_FILES, SETTINGS_FILE, addRecent, loadSettings, openSettingsStore, parseSettings, saveSettings } from '../../main/settings';

describe('the recent files list', () => {
  const cases: [story: string, list: string[], path: string, expected: string[]][] = [
    ['the first file opened is the whole list', [], '/a.md', ['/a.md']],
    ['a newly opened file goes first', ['/a.md', '/b.md'], '/c.md', ['/c.md', '/a.md', '/b.md']],
    ['reopening a file moves it to the top without a duplicate', ['/a.md', '/b.md', '/c.md'], '/c.md', ['/c.md', '/a.md', '/b.md']],
    ['reopening the latest file changes nothing', ['/a.md', '/b.md'], '/a.md', ['/a.md', '/b.md']],
    [
      'the eleventh file pushes the oldest out',
      Array.from({ length: 10 }, (_, i) => `/${i}.md`),
      '/new.md',
      ['/new.md', ...Array.from({ length: 9 }, (_, i) => `/${i}.md`)],
    ],
  ];
  it.each(cases)('%s', (_story, list, path, expected) => {
    expect(addRecent(list, path)).toEqual(expected);
  });

  it('holds at most ten files', () => {
    let list: string[] = [];
    for (let i = 0; i < 25; i++) list = addRecent(list, `/draft-${i}.md`);
    expect(MAX_RECENT_FILES).toBe(10);
    expect(list).toHaveLength(10);
    expect(list[0]).toBe('/draft-24.md');
  });

  it('does not change the list it was given', () => {
    const list = ['/a.md'];
    addRecent(list, '/b.md');
    expect(list).toEqual(['/a.md']);
  });
});

describe('settings on disk', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'precedent-settings-'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('the first start has no settings file and gets the defaults', async () => {
    expect(await loadSettings(folder)).toEqual({ recentFiles: [] });
  });

  it('settings written are read back, and the write leaves no temporary file', async () => {
    await saveSettings(folder, { recentFiles: ['/home/ana/draft.md'] });
    expect(await loadSettings(folder)).toEqual({ recentFiles: ['/home/ana/draft.md'] });
    expect(await readdir(folder)).toEqual([SETTINGS_FILE]);
  });

  it('the settings name the user’s drafts, so only the user may read them (0600), even when an older file was 0644', async () => {
    await saveSettings(folder, { recentFiles: ['/home/ana/secret-draft.md'] });
    expect((await stat(join(folder, SETTINGS_FILE))).mode & 0o777).toBe(0o600);
    await chmod(join(folder, SETTINGS_FILE), 0o644);
    await saveSettings(folder, { recentFiles: ['/home/ana/another.md'] });
    expect((await stat(join(folder, SETTINGS_FILE))).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['truncated JSON', '{"recentFiles": ["/a.md"'],
    ['not JSON at all', '\u0000\u0000binary'],
    ['JSON that is not an object', '["/a.md"]'],
    ['null', 'null'],
  ])('a corrupt settings file (%s) is set aside as settings.json.corrupt and the app starts anyway', async (_story, content) => {
    await writeFile(join(folder, SETTINGS_FILE), content);
    expect(await loadSettings(folder)).toEqual({ recentFiles: [] });
    expect(await readFile(join(folder, `${SETTINGS_FILE}.corrupt`), 'utf8')).toBe(content);
    expect(await readdir(folder)).toEqual([`${SETTINGS_FILE}.corrupt`]);
  });

  it('stray entries (relative paths, numbers, duplicates, too many) are dropped, keeping the rest', () => {
    const many = Array.from({ length: 15 }, (_, i) => `/${i}.md`);
    expect(parseSettings(JSON.stringify({ recentFiles: ['/a.md', 'relative.md', 42, '/a.md', ...many] }))?.recentFiles).toEqual(['/a.md', ...many.slice(0, 9)]);
    expect(parseSettings('{"theme": "dark"}')).toEqual({ recentFiles: [] });
  });

  it('the store writes every change through and tells the menu', async () => {
    const heard: (readonly string[])[] = [];
    const store = await openSettingsStore(folder, (list) => heard.push(list));
    await store.addRecent('/a.md');
    await store.addRecent('/b.md');
    expect(store.recentFiles()).toEqual(['/b.md', '/a.md']);
    expect((await loadSettings(folder)).recentFiles).toEqual(['/b.md', '/a.md']);
    await store.clearRecent();
    expect(heard).toEqual([['/a.md'], ['/b.md', '/a.md'], []]);
    expect((await openSettingsStore(folder)).recentFiles()).toEqual([]);
  });

  it('a settings folder that cannot be written does not fail the action that changed the list', async () => {
    await writeFile(join(folder, 'file'), 'x');
    const store = await openSettingsStore(join(folder, 'file', 'nested'));
    await expect(store.addRecent('/a.md')).resolves.toBeUndefined();
    expect(store.recentFiles()).toEqual(['/a.md']);
  });
});
