/**
 * What every file of desk stories sets up: Debian's Chromium and the built
 * renderer served on loopback, once per file; each story on a fresh page of
 * the desk, failing on any uncaught error or console error in the page.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import { CHROMIUM, launchChromium, type BrowserContext } from './browser';
import { DeskPage } from './DeskPage';
import { rendererRoot, serveRenderer, type StaticServer } from './staticServer';

export const chromiumAvailable = existsSync(CHROMIUM);

export interface DeskSession {
  readonly server: StaticServer;
  readonly browser: BrowserContext;
  /** Runs `run` on a fresh page of the desk, failing it on any error the page reports. */
  story(run: (desk: DeskPage) => Promise<void>): Promise<void>;
}

/** Call at the top of a test file: the browser and server start before its tests and stop after them. */
export function useDeskSession(): DeskSession {
  if (!chromiumAvailable) console.warn(`skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
  let server: StaticServer | undefined;
  let browser: BrowserContext | undefined;
  let closeBrowser: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (!chromiumAvailable) return;
    if (!existsSync(`${rendererRoot}index.html`) || !existsSync(`${rendererRoot}corpus.json`)) throw new Error('dist/renderer is missing: run `node scripts/build.mjs` first');
    server = await serveRenderer();
    ({ browser, close: closeBrowser } = await launchChromium());
  }, 60_000);
  afterAll(async () => {
    await closeBrowser?.();
    await server?.close();
  });
  const session: DeskSession = {
    get server() {
      if (!server) throw new Error('the desk server is not running');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('Chromium is not running');
      return browser;
    },
    async story(run) {
      const desk = await DeskPage.open(session.browser, session.server.url);
      const errors: string[] = [];
      desk.page.on('pageerror', (error) => errors.push(error.message));
      desk.page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      try {
        await run(desk);
        expect(errors).toEqual([]);
      } finally {
        await desk.close();
      }
    },
  };
  return session;
}
