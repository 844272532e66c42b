/**
 * Nothing leaves the machine: a whole session in the built renderer (the
 * desk, typing, a revision review, exports, wording across the years, the
 * corpus) while every request the page and its workers make is recorded. Any
 * request that is not for the app's own files fails the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Request } from 'playwright-core';
import { launchChromium } from './support/browser';
import { serveRenderer, type StaticServer } from './support/staticServer';

let server: StaticServer;
let browser: BrowserContext;
let closeBrowser: () => Promise<void>;
const requests: string[] = [];

beforeAll(async () => {
  server = await serveRenderer();
  ({ browser, close: closeBrowser } = await launchChromium());
  browser.on('request', (request: Request) => requests.push(request.url()));
});
afterAll(async () => {
  await closeBrowser?.();
  await server?.close();
});

describe('a whole session makes no request but for the app’s own files', () => {
  it('opens, types, reviews revisions, exports, traces wording and reads the corpus, all from its own origin', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
    await page.getByTestId('editor').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n\nBoth sides will explore cooperation on undersea sensing.');
    await page.waitForFunction(() => document.body.dataset.analysedVersion === String((window as unknown as { precedentDesk: { currentVersion: number } }).precedentDesk.currentVersion));
    await page.evaluate(() => {
      location.hash = '#/compare/statement-2024/statement-2025';
    });
    await page.getByTestId('change-item').first().waitFor({ timeout: 30_000 });
    await page.getByTestId('change-item').nth(2).click();
    // Exports: the review from the compare view's buttons, the draft from the menu (browser mode records what main would build).
    const recorded = (name: string) => page.waitForFunction((path) => (window as unknown as { precedentFiles: Map<string, string> }).precedentFiles.has(path), `memory:/${name}`);
    await page.getByRole('group', { name: 'Export the review' }).getByRole('button', { name: 'Word' }).click();
    await recorded('statement-2024 to statement-2025.docx');
    await page.getByRole('button', { name: 'File' }).click();
    await page.getByRole('menuitem', { name: 'Commitments as CSV…' }).click();
    await recorded('Draft of the next statement - commitments.csv');
    await page.evaluate(() => {
      location.hash = '#/lineage?q=data%20free%20flow%20with%20trust';
    });
    await page.getByTestId('lineage-entry').first().waitFor({ timeout: 30_000 });
    await page.evaluate(() => {
      location.hash = '#/document/partnership-2022';
    });
    await page.getByTestId('document-view').waitFor();
    await page.close();

    expect(requests.length).toBeGreaterThan(3);
    const foreign = requests.filter((url) => !url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(foreign).toEqual([]);
  });
});
