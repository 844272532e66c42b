/**
 * Bad input opened in the app, one test per case of the product issue:
 * each file goes through the app's own open path (the file:openPath
 * handler, openDraft, the readers and importers) on a real temporary file.
 * A refusal names the file and the problem; a file the desk reads comes back
 * as the text the editor will show; either way the file's bytes are as
 * they were.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, type DraftFile } from '../../contract/api';
import { BAD_INPUTS } from './support/badInputs';
import { startMainOnDisk, type MainOnDisk } from './support/mainOnDisk';

let main: MainOnDisk;
beforeAll(async () => {
  main = await startMainOnDisk('precedent-bad-input-');
});
afterAll(() => rm(main.root, { recursive: true, force: true }));

describe('bad input opened in the app gives a message naming the file and the problem, and leaves the file untouched', () => {
  it.each(BAD_INPUTS)('$story ($file)', async ({ file, bytes, refused, text }) => {
    const path = join(main.root, file);
    const written = Buffer.from(await bytes());
    await writeFile(path, written);

    const result = await main.invoke(CHANNELS.fileOpenPath, path);

    if (refused) {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.message).toContain(path);
      expect(result.message).toMatch(refused);
      // One sentence for the user: no stack trace, no library's internals.
      expect(result.message).not.toMatch(/\n|\bat .*\.(m?js|ts):\d+/u);
      expect(await main.invoke(CHANNELS.fileRecent)).toEqual({ ok: true, value: expect.not.arrayContaining([path]) });
    } else {
      expect(result).toEqual({ ok: true, value: { path, name: file, text: text! } satisfies DraftFile });
    }
    expect((await readFile(path)).equals(written)).toBe(true);
  });
});
