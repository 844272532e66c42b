/**
 * Launches the real desktop app with Playwright's Electron driver. It needs
 * the Electron binary, which recent Electron versions download on first
 * launch: where it is not installed (a machine with no route to GitHub), the
 * test says so and skips.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PrecedentApi } from '../../contract/api';
import { API_MEMBERS } from '../main/apiMembers';

const root = join(import.meta.dirname, '..', '..');

/** The installed Electron executable, or null: path.txt names it under node_modules/electron/dist once downloaded. */
function electronBinary(): string | null {
  const electron = join(root, 'node_modules', 'electron');
  const pathFile = join(electron, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electron, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (binary === null) {
  console.warn('skipped: the Electron binary is not installed (it downloads on first launch, and this machine has no route to GitHub)');
}

describe('the desktop app', () => {
  it.skipIf(binary === null)('opens a window titled Precedent whose page sees window.precedent with only the contract’s functions', async () => {
    // The bundles the window loads (dist/main, dist/preload), built as `npm run build` would.
    const build = pathToFileURL(join(root, 'scripts', 'buildElectron.mjs')).href;
    const { buildElectron } = (await import(build)) as { buildElectron: (root: string) => Promise<void> };
    await buildElectron(root);
    const { _electron } = await import('playwright-core');
    const app = await _electron.launch({ executablePath: binary as string, args: [root], cwd: root });
    try {
      const page = await app.firstWindow();
      const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');
      expect(title).toContain('Precedent');
      const exposed = await page.evaluate(() => {
        const api = (window as unknown as { precedent?: PrecedentApi }).precedent;
        return api === undefined ? null : Object.fromEntries(Object.entries(api).map(([key, value]) => [key, typeof value]));
      });
      expect(exposed).not.toBeNull();
      expect(Object.keys(exposed ?? {}).sort()).toEqual([...API_MEMBERS]);
      for (const [member, type] of Object.entries(exposed ?? {})) expect(type).toBe(member === 'platform' ? 'string' : 'function');
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    } finally {
      await app.close();
    }
  });
});
