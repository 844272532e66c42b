import { readFile, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../contract/api';
import { diskChange, fingerprintOf, type Fingerprint } from '../../main/changedOnDisk';
import { startMainOnDisk, type MainOnDisk } from './support/mainOnDisk';

describe('whether the file changed on disk since the desk read it', () => {
  const read = fingerprintOf('# Draft\n\nBoth sides will cooperate.\n');
  const cases: [story: string, remembered: Fingerprint | undefined, onDisk: Fingerprint | null, change: ReturnType<typeof diskChange>][] = [
    ['the same bytes', read, fingerprintOf('# Draft\n\nBoth sides will cooperate.\n'), 'unchanged'],
    ['one word changed, same length', read, fingerprintOf('# Draft\n\nBoth sides must cooperate.\n'), 'changed'],
    ['a paragraph added', read, fingerprintOf('# Draft\n\nBoth sides will cooperate.\n\nNew.\n'), 'changed'],
    ['a different size, not even read', read, { size: read.size + 1 }, 'changed'],
    ['the file deleted', read, null, 'deleted'],
    ['a new file the desk is about to create', undefined, null, 'unchanged'],
    ['a file the desk never read (a draft restored after a crash)', undefined, read, 'changed'],
  ];
  it.each(cases)('%s', (_story, remembered, onDisk, change) => {
    expect(diskChange(remembered, onDisk)).toBe(change);
  });

  it('a fingerprint is the UTF-8 bytes: text with a BOM differs from the text without', () => {
    expect(fingerprintOf('\ufeffx')).not.toEqual(fingerprintOf('x'));
    expect(fingerprintOf('日本')).toEqual(fingerprintOf(Buffer.from('日本', 'utf8')));
    expect(fingerprintOf('日本').size).toBe(6);
  });
});

describe('a file changed on disk since it was opened is never overwritten without asking', () => {
  let main: MainOnDisk;
  let path: string;
  const opened = '# Draft 2026\n\nBoth sides will cooperate.\n';
  const mine = '# Draft 2026\n\nBoth sides will cooperate closely.\n';
  const theirs = '# Draft 2026\n\nA colleague’s edit, saved from another editor.\n';

  beforeEach(async () => {
    main = await startMainOnDisk('precedent-changed-');
    path = join(main.root, 'draft.md');
    await writeFile(path, opened);
    expect(await main.invoke(CHANNELS.fileOpenPath, path)).toMatchObject({ ok: true, value: { text: opened } });
  });
  afterEach(() => rm(main.root, { recursive: true, force: true }));

  it('a file nobody else touched is saved, and saved again', async () => {
    expect(await main.invoke(CHANNELS.fileSave, path, mine)).toEqual({ ok: true, value: { path, name: 'draft.md' } });
    expect(await main.invoke(CHANNELS.fileSave, path, `${mine}More.\n`)).toEqual({ ok: true, value: { path, name: 'draft.md' } });
    expect(await readFile(path, 'utf8')).toBe(`${mine}More.\n`);
  });

  it('a file changed by another program is not written: the save says it changed, and their text stays', async () => {
    await writeFile(path, theirs);
    expect(await main.invoke(CHANNELS.fileSave, path, mine)).toEqual({ ok: true, value: { changedOnDisk: 'changed', path, name: 'draft.md' } });
    expect(await readFile(path, 'utf8')).toBe(theirs);
  });

  it('a change of the same length is caught by the bytes, not the size', async () => {
    const sameLength = opened.replace('will', 'must');
    expect(Buffer.byteLength(sameLength)).toBe(Buffer.byteLength(opened));
    await writeFile(path, sameLength);
    expect(await main.invoke(CHANNELS.fileSave, path, mine)).toMatchObject({ ok: true, value: { changedOnDisk: 'changed' } });
    expect(await readFile(path, 'utf8')).toBe(sameLength);
  });

  it('a deleted file is not written back silently', async () => {
    await unlink(path);
    expect(await main.invoke(CHANNELS.fileSave, path, mine)).toEqual({ ok: true, value: { changedOnDisk: 'deleted', path, name: 'draft.md' } });
    await expect(readFile(path)).rejects.toThrow(/ENOENT/u);
  });

  it('a file only touched (same bytes, new time) holds nothing to lose, and is saved', async () => {
    await utimes(path, new Date('2030-01-01'), new Date('2030-01-01'));
    expect(await main.invoke(CHANNELS.fileSave, path, mine)).toMatchObject({ ok: true, value: { name: 'draft.md' } });
    expect(await readFile(path, 'utf8')).toBe(mine);
  });

  it('Overwrite writes, and from then on the desk’s own save is the version it knows', async () => {
    await writeFile(path, theirs);
    expect(await main.invoke(CHANNELS.fileOverwrite, path, mine)).toEqual({ ok: true, value: { path, name: 'draft.md' } });
    expect(await readFile(path, 'utf8')).toBe(mine);
    expect(await main.invoke(CHANNELS.fileSave, path, `${mine}More.\n`)).toEqual({ ok: true, value: { path, name: 'draft.md' } });
  });

  it('the desk’s own saves move what it knows: a change after the last save is still caught', async () => {
    await main.invoke(CHANNELS.fileSave, path, mine);
    await writeFile(path, theirs);
    expect(await main.invoke(CHANNELS.fileSave, path, `${mine}More.\n`)).toMatchObject({ ok: true, value: { changedOnDisk: 'changed' } });
    expect(await readFile(path, 'utf8')).toBe(theirs);
  });

  it('reopening the changed file makes its new text the version the desk knows', async () => {
    await writeFile(path, theirs);
    await main.invoke(CHANNELS.fileOpenPath, path);
    expect(await main.invoke(CHANNELS.fileSave, path, mine)).toMatchObject({ ok: true, value: { name: 'draft.md' } });
  });

  it('a file the desk never opened (a restored draft’s file) is not overwritten without asking; a new file is just written', async () => {
    const other = join(main.root, 'restored.md');
    await writeFile(other, theirs);
    expect(await main.invoke(CHANNELS.fileSave, other, mine)).toMatchObject({ ok: true, value: { changedOnDisk: 'changed' } });
    expect(await readFile(other, 'utf8')).toBe(theirs);
    const fresh = join(main.root, 'fresh.md');
    expect(await main.invoke(CHANNELS.fileSave, fresh, mine)).toEqual({ ok: true, value: { path: fresh, name: 'fresh.md' } });
  });

  it('Save As, then Save, asks nothing: the desk wrote that file itself', async () => {
    const copy = join(main.root, 'Documents', 'copy.md');
    main.answerSaveAs(copy);
    expect(await main.invoke(CHANNELS.fileSaveAs, 'draft.md', mine)).toEqual({ ok: true, value: { path: copy, name: 'copy.md' } });
    expect(await main.invoke(CHANNELS.fileSave, copy, `${mine}More.\n`)).toEqual({ ok: true, value: { path: copy, name: 'copy.md' } });
  });

  it('autosave writes only the recovery folder: the draft file is untouched, and the next save asks nothing', async () => {
    expect(await main.invoke(CHANNELS.recoveryWrite, path, mine)).toEqual({ ok: true, value: undefined });
    expect(await readFile(path, 'utf8')).toBe(opened);
    expect(JSON.parse(await readFile(join(main.root, 'userData', 'recovery', 'draft.json'), 'utf8'))).toMatchObject({ path, text: mine });
    expect(await main.invoke(CHANNELS.fileSave, path, mine)).toEqual({ ok: true, value: { path, name: 'draft.md' } });
  });

  it('a file in the corpus is refused outright, before any question, even when it changed', async () => {
    const statement = join(main.root, 'app', 'corpus', 'statement-2025.md');
    const result = await main.invoke(CHANNELS.fileSave, statement, mine);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/corpus folder/u);
    const overwrite = await main.invoke(CHANNELS.fileOverwrite, statement, mine);
    expect(overwrite.ok).toBe(false);
    expect(await readFile(statement, 'utf8')).toBe('# Statement 2025\n');
  });
});
