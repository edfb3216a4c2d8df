/**
 * The console's Reports page in Debian's Chromium: an owner reads the seat and outcomes reports
 * for the licence term and for chosen dates, and downloads both CSVs; the page passes axe; a
 * coach has no Reports entry. Skipped where /usr/bin/chromium is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import { jest } from '@jest/globals';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import {
  memberToken,
  newSeeker,
  newTenant,
  PASSWORD,
  type TestTenant,
} from '../../helpers/factories.js';
import { activate, pipeline } from './helpers.js';

jest.setTimeout(300_000);

const CHROMIUM = '/usr/bin/chromium';
const suite = existsSync(CHROMIUM) ? describe : describe.skip;

let t: TestApp;
let base: string;
let browser: Browser;
let context: BrowserContext;
let a: TestTenant;

async function signIn(email: string, into = context): Promise<Page> {
  const page = await into.newPage();
  await page.goto(base);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return page;
}

suite('reports page', () => {
  beforeAll(async () => {
    execFileSync(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', 'console', '--logLevel', 'warn'],
      { stdio: 'inherit' },
    );
    t = await startTestApp({ CONSOLE_DIR: 'console/dist', DATABASE_POOL_SIZE: '20' });
    a = await newTenant(t, { seats: 20 });
    for (let i = 0; i < 6; i++) {
      const s = await newSeeker(t, a.ownerToken);
      await activate(t, a.ownerToken, s.id);
      await pipeline(t, a.ownerToken, s.id, i < 2 ? ['APPLIED', 'INTERVIEWING'] : ['APPLIED']);
    }
    await t.perch.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.http.address() as AddressInfo).port}/`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic'],
    });
    context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    context.setDefaultTimeout(15_000);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows both reports for the licence term and downloads their CSVs', async () => {
    const page = await signIn(a.ownerEmail);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Reports' })
      .click();
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
    await page.getByRole('heading', { name: /^Seats, 2026-01-01 to 2030-12-31/ }).waitFor();
    await page.getByText('seekers served in the term').waitFor();
    const outcomes = page.getByRole('table', { name: 'Activity and outcomes' });
    await outcomes.getByRole('row', { name: /jobs saved 6 6/ }).waitFor();
    await outcomes
      .getByRole('row', { name: /interviews <5 <5/ })
      .first()
      .waitFor();
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id),
    ).toEqual([]);

    const [seatsCsv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download daily seats (CSV)' }).click(),
    ]);
    const seatsText = readFileSync(await seatsCsv.path(), 'utf8');
    expect(seatsText.startsWith('date,used,peak,seat_limit,utilization\r\n')).toBe(true);
    const [outCsv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download outcomes (CSV)' }).click(),
    ]);
    expect(readFileSync(await outCsv.path(), 'utf8')).toContain('jobs,jobs saved,6,6');

    await page.getByLabel('From', { exact: true }).fill('2026-01-01');
    await page.getByLabel('To', { exact: true }).fill('2026-01-31');
    await page.getByRole('heading', { name: 'Seats, 2026-01-01 to 2026-01-31' }).waitFor();
    await page.close();
  });

  it('offers no Reports page to a coach', async () => {
    const coach = await memberToken(t, a, 'coach');
    // A context of its own: the owner's session cookie lives in the shared one.
    const own = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    own.setDefaultTimeout(15_000);
    const page = await signIn(coach.email, own);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Caseload' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Reports' }).count()).toBe(0);
    await own.close();
  });
});
