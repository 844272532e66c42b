/**
 * Revision review and wording across the years, in the built renderer in
 * browser mode: two revisions made from the 2025 statement with known edits
 * (the generator of test/fixtures) are added to the corpus as a user would,
 * then compared.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { compareRevisions, documentFingerprint, parseDocument } from '../../engine/index';
import { makeRevisionPair } from '../fixtures/revisionPairs';
import { launchChromium } from './support/browser';
import { serveRenderer, type StaticServer } from './support/staticServer';

const screenshots = new URL('../../test-results/screenshots/', import.meta.url).pathname;
const source = readFileSync(new URL('../../corpus/statement-2025.md', import.meta.url), 'utf8');
const pair = makeRevisionPair(source, { seed: 7, edits: 8, kinds: ['moveFar', 'moveAndReword', 'reword', 'insertBlock', 'deleteBlock', 'insertClause'] });
const folder = mkdtempSync(join(tmpdir(), 'precedent-review-'));
writeFileSync(join(folder, 'rev1.md'), pair.new);
// Two revisions of one Council note: the initial version, then REV 1 (the corpus note).
const note = readFileSync(new URL('../../corpus/council-note-8288-1-26-rev1.md', import.meta.url), 'utf8');
writeFileSync(
  join(folder, 'note-init.md'),
  note
    .replace('number: 8288/1/26', 'number: 8288/26')
    .replace(/^rev: 1\n/mu, '')
    .replace('noteDate: 2026-04-24', 'noteDate: 2026-04-17')
    .replace('**revised** Joint Statement', 'Joint Statement'),
);

let server: StaticServer;
let browser: BrowserContext;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  server = await serveRenderer();
  ({ browser, close: closeBrowser } = await launchChromium());
});
afterAll(async () => {
  await closeBrowser?.();
  await server?.close();
});

async function openDesk(hash = ''): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server.url}${hash}`);
  await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
  return page;
}

async function addToCorpus(page: Page, file: string): Promise<void> {
  await page.getByRole('button', { name: 'File' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Add to corpus…' }).click();
  await (await chooser).setFiles(file);
  // Reading the file is asynchronous: the document is in the corpus once the sidebar lists it.
  const id = `user-${file.split('/').pop()!.replace(/\.[^.]+$/u, '')}`;
  await page.locator(`[data-testid=corpus-item][data-id="${id}"]`).waitFor({ state: 'attached' });
}

describe('revision review of two versions with known edits', () => {
  it('lists the changes the edits made, a moved block as one move, and walks them by keys', async () => {
    // The older revision is the 2025 statement's own text: the corpus holds it already (a copy would be refused), so only the newer one is added.
    expect(documentFingerprint(pair.old)).toBe(documentFingerprint(source));
    const page = await openDesk();
    await addToCorpus(page, join(folder, 'rev1.md'));
    await page.evaluate(() => {
      location.hash = '#/compare/statement-2025/user-rev1';
    });
    const view = page.getByTestId('compare-view');
    await view.getByTestId('change-item').first().waitFor({ timeout: 30_000 });

    const expected = compareRevisions(parseDocument(source), parseDocument(pair.new)).operations.filter((op) => op.type !== 'equal');
    const truthMoves = pair.truth.filter((fact) => fact.side === 'new' && fact.fate === 'moved').length;
    const types = await view.getByTestId('change-item').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.type));
    expect(types).toEqual(expected.map((op) => op.type));
    expect(types.filter((type) => type === 'moved')).toHaveLength(truthMoves);
    expect(truthMoves).toBeGreaterThanOrEqual(1);
    expect(types).not.toContain('equal');
    expect(types.filter((type) => type === 'inserted')).toHaveLength(pair.truth.filter((f) => f.side === 'new' && f.fate === 'inserted').length);
    expect(types.filter((type) => type === 'deleted')).toHaveLength(pair.truth.filter((f) => f.side === 'old' && f.fate === 'deleted').length);
    expect(types.filter((type) => type === 'changed')).toHaveLength(pair.truth.filter((f) => f.side === 'new' && f.fate === 'changed').length);

    await view.getByTestId('change-item').first().click();
    await expect.poll(() => view.getByTestId('change-counter').innerText()).toBe(`1 of ${types.length}`);
    await page.keyboard.press('F7');
    await expect.poll(() => view.getByTestId('change-counter').innerText()).toBe(`2 of ${types.length}`);
    await page.keyboard.press('F7');
    await expect.poll(() => view.getByTestId('change-counter').innerText()).toBe(`3 of ${types.length}`);
    await page.keyboard.press('Shift+F7');
    await expect.poll(() => view.getByTestId('change-counter').innerText()).toBe(`2 of ${types.length}`);
    expect(await view.locator('[data-testid=change-item].current').count()).toBe(1);
    expect(await view.locator('[data-testid=change-item]').nth(1).getAttribute('class')).toContain('current');

    await view.locator('[data-testid=change-item][data-type=moved]').first().click();
    await page.screenshot({ path: `${screenshots}compare-light.png` });

    // The change list as text, and the inline layout.
    await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await view.getByRole('button', { name: 'Copy change list' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\d+ equal, \d+ changed, \d+ moved, \d+ inserted, \d+ deleted/u);
    expect(copied.match(/^Moved ¶/gmu)).toHaveLength(truthMoves);
    const inline = view.getByRole('button', { name: 'Inline' });
    await inline.click();
    expect(await inline.getAttribute('aria-pressed')).toBe('true');
    expect(await view.locator('.monaco-diff-editor.side-by-side').count()).toBe(0);
    await page.close();
  });

  it('groups revisions of a Council note as one family and offers to compare a revision with the previous one', async () => {
    const page = await openDesk();
    // REV 1 is the corpus's own note (a copy of it would be refused as already there); the initial version is added.
    await addToCorpus(page, join(folder, 'note-init.md'));
    await page.evaluate(() => {
      location.hash = '#/document/council-note-8288-1-26-rev1';
    });
    const offer = page.getByTestId('compare-offer');
    await offer.waitFor();
    expect(await offer.getAttribute('href')).toBe('#/compare/user-note-init/council-note-8288-1-26-rev1');
    await offer.click();
    const view = page.getByTestId('compare-view');
    await view.getByTestId('change-item').first().waitFor({ timeout: 30_000 });
    const cover = await view.getByTestId('cover-changes').innerText();
    expect(cover).toMatch(/number\s+8288\/26\s+8288\/1\/26/u);
    expect(cover).toMatch(/revision\s+INIT\s+REV 1/u);
    expect(cover).toMatch(/date\s+2026-04-17\s+2026-04-24/u);
    const types = await view.getByTestId('change-item').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.type));
    expect(types).toEqual(['changed']);
    await page.close();
  });

  it('opens two corpus documents by address and shows the Council-note cover fields that changed', async () => {
    const page = await openDesk('#/compare/statement-2025/council-note-8288-1-26-rev1');
    const view = page.getByTestId('compare-view');
    await view.getByTestId('change-item').first().waitFor({ timeout: 30_000 });
    const cover = await view.getByTestId('cover-changes').innerText();
    expect(cover).toContain('8288/1/26');
    expect(cover).toContain('REV 1');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${screenshots}compare-dark.png` });
    await page.close();
  });
});

describe('wording across the years', () => {
  it('traces "submarine cables" through 2022, 2024, 2025 and 2026, each diffed from the one before', async () => {
    const page = await openDesk('#/lineage?q=submarine%20cables');
    const view = page.getByTestId('lineage-view');
    await view.getByTestId('lineage-entry').first().waitFor({ timeout: 30_000 });
    const dates = await view.getByTestId('lineage-entry').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.date));
    expect(dates.slice(0, 4).map((date) => date?.slice(0, 4))).toEqual(['2022', '2024', '2025', '2026']);
    expect(dates[4]).toBe('draft');
    for (let i = 1; i < 4; i++) {
      const entry = view.getByTestId('lineage-entry').nth(i);
      expect(await entry.locator('del').count()).toBeGreaterThan(0);
      expect(await entry.locator('ins').count()).toBeGreaterThan(0);
    }
    expect(await view.getByTestId('lineage-entry').nth(2).innerText()).toMatch(/submarine cables/i);
    await page.screenshot({ path: `${screenshots}lineage-light.png` });
    await page.close();
  });

  it('lists the corpus with its metadata and filters it', async () => {
    const page = await openDesk();
    await page.getByRole('button', { name: 'View' }).click();
    await page.getByRole('menuitem', { name: 'Toggle corpus' }).click();
    const items = page.getByTestId('corpus-item');
    expect(await items.count()).toBe(5);
    expect(await items.filter({ hasText: '8288/26' }).count()).toBe(1);
    await page.getByLabel('Filter the corpus').fill('presentation');
    expect(await items.count()).toBe(1);
    await page.close();
  });
});
