/**
 * The coach console in a real browser: Debian's Chromium driven by playwright-core against a
 * real Perch (the demo tenant on the X simulator, real PostgreSQL), the console built by Vite as
 * `npm start` builds it. A coach signs in, filters the caseload to seekers at risk, opens the
 * first, reads their company dossier, approves their draft and moves a job to interviewing (the
 * issue's "done when"), adds a cohort check-in and a seeker and sees seat usage; an admin
 * invites staff (accepted through the sign-in page), changes a role, deactivates, assigns a
 * coach; another tenant's seeker is "not found"; an admin exports and erases a seeker, manages
 * SSO connections and SCIM tokens, and the owner of a throwaway organization exports and deletes it. On Amara's record the coach works each
 * capability (a mentor onto the board and on a column, an outreach draft to its X intent, feed
 * pruning, a voice comment and a scheduled post, event follow-ups), and once by keyboard alone;
 * the 200-seeker first load is measured in fresh browser contexts. Every page gets an axe check (no serious or
 * critical violation) and screenshots at 1280×800 and at phone width, written afresh to
 * test-results/console. Skipped where /usr/bin/chromium is missing; `.ci/run` installs it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { jest } from '@jest/globals';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ConsentKindEnum } from '../../../src/modules/seekers/models/consent.model.js';
import { SeekersService } from '../../../src/modules/seekers/seekers.service.js';
import { asTenantId, systemScope } from '../../../src/platform/database/context.js';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { archiveZip } from '../../helpers/archives.js';
import { withClient } from '../../helpers/database.js';
import { startWorker, type Worker } from '../../../src/worker/worker.js';
import { ingestAll } from '../../helpers/ingest.js';
import { newMember, newTenant, PASSWORD as FACTORY_PASSWORD } from '../../helpers/factories.js';

jest.setTimeout(300_000);

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(process.cwd(), 'test-results', 'console');
const PASSWORD = 'perch-demo-password';
const suite = existsSync(CHROMIUM) ? describe : describe.skip;

let t: TestApp;
let worker: Worker | undefined;
let base: string;
let browser: Browser;

/** No serious or critical axe violation on the page as it stands. */
async function axe(page: Page, name: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${name}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  expect(bad).toEqual([]);
}

/** Screenshots at desktop and phone width, then back to desktop. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(SHOTS, `${name}.phone.png`), fullPage: true });
  // Nothing may be wider than the phone's screen but tables, which scroll in their own box.
  const overflow = Number(
    await page.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    ),
  );
  if (overflow > 1) {
    // Name what sticks out, so the failure says where to look.
    const offenders = await page.evaluate(
      `[...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
          && !e.closest('.table-wrap'))
        .slice(0, 8)
        .map((e) => e.tagName.toLowerCase() + '.' + String(e.className) + ' (' + (e.getAttribute('aria-label') || e.id || '') + ') right ' + Math.round(e.getBoundingClientRect().right))
        .join('; ')`,
    );
    throw new Error(`${name}: ${overflow}px wider than the phone: ${String(offenders)}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function check(page: Page, name: string): Promise<void> {
  await axe(page, name);
  await shoot(page, name);
}

/** The demo organization's id, for rows a step makes there itself. */
async function demoTenantId() {
  return withClient(t.db.ownerUrl, async (c) =>
    asTenantId(
      ((await c.query(`select id from tenants where slug = 'demo'`)).rows[0] as { id: string }).id,
    ),
  );
}

/** Clicks what starts a download and returns the saved file's bytes and suggested name. */
async function downloaded(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

async function signIn(context: BrowserContext, email: string): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(base);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return page;
}

suite('coach console', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // Only this run's screenshots: a page that stopped being checked must not leave an old one.
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    // The console as `npm start` serves it: a production build. Jest sets NODE_ENV=test, which
    // Vite would pass on, building React's development code (twice the effects, slower renders).
    execFileSync(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', 'console', '--logLevel', 'warn'],
      { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
    );
    t = await startTestApp({
      DEMO_SEED: 'true',
      X_SIMULATOR: 'auto',
      PERCH_ROLE: 'all',
      CONSOLE_DIR: 'console/dist',
      // As in production: people's sessions may run only the console's persisted operations, so
      // an operation missing from the safelist fails here.
      GRAPHQL_SAFELIST: 'true',
      // A browser sends a page's queries at once; some take a second pooled connection for
      // public-layer reads (see the closing note's known issue), so the pool is sized for it.
      DATABASE_POOL_SIZE: '20',
    });
    // Dossiers, briefings and matches come from what the demo's watches read.
    await ingestAll(t);
    // As `npm start` runs it: the worker beside the api (roster imports run there).
    worker = await startWorker(t.perch);
    await t.perch.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.http.address() as AddressInfo).port}/`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic'],
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // A missing element fails in seconds, not after Playwright's 30 s default.
    context.setDefaultTimeout(15_000);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
    await t?.close();
  });

  it('signs a coach in from the banner’s login and shows the caseload', async () => {
    const first = await context.newPage();
    await first.goto(base);
    await check(first, 'sign-in');
    const wrong = first.getByLabel('Password');
    await first.getByLabel('Email').fill('coach@demo.perch.test');
    await wrong.fill('not it');
    await first.getByRole('button', { name: 'Sign in' }).click();
    await first.getByRole('alert').getByText('do not match').waitFor();
    // A wrong organization for SSO comes back to this page with the reason, not to JSON.
    await first.getByLabel('Your organization’s short name').fill('no-such-org');
    await first.getByRole('button', { name: 'Continue with SSO' }).click();
    await first.getByRole('heading', { name: 'Sign in to Perch' }).waitFor();
    await first
      .getByRole('alert')
      .getByText(/No organization is called/)
      .waitFor();
    expect(first.url()).not.toContain('error=');
    await first.close();

    page = await signIn(context, 'coach@demo.perch.test');
    await page.getByRole('heading', { name: 'Caseload', level: 1 }).waitFor();
    await page.getByRole('table', { name: 'Caseload' }).waitFor();
    await check(page, 'caseload');
  });

  it('sorts the caseload both ways', async () => {
    const table = page.getByRole('table', { name: 'Caseload' });
    const nameHeader = table.getByRole('columnheader', { name: /^Seeker/ });
    await nameHeader.getByRole('button').click();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    const firstName = () => table.locator('tbody tr').first().getByRole('link').textContent();
    const az = await firstName();
    await nameHeader.getByRole('button').click();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('descending');
    const za = await firstName();
    expect(za).not.toBe(az);
    expect((za ?? '').localeCompare(az ?? '')).toBeGreaterThan(0);
    // Back to the default order: most at risk first.
    await table
      .getByRole('columnheader', { name: /^Needs attention/ })
      .getByRole('button')
      .click();
  });

  // The "done when", as a coach new to Perch would do it: the at-risk filter, the first
  // seeker it shows, their company dossier, their draft, a job to interviewing.
  it('finds a seeker at risk, reads their company dossier, approves their draft, moves a job to interviewing', async () => {
    await page.getByLabel('At risk').selectOption('ANY');
    const rows = page.getByRole('table', { name: 'Caseload' }).locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    const first = rows.first();
    await first.getByText('Consent missing').waitFor();
    const name = (await first.getByRole('link').textContent()) ?? '';
    expect(name).toBe('Ben Lindqvist');
    await first.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /Ben Lindqvist/ }).waitFor();
    const panel = page.getByRole('tabpanel');

    await page.getByRole('tab', { name: 'Research' }).click();
    await panel.getByRole('heading', { name: 'Acme dossier' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await panel.getByText(/No posts read yet/).count()).toBe(0);

    await page.getByRole('tab', { name: 'Voice' }).click();
    const draft = panel
      .locator('li.tb-draft')
      .filter({ hasText: 'student society budget' })
      .first();
    await draft.waitFor();
    expect((await draft.locator('.badge').first().textContent())?.trim()).toBe('in review');
    await draft.getByRole('button', { name: 'Approve draft' }).click();
    // The draft's own badge says so (it may move below, among the settled drafts).
    await panel
      .locator('li.tb-draft')
      .filter({ hasText: 'student society budget' })
      .locator('.badge', { hasText: /^approved$/ })
      .first()
      .waitFor({ state: 'attached' });

    // His application to Acme, applied: Acme called back.
    await page.getByRole('tab', { name: 'Jobs' }).click();
    await panel.getByRole('button', { name: 'Move Junior Data Analyst to interviewing' }).click();
    await panel.getByRole('button', { name: 'Move Junior Data Analyst to offer' }).waitFor();
    await check(page, 'at-risk-seeker-jobs');
  });

  it('opens every tab of a seeker, reads a company dossier', async () => {
    await page.goto(`${base}#/`);
    await page.getByRole('link', { name: 'Amara Okafor' }).click();
    await page.getByRole('heading', { level: 1, name: /Amara Okafor/ }).waitFor();
    for (const tab of [
      'Profile & consent',
      'Research',
      'Trends',
      'Mentorship',
      'Peers',
      'Orgs & events',
      'Jobs',
      'Voice',
    ]) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('tabpanel').waitFor();
      await page.waitForLoadState('networkidle');
      await check(page, `seeker-${tab.toLowerCase().replace(/\W+/g, '-')}`);
    }
    // Her X account is her own: the linked handle and the connected account agree.
    await page.getByRole('tab', { name: 'Profile & consent' }).click();
    await page.getByRole('tabpanel').getByText('@amara_okafor').first().waitFor();
    expect(await page.getByText(/linked handle differs/).count()).toBe(0);
    await page.getByRole('tab', { name: 'Research' }).click();
    await page.getByRole('tabpanel').getByText('Acme').first().waitFor();
  });

  // The mentor this run put on Amara's board: the outreach and keyboard steps work with them.
  let mentor = '';

  it('adds a suggested mentor to the pipeline and moves the card to the next column', async () => {
    await page.getByRole('tab', { name: 'Mentorship' }).click();
    const panel = page.getByRole('tabpanel');
    const add = panel
      .getByRole('list', { name: 'Suggested mentors, best first' })
      .getByRole('button', { name: /^Add @\w+ to the pipeline$/ })
      .first();
    await add.waitFor();
    mentor = ((await add.getAttribute('aria-label')) ?? '').replace(
      /^Add @(\w+) to the pipeline$/,
      '$1',
    );
    expect(mentor).toMatch(/^\w+$/);
    await add.click();
    // The card is on the board, in the first column, and the suggestion is gone.
    const tile = (column: RegExp) =>
      panel
        .getByRole('region', { name: column })
        .locator('li.tile')
        .filter({ has: page.getByRole('link', { name: `@${mentor}`, exact: true }) });
    await tile(/^Identified: \d+$/).waitFor();
    // The board's own control moves them on: one button per allowed move.
    await tile(/^Identified: \d+$/)
      .getByRole('button', { name: /^Move .+ to Engaging$/ })
      .click();
    await tile(/^Engaging: [1-9]\d*$/).waitFor();
    expect(await tile(/^Identified: \d+$/).count()).toBe(0);
    await check(page, 'mentorship-board');
  });

  it('writes an outreach draft, checks its etiquette and sends it through an X intent link', async () => {
    const panel = page.getByRole('tabpanel');
    await panel
      .locator('li.tile')
      .filter({ has: page.getByRole('link', { name: `@${mentor}`, exact: true }) })
      .getByRole('button', { name: /^Details of / })
      .click();
    const detail = panel.getByRole('region', { name: new RegExp(`\\(@${mentor}\\)$`) });
    await detail.waitFor();
    const form = detail.getByRole('form', { name: /^New draft to / });
    // A public reply: its intent is X's post intent (a DM opens X's message composer instead).
    await form.getByLabel('Channel').selectOption('REPLY');
    const text = `Thank you for your thread on dashboards for finance teams (${Date.now()}). Could I ask you two short questions about moving into analytics?`;
    await form.getByLabel('Message').fill(text);
    await form.getByRole('button', { name: 'Check etiquette' }).click();
    // The check's verdict, score and counts, before anything is saved.
    await form
      .locator('.ta-check')
      .getByText(/^(Etiquette ok|Fix before sending)$/)
      .waitFor();
    await form
      .locator('.ta-check')
      .getByText(/^\d+\/100$/)
      .waitFor();
    await form
      .locator('.ta-check')
      .getByText(new RegExp(`${text.length} characters`))
      .waitFor();
    await check(page, 'outreach-checked');
    await form.getByRole('button', { name: 'Save draft' }).click();
    const draft = detail.locator('li').filter({ has: page.getByText(text, { exact: true }) });
    await draft.waitFor();
    await draft.locator('.ta-check').waitFor();
    // A first message waits for a coach (the demo's house rules); the coach approves it here.
    if ((await draft.getByRole('link', { name: 'Open on X to send' }).count()) === 0) {
      await draft.getByText(/^Waiting for a coach’s approval/).waitFor();
      await draft.getByRole('button', { name: 'Approve', exact: true }).click();
    }
    const send = detail
      .locator('li')
      .filter({ has: page.getByText(text, { exact: true }) })
      .getByRole('link', { name: 'Open on X to send' });
    await send.waitFor();
    const href = (await send.getAttribute('href')) ?? '';
    expect(href.startsWith('https://x.com/intent/')).toBe(true);
    expect(new URL(href).searchParams.get('text')).toBe(text);
    await check(page, 'outreach-draft');
  });

  it('checks whom the seeker follows and shows what to prune, with reasons and X links', async () => {
    await page.getByRole('tab', { name: 'Trends' }).click();
    const panel = page.getByRole('tabpanel');
    const card = panel.getByRole('region', { name: 'Who to stop following' });
    await card.getByRole('button', { name: 'Check whom they follow' }).click();
    await card.getByText(/^Read \d+ of the \d+ accounts/).waitFor({ timeout: 30_000 });
    // Unfollow and consider first; a feed in good shape still lists what to keep.
    const table = card.getByRole('table', { name: 'Accounts they follow, with a suggestion' });
    for (const show of ['ACT', 'UNFOLLOW', 'CONSIDER', 'KEEP']) {
      await card.getByLabel('Show').selectOption(show);
      if ((await table.count()) > 0) break;
    }
    const row = table.locator('tbody tr').first();
    await row.waitFor();
    const cells = row.getByRole('cell');
    expect((await cells.nth(1).textContent())?.trim()).toMatch(/^(unfollow|consider|keep)$/);
    // The reason in words, not empty.
    expect(((await cells.nth(2).textContent()) ?? '').trim().length).toBeGreaterThan(10);
    const link = row.getByRole('link', { name: /^Open @\S+ on X$/ });
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/(x|twitter)\.com\//);
    await check(page, 'trends-pruning');
  });

  // Amara's seeded draft: she wrote it and sent it for review herself (her OK), so her coach may
  // comment on it and approve it (docs/jobs-and-voice.md).
  const AMARA_DRAFT = 'window functions finally clicked';

  it('leaves a review comment on a voice draft, shown with its author', async () => {
    await page.getByRole('tab', { name: 'Voice' }).click();
    const panel = page.getByRole('tabpanel');
    const draft = () => panel.locator('li.tb-draft').filter({ hasText: AMARA_DRAFT }).first();
    await draft().waitFor();
    expect((await draft().locator('.badge').first().textContent())?.trim()).toBe('in review');
    const comment = `Lead with the query you wrote (${Date.now()}).`;
    await draft().getByLabel('Comment for the seeker').fill(comment);
    await draft().getByRole('button', { name: 'Comment only' }).click();
    const shown = draft().locator('li').filter({ hasText: comment });
    await shown.waitFor();
    // Who said it: the coach signed in here, with their role.
    await shown.getByText(/Camila Cortez \(coach\)/).waitFor();
    // A comment does not decide: the draft still waits for review.
    expect((await draft().locator('.badge').first().textContent())?.trim()).toBe('in review');
    await check(page, 'voice-comment');
  });

  it('approves a voice draft and schedules it: the queue shows it with its time', async () => {
    const panel = page.getByRole('tabpanel');
    const draft = () => panel.locator('li.tb-draft').filter({ hasText: AMARA_DRAFT }).first();
    await draft().getByRole('button', { name: 'Approve draft' }).click();
    await draft()
      .locator('.badge', { hasText: /^approved$/ })
      .waitFor();
    // Empty: the next free posting slot.
    await draft().getByRole('button', { name: 'Schedule', exact: true }).click();
    const queue = panel.getByRole('region', { name: 'Queue' });
    const entry = queue.getByRole('listitem').filter({ hasText: AMARA_DRAFT });
    await entry.waitFor();
    const time = ((await entry.locator('strong').first().textContent()) ?? '').trim();
    expect(time).toMatch(/\d{1,2}:\d{2}/);
    // The draft says the same time (scheduled drafts are listed on request).
    const more = panel.getByRole('button', { name: /^Show \d+ scheduled, posted or cancelled$/ });
    if ((await more.count()) > 0) await more.click();
    await panel
      .locator('li.tb-draft')
      .filter({ hasText: AMARA_DRAFT })
      .getByText(`posts ${time}`)
      .first()
      .waitFor();
    expect(await queue.getByText('Nothing queued').count()).toBe(0);
    await check(page, 'voice-queue');
  });

  it('creates follow-up tasks after the recent event and lists them', async () => {
    await page.getByRole('tab', { name: 'Orgs & events' }).click();
    const panel = page.getByRole('tabpanel');
    const create = panel.getByRole('button', { name: /^Create follow-up tasks from / }).first();
    await create.click();
    await panel
      .getByRole('status')
      .getByText(/^\d+ new tasks? below\.$/)
      .waitFor({ timeout: 30_000 });
    const tasks = panel.getByRole('region', { name: 'Follow-up tasks' }).locator('li.tb-task');
    await tasks.first().waitFor();
    expect(await tasks.count()).toBeGreaterThan(0);
    await tasks
      .getByText(/^(Thank|Keep talking with) @\w+/)
      .first()
      .waitFor();
    expect(
      await panel
        .getByRole('region', { name: 'Follow-up tasks' })
        .getByText(/^No open follow-ups/)
        .count(),
    ).toBe(0);
    await check(page, 'orgs-follow-ups');
  });

  it('works by keyboard alone: search, open a seeker, move between tabs, press a button', async () => {
    await page.goto(`${base}#/`);
    await page.getByRole('table', { name: 'Caseload' }).locator('tbody tr').first().waitFor();
    interface Focused {
      id: string;
      role: string;
      label: string;
      text: string;
      selected: string;
      tag: string;
      className: string;
    }
    // A string: the test is compiled without the DOM's types.
    const focused = () =>
      page.evaluate<Focused>(`(() => {
        const e = document.activeElement;
        return {
          id: e?.id ?? '',
          role: e?.getAttribute('role') ?? '',
          label: e?.getAttribute('aria-label') ?? '',
          text: (e?.textContent ?? '').trim().slice(0, 80),
          selected: e?.getAttribute('aria-selected') ?? '',
          tag: e?.tagName.toLowerCase() ?? '',
          className: typeof e?.className === 'string' ? e.className : '',
        };
      })()`);
    /** Tabs forward until `want` holds for the focused element; fails after `max` presses. */
    const tabTo = async (want: (f: Focused) => boolean, what: string, max = 80) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        const f = await focused();
        if (want(f)) return f;
      }
      throw new Error(`Tab never reached ${what}`);
    };
    await tabTo((f) => f.id === 'search', 'the caseload search');
    await page.keyboard.type('Amara');
    const rows = page.getByRole('table', { name: 'Caseload' }).locator('tbody tr');
    await rows.filter({ hasNotText: 'Amara' }).first().waitFor({ state: 'detached' });
    await tabTo((f) => f.tag === 'a' && f.text === 'Amara Okafor', 'the seeker’s link');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Amara Okafor/ }).waitFor();
    // The tab list is one stop (the open tab); arrows move between its tabs.
    const first = await tabTo((f) => f.role === 'tab', 'the tab list');
    expect(first.selected).toBe('true');
    expect(first.text).toBe('Profile & consent');
    for (const next of ['Research', 'Trends', 'Mentorship']) {
      await page.keyboard.press('ArrowRight');
      await page.getByRole('tab', { name: next, selected: true }).waitFor();
      const f = await focused();
      expect([f.role, f.text, f.selected]).toEqual(['tab', next, 'true']);
    }
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('tab', { name: 'Trends', selected: true }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tab', { name: 'Mentorship', selected: true }).waitFor();
    await page
      .getByRole('tabpanel')
      .getByRole('button', { name: /^Details of / })
      .first()
      .waitFor();
    // Into the board, to the mentor's "Details", pressed with Space: focus moves to the details.
    const details = await tabTo(
      (f) => f.label.startsWith('Details of '),
      'a mentor’s Details button',
      120,
    );
    await page.keyboard.press('Space');
    const name = details.label.replace(/^Details of /, '');
    await page
      .getByRole('tabpanel')
      .getByRole('region', { name: new RegExp(`^${escapeRe(name)} \\(@`) })
      .waitFor();
    const landed = await focused();
    expect(landed.className).toContain('ta-focus-target');
    expect(landed.text.startsWith(name)).toBe(true);
    await check(page, 'keyboard-details');
  });

  it('adds a cohort check-in', async () => {
    await page.getByRole('tab', { name: 'Peers' }).click();
    const panel = page.getByRole('tabpanel');
    // A goal nobody has written, so only the new check-in can show it.
    const goal = `Shadow a data team for a day (${Date.now()})`;
    await panel.getByLabel('Goal').fill(goal);
    await panel.getByRole('button', { name: 'Add check-in' }).click();
    const table = panel.getByRole('table', { name: /^Check-ins of / });
    const row = table.getByRole('row').filter({ hasText: goal });
    await row.waitFor();
    await row.getByText('Amara Okafor').waitFor();
    // It is this week's row: the seeded check-ins are last week's.
    const seeded = table.getByRole('row').filter({ hasText: 'Two informational interviews' });
    const week = await row.getByRole('cell').first().textContent();
    expect(week).not.toBe(await seeded.first().getByRole('cell').first().textContent());
    // Saving again updates this week's check-in, and the button says so.
    await panel.getByRole('button', { name: 'Update this week’s check-in' }).waitFor();
  });

  it('imports an X archive with a progress bar', async () => {
    await page.getByRole('tab', { name: 'Profile & consent' }).click();
    const panel = page.getByRole('tabpanel');
    // Her own archive: a seeker who connected X may import only that account's archive.
    const { rows } = await withClient(t.db.ownerUrl, (c) =>
      c.query<{ id: string }>(
        `select c.x_user_id as id from x_connections c
           join seekers s on s.tenant_id = c.tenant_id and s.id = c.seeker_id
          where s.email = $1`,
        ['seeker@demo.perch.test'],
      ),
    );
    expect(rows).toHaveLength(1);
    await panel.getByLabel('Archive (.zip)').setInputFiles({
      name: 'twitter-archive.zip',
      mimeType: 'application/zip',
      buffer: await archiveZip({ posts: 40, accountId: rows[0].id }),
    });
    // Every state the import's bar shows, as the page draws it (a small archive may finish
    // before the first poll, so the running state is recorded when seen, not required).
    await page.evaluate(`(() => {
      const seen = (window.__archiveSeen = []);
      const record = () => {
        for (const bar of document.querySelectorAll('progress[aria-label^="Import of "]')) {
          const badge = bar.closest('li')?.querySelector('.badge')?.textContent ?? '';
          const state = badge + ' ' + bar.getAttribute('value') + '/' + bar.getAttribute('max');
          if (seen[seen.length - 1] !== state) seen.push(state);
        }
      };
      new MutationObserver(record).observe(document.body, {
        subtree: true, childList: true, attributes: true, characterData: true,
      });
    })()`);
    await panel.getByRole('button', { name: 'Import archive' }).click();
    const bar = panel.getByRole('progressbar', { name: /^Import of / }).first();
    await bar.waitFor();
    // It completes, with the archive's posts counted.
    await panel
      .getByText(/^completed$/)
      .first()
      .waitFor({ timeout: 30_000 });
    await panel
      .getByText(/\b40 posts\b/)
      .first()
      .waitFor();
    // The bar is full at the end, and says so to a screen reader.
    expect(await bar.getAttribute('value')).toBe(await bar.getAttribute('max'));
    expect(await bar.getAttribute('max')).toBe('100');
    expect(await bar.getAttribute('aria-label')).toMatch(/: 100% read$/);
    const seen = await page.evaluate<string[]>('window.__archiveSeen');
    console.log(`console: archive import states seen: ${seen.join(' → ')}`);
    // Whatever was drawn on the way ran forward only, and the last state is the finished one.
    expect(seen[seen.length - 1]).toBe('completed 100/100');
    const values = seen.map((x) => Number(/ (\d+)\/100$/.exec(x)?.[1]));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    for (const x of seen.slice(0, -1)) expect(x).toMatch(/^processing \d+\/100$/);
    await check(page, 'archive-import');
  });

  it('adds a seeker, who waits for a seat, and invites them to sign in', async () => {
    await page.goto(`${base}#/`);
    await page.getByRole('button', { name: 'Add a seeker' }).click();
    const form = page.getByRole('form', { name: 'Add a seeker' });
    await form.getByLabel('Name').fill('Pat Newcomer');
    await form.getByLabel('Email').fill(`pat.${Date.now()}@students.northwind.test`);
    await form.getByLabel('Target roles').fill('Data Analyst, BI Analyst');
    await check(page, 'add-seeker');
    await form.getByRole('button', { name: 'Add seeker' }).click();
    await page.getByRole('heading', { level: 1, name: /Pat Newcomer/ }).waitFor();
    await page.getByRole('button', { name: 'Invite to sign in' }).click();
    const token = page.getByLabel('Invitation token for Pat Newcomer');
    await token.waitFor();
    expect(await token.inputValue()).toMatch(/^perch_inv_/);
    await check(page, 'seeker-invited');
    // On the caseload they wait for a seat: no at-risk or on-track badge.
    await page.goto(`${base}#/`);
    const row = page
      .getByRole('table', { name: 'Caseload' })
      .getByRole('row')
      .filter({ hasText: 'Pat Newcomer' });
    await row.getByText('Waiting for a seat').waitFor();
    expect(await row.getByText(/On track|Consent missing/).count()).toBe(0);
  });

  it('shows seat usage and the other tenant-level pages', async () => {
    await page.getByRole('link', { name: 'Seats & license' }).click();
    await page.getByRole('heading', { level: 1, name: 'Seats & license' }).waitFor();
    await page.getByRole('progressbar', { name: 'Seats used' }).waitFor();
    await check(page, 'seats');
    // X spend is for owners, admins and viewers: a coach has no menu entry for it.
    expect(await page.getByRole('link', { name: 'X spend' }).count()).toBe(0);
    for (const [link, name] of [['Cohorts, events & chats', 'cohorts']] as const) {
      await page.getByRole('link', { name: link }).click();
      await page.waitForLoadState('networkidle');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await check(page, name);
    }
  });

  it('shows staff, API keys, X spend and reports to an admin', async () => {
    const admin = await signIn(
      await browser.newContext({ viewport: { width: 1280, height: 800 } }),
      'admin@demo.perch.test',
    );
    // Role changes and deactivation ask first; the admin agrees.
    admin.on('dialog', (d) => void d.accept());
    for (const [link, name] of [
      ['Staff', 'staff'],
      ['API keys', 'api-keys'],
      ['X spend', 'spend'],
      ['Reports', 'reports'],
      ['Audit log', 'audit'],
    ] as const) {
      await admin.getByRole('link', { name: link, exact: true }).click();
      await admin.waitForLoadState('networkidle');
      await admin.getByRole('heading', { level: 1 }).waitFor();
      await check(admin, name);
    }
    // The log shows what the coach did above, in words, with the seeker's name.
    const log = admin.getByRole('table', { name: 'Audit log' });
    await log
      .getByRole('link', { name: /^[A-Z][a-z]+ [A-Z]/ })
      .first()
      .waitFor();
    expect(await log.getByText(/Mutation\.|Query\.|skr_/).count()).toBe(0);
    await admin.getByLabel('Seeker', { exact: true }).selectOption({ label: 'Ben Lindqvist' });
    await log.getByText('Review voice draft').first().waitFor();
    await log.getByRole('link', { name: 'Ben Lindqvist' }).first().waitFor();

    // Staff: an invitation accepted on the sign-in page, then a role change and deactivation.
    await admin.getByRole('link', { name: 'Staff', exact: true }).click();
    const invite = admin.getByRole('form', { name: 'Invite a member of staff' });
    const newEmail = `nia.${Date.now()}@demo.perch.test`;
    await invite.getByLabel('Email').fill(newEmail);
    await invite.getByLabel('Role').selectOption('COACH');
    await invite.getByRole('button', { name: 'Create invitation' }).click();
    const tokenBox = admin.getByLabel(`Invitation token for ${newEmail}`);
    await tokenBox.waitFor();
    const token = await tokenBox.inputValue();
    const joining = await (
      await browser.newContext({ viewport: { width: 1280, height: 800 } })
    ).newPage();
    await joining.goto(base);
    await joining.getByRole('button', { name: 'I have an invitation' }).click();
    await joining.getByLabel('Invitation token').fill(token);
    await joining.getByLabel('Your name').fill('Nia Newhire');
    await joining.getByLabel('Choose a password').fill(PASSWORD);
    await check(joining, 'accept-invitation');
    await joining.getByRole('button', { name: 'Join and sign in' }).click();
    await joining.getByRole('heading', { name: 'Caseload', level: 1 }).waitFor();
    await joining.getByText('Nia Newhire').first().waitFor();
    await joining.context().close();

    await admin.reload();
    const role = admin.getByLabel('Role of Nia Newhire');
    await role.selectOption('VIEWER');
    await admin.waitForLoadState('networkidle');
    expect(await admin.getByLabel('Role of Nia Newhire').inputValue()).toBe('VIEWER');
    await admin.getByRole('button', { name: 'Deactivate Nia Newhire' }).click();
    await admin.getByRole('button', { name: 'Reactivate Nia Newhire' }).waitFor();
    // Counted in plural words.
    await admin
      .getByText(/\bcoaches\b/)
      .first()
      .waitFor();
    expect(await admin.getByText(/coachs/).count()).toBe(0);

    // A coach assigned to a seeker, and removed again, on the seeker's profile.
    await admin.goto(`${base}#/`);
    await admin.getByRole('link', { name: 'Ben Lindqvist' }).click();
    await admin.getByRole('heading', { level: 1, name: /Ben Lindqvist/ }).waitFor();
    const assign = admin.getByRole('form', { name: 'Assign a coach' });
    await assign.getByLabel('Assign a coach').selectOption({ label: 'Kenji Kowalski (coach)' });
    await assign.getByRole('button', { name: 'Assign coach' }).click();
    const remove = admin.getByRole('button', { name: 'Remove Kenji Kowalski as coach' });
    await remove.waitFor();
    await check(admin, 'seeker-coaches');
    await remove.click();
    await remove.waitFor({ state: 'detached' });

    // A webhook endpoint: a private address is refused with the reason, a public one shows its
    // signing secret once.
    await admin.getByRole('link', { name: 'API keys', exact: true }).click();
    const form = admin.getByRole('form', { name: 'Add a webhook endpoint' });
    await form.getByLabel('Endpoint URL').fill('http://10.0.0.5/hooks');
    await form.getByRole('button', { name: 'Add endpoint' }).click();
    await form.getByText(/non-public address/).waitFor();
    await form.getByLabel('Endpoint URL').fill('https://93.184.216.34/perch/hooks');
    await form.getByRole('button', { name: 'Add endpoint' }).click();
    await admin.getByLabel(/^Signing secret for /).waitFor();
    expect(await admin.getByLabel(/^Signing secret for /).inputValue()).toMatch(/^whsec_/);
    await check(admin, 'webhooks');

    // A roster CSV: a dry run says what would happen row by row, then the import runs.
    await admin.getByRole('link', { name: 'Seats & license' }).click();
    await admin.getByLabel('Roster (.csv)').setInputFiles({
      name: 'roster.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'external_id,email,first_name,last_name\nB-1,b1@students.northwind.test,Bea,One\nB-2,not-an-email,Bo,Two\n',
      ),
    });
    await admin.getByRole('button', { name: 'Check (dry run)' }).click();
    await admin.getByRole('heading', { name: /Dry run completed/ }).waitFor();
    await admin.getByRole('table', { name: 'Rows that need attention' }).getByText('B-2').waitFor();
    await admin.getByRole('button', { name: 'Import', exact: true }).click();
    await admin.getByRole('heading', { name: /Import completed/ }).waitFor();
    await check(admin, 'roster-import');
  });

  it('shows a seeker their own day, every tab of it', async () => {
    const own = await signIn(
      await browser.newContext({ viewport: { width: 1280, height: 800 } }),
      'seeker@demo.perch.test',
    );
    await own.getByRole('heading', { level: 1, name: 'Your day' }).waitFor();
    // Staff pages are not in a seeker's menu, and their addresses are "not found".
    expect(await own.getByRole('link', { name: 'Caseload' }).count()).toBe(0);
    for (const tab of [
      'Today’s briefing',
      'Mentors & outreach',
      'My posts & queue',
      'My pipeline',
      'My cohort',
    ]) {
      await own.getByRole('tab', { name: tab }).click();
      await own.getByRole('tabpanel').waitFor();
      await own.waitForLoadState('networkidle');
      // What the seeker may not do is not offered, so no panel shows a refusal.
      expect(
        await own
          .getByRole('tabpanel')
          .getByText(/FORBIDDEN|not allow/i)
          .count(),
      ).toBe(0);
      await check(own, `seeker-view-${tab.toLowerCase().replace(/\W+/g, '-')}`);
    }
    await own.goto(`${base}#/seats`);
    await own.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();
    await own.getByRole('link', { name: 'Back to your day' }).waitFor();
    expect(await own.getByText(/do not coach|caseload/).count()).toBe(0);
    await check(own, 'seeker-view-not-found');
  });

  it('shows "not found" for another tenant’s seeker', async () => {
    const other = await newTenant(t);
    const s = await t.perch.app
      .get(SeekersService)
      .createSeeker(systemScope(other.tenantId, 'test'), {
        name: 'Elsewhere Ellis',
        email: `ellis.${Date.now()}@students.test`,
        targetRoles: [],
        industries: [],
        locations: [],
        careerStage: 'exploring',
      });
    await page.goto(`${base}#/seekers/${encodeURIComponent(s.id)}`);
    await page.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();
    expect(await page.getByText('Elsewhere Ellis').count()).toBe(0);
    await check(page, 'not-found');
  });

  it('signs in someone in two organizations and switches between them', async () => {
    const other = await newTenant(t);
    const email = `two-orgs-${Date.now()}@people.test`;
    const demo = await withClient(
      t.db.ownerUrl,
      async (c) =>
        (await c.query(`select id, name from tenants where slug = 'demo'`)).rows[0] as {
          id: string;
          name: string;
        },
    );
    await newMember(t, asTenantId(demo.id), 'coach', email);
    await newMember(t, other.tenantId, 'coach', email);
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const p = await ctx.newPage();
    p.setDefaultTimeout(15_000);
    await p.goto(base);
    await p.getByLabel('Email').fill(email);
    await p.getByLabel('Password').fill(FACTORY_PASSWORD);
    await p.getByRole('button', { name: 'Sign in' }).click();
    // Asked which one, with the organizations to pick from.
    await p.getByText('You belong to several organizations').waitFor();
    await p.getByLabel('Organization', { exact: true }).selectOption('demo');
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByRole('navigation', { name: 'Main' }).waitFor();
    const switcher = p.getByLabel('Switch organization');
    expect(await switcher.inputValue()).toBe('demo');
    await switcher.selectOption(other.slug);
    await p.getByText(`Org ${other.slug}`).first().waitFor();
    expect(await p.getByLabel('Switch organization').inputValue()).toBe(other.slug);
    await check(p, 'tenant-switched');
    await p.getByLabel('Switch organization').selectOption('demo');
    await p.getByText(demo.name).first().waitFor();
    expect(await p.getByLabel('Switch organization').inputValue()).toBe('demo');
    await ctx.close();
  });

  it('loads a caseload of 200 seekers (first load measured in the browser)', async () => {
    const tenant = await newTenant(t, { seats: 250 });
    const coach = await newMember(
      t,
      tenant.tenantId,
      'coach',
      `coach-200-${Date.now()}@people.test`,
    );
    const seekers = t.perch.app.get(SeekersService);
    const system = systemScope(tenant.tenantId, 'test');
    for (let i = 0; i < 200; i++) {
      const s = await seekers.createSeeker(system, {
        name: `Seeker ${String(i).padStart(3, '0')}`,
        email: `s${i}.${Date.now()}@students.test`,
        targetRoles: ['Data Analyst'],
        industries: [],
        locations: ['Boston, MA'],
        careerStage: 'early_career',
      });
      await seekers.activateSeeker(system, s.uuid);
      await seekers.assignCoach(system, s.uuid, coach.membershipId);
      if (i % 3 === 0) await seekers.recordConsent(system, s.uuid, ConsentKindEnum.READ_X_DATA);
    }
    // Each load in a fresh browser context: a cold cache and no page state, signed in through
    // the console's own session endpoint (the cookie it sets is the one a reload would use).
    const runs: number[] = [];
    // Where each load's time went (request start to end, from the page's resource timing), so a
    // slow median says which request or script to look at.
    const loads: { ms: number; requests: Record<string, [number, number]> }[] = [];
    for (let i = 0; i < 5; i++) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const login = await ctx.request.post(`${base}session/login`, {
        headers: { 'X-Perch-Console': '1' },
        data: { email: coach.email, password: FACTORY_PASSWORD },
      });
      expect(login.status()).toBe(200);
      const p = await ctx.newPage();
      // page, scripts, session refresh, viewer, caseload; the 200th row on screen.
      await p.goto(base);
      await p.locator('table[aria-label=Caseload] tbody tr').nth(199).waitFor();
      const ms = await p.evaluate(() => performance.now());
      runs.push(ms);
      const requests = await p.evaluate<Record<string, [number, number]>>(
        `Object.fromEntries(performance.getEntriesByType('resource').map((r, i) => [
          i + ' ' + new URL(r.name).pathname,
          [Math.round(r.startTime), Math.round(r.responseEnd)],
        ]))`,
      );
      loads.push({ ms: Math.round(ms), requests });
      expect(await p.locator('table[aria-label=Caseload] tbody tr').count()).toBe(200);
      await ctx.close();
    }
    runs.sort((a, b) => a - b);
    const median = runs[2];
    // For comparison, not asserted: reloads in one context (a warm cache), as measured before.
    const warm: number[] = [];
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await ctx.request.post(`${base}session/login`, {
      headers: { 'X-Perch-Console': '1' },
      data: { email: coach.email, password: FACTORY_PASSWORD },
    });
    const p = await ctx.newPage();
    await p.goto(base);
    await p.locator('table[aria-label=Caseload] tbody tr').nth(199).waitFor();
    for (let i = 0; i < 5; i++) {
      await p.reload();
      await p.locator('table[aria-label=Caseload] tbody tr').nth(199).waitFor();
      warm.push(await p.evaluate(() => performance.now()));
    }
    await ctx.close();
    warm.sort((a, b) => a - b);
    writeFileSync(
      join(SHOTS, 'dashboard-200.json'),
      JSON.stringify(
        { runs, median, contexts: 'fresh per load', loads, warmReloads: warm, warmMedian: warm[2] },
        null,
        2,
      ),
    );
    console.log(
      `console: first load of a 200-seeker caseload in a fresh context, median of 5: ${median.toFixed(0)} ms (${runs.map((r) => r.toFixed(0)).join(', ')}); warm reloads ${warm[2].toFixed(0)} ms`,
    );
    // The bar is a first load under a second; like every speed target it is measured
    // and reported (docs/benchmarks.md, C1), not asserted, so a busy machine cannot fail a test.
    expect(runs).toHaveLength(5);
  });

  it('lets an admin create an API key, whose token is shown once', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const admin = await signIn(ctx, 'admin@demo.perch.test');
    await admin.getByRole('link', { name: 'API keys', exact: true }).click();
    const form = admin.getByRole('form', { name: 'Create an API key' });
    const name = `Reporting export ${Date.now()}`;
    await form.getByLabel('Name').fill(name);
    await form.getByRole('radio').first().check();
    await form.getByRole('button', { name: 'Create key' }).click();
    const token = admin.getByLabel(`API key “${name}”`);
    await token.waitFor();
    expect(await token.inputValue()).toMatch(/^perch_key_/);
    // The reader is taken straight to it.
    expect(await admin.evaluate<string>('document.activeElement?.id ?? ""')).toBe(
      await token.getAttribute('id'),
    );
    await admin.getByRole('table', { name: 'API keys' }).getByText(name).first().waitFor();
    await check(admin, 'api-key-created');
    // Shown once: after a reload the key is listed, its token nowhere on the page.
    const secret = await token.inputValue();
    await admin.reload();
    await admin.getByRole('table', { name: 'API keys' }).getByText(name).first().waitFor();
    expect(await admin.getByLabel(`API key “${name}”`).count()).toBe(0);
    expect(await admin.getByText(secret).count()).toBe(0);
    await ctx.close();
  });

  it('lets an admin download a seeker’s data and erase a seeker', async () => {
    // A seeker of this step's own: the demo seekers other steps use are never erased.
    const email = `erin.${Date.now()}@students.northwind.test`;
    const s = await t.perch.app
      .get(SeekersService)
      .createSeeker(systemScope(await demoTenantId(), 'test'), {
        name: 'Erin Erasable',
        email,
        targetRoles: ['Data Analyst'],
        industries: [],
        locations: [],
        careerStage: 'student',
      });
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const admin = await signIn(ctx, 'admin@demo.perch.test');
    await admin.goto(`${base}#/seekers/${encodeURIComponent(s.id)}`);
    const rights = admin.getByRole('region', { name: 'Data rights' });
    await rights.waitFor();
    const zip = await downloaded(admin, () =>
      rights.getByRole('button', { name: 'Download their data' }).click(),
    );
    expect(zip.name).toMatch(/\.zip$/);
    expect(zip.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    // More than an empty archive's 22 bytes: it holds at least their own row.
    expect(zip.bytes.length).toBeGreaterThan(200);

    // A wrong email is refused in words, and nothing is erased.
    const form = rights.getByRole('form', { name: 'Erase this seeker' });
    await form.getByLabel('Type their email to confirm').fill('someone.else@students.test');
    await form.getByRole('button', { name: 'Erase Erin Erasable' }).click();
    await form.getByRole('alert').getByText('Type the seeker’s email exactly').waitFor();
    expect(await form.getByRole('alert').getByText('BAD_USER_INPUT').count()).toBe(0);
    await check(admin, 'seeker-data-rights');

    await form.getByLabel('Type their email to confirm').fill(email);
    await form.getByRole('button', { name: 'Erase Erin Erasable' }).click();
    await admin.getByRole('heading', { name: 'Caseload', level: 1 }).waitFor();
    await admin
      .getByRole('status')
      .getByText(/Erin Erasable was erased: \d+ rows? deleted from \d+ tables?/)
      .waitFor();
    // Focus lands on what happened, not on the page's body, so it is read out.
    expect(
      await admin.evaluate<string | null>(
        `document.activeElement && document.activeElement.getAttribute('role')`,
      ),
    ).toBe('status');
    const caseload = admin.getByRole('table', { name: 'Caseload' });
    await caseload.waitFor();
    await caseload.getByRole('link', { name: 'Ben Lindqvist' }).waitFor();
    expect(await caseload.getByText('Erin Erasable').count()).toBe(0);
    // Gone from the database too, not only from the page.
    const left = await withClient(t.db.ownerUrl, async (c) =>
      Number(
        (await c.query(`select count(*)::int as n from seekers where email = $1`, [email])).rows[0]
          .n,
      ),
    );
    expect(left).toBe(0);
    await ctx.close();
  });

  it('lets an admin manage single sign-on and SCIM tokens on the Organization page', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const admin = await signIn(ctx, 'admin@demo.perch.test');
    admin.on('dialog', (d) => void d.accept());
    await admin.getByRole('link', { name: 'Organization', exact: true }).click();
    await admin.getByRole('heading', { level: 1, name: 'Organization' }).waitFor();
    await admin.getByText('No SSO connection yet').waitFor();
    await admin.getByText('No SCIM token yet').waitFor();
    // Organization data is for owners: an admin is told so, with no button to press.
    await admin.getByText('Only an owner downloads').waitFor();
    expect(await admin.getByRole('button', { name: /Delete the organization/ }).count()).toBe(0);
    await check(admin, 'organization');

    // An OpenID Connect connection: the redirect URI to register comes first, then the form.
    const sso = admin.getByRole('form', { name: 'Add an SSO connection' });
    await sso.getByLabel(/OpenID Connect/).check();
    await sso.getByText(/\/auth\/sso\/demo\/oidc\/callback$/).waitFor();
    const name = `Northwind OIDC ${Date.now()}`;
    await sso.getByLabel('Name').fill(name);
    await sso.getByLabel('Issuer').fill('https://login.northwind.test');
    await sso.getByLabel('Client id').fill('perch-console');
    await sso.getByLabel('Client secret').fill('not-a-real-secret');
    await sso.getByLabel(/^Coaches/).check();
    await sso.getByRole('button', { name: 'Add connection' }).click();
    const table = admin.getByRole('table', { name: 'SSO connections' });
    const row = table.getByRole('row').filter({ hasText: name });
    await row.getByText('Enabled').waitFor();
    await row.getByText('Allowed').waitFor();

    // Require SSO for staff: a coach's password is refused while it is on, and works once off.
    // From a context of its own: the coach's session cookie must not replace the admin's.
    const coachSide = await browser.newContext();
    const coachLogin = () =>
      coachSide.request.post(`${base}session/login`, {
        headers: { 'X-Perch-Console': '1' },
        data: { email: 'coach2@demo.perch.test', password: PASSWORD },
      });
    await row.getByRole('button', { name: `Require SSO for staff (${name})` }).click();
    await row.getByText(/Refused: SSO required/).waitFor();
    expect((await coachLogin()).status()).toBe(403);
    const forIdp = admin.locator('details').filter({
      hasText: `For the IdP administrator: ${name}`,
    });
    await forIdp.locator('summary').click();
    await forIdp.getByText(/\/auth\/sso\/demo\/oidc\/callback$/).waitFor();
    await forIdp.getByText(/\/auth\/sso\/demo\/oidc\/login$/).waitFor();
    await check(admin, 'organization-sso');
    await row.getByRole('button', { name: `Allow passwords for staff (${name})` }).click();
    await row.getByText('Allowed').waitFor();
    expect((await coachLogin()).status()).toBe(200);
    await coachSide.close();

    // Settings after creation: role mappings in words, a bad line refused, the rest kept.
    const settingsOf = () =>
      admin.locator('details').filter({ hasText: `Change the settings of ${name}` });
    await settingsOf().locator('summary').click();
    const settings = settingsOf().getByRole('form', { name: `Settings of ${name}` });
    await settings.getByLabel('Role attribute').fill('groups');
    await settings.getByLabel('Role mappings').fill('faculty = COACH\nstudents = OWNER');
    await settings.getByRole('button', { name: `Save ${name}` }).click();
    await settings.getByText(/the role is SEEKER, COACH or VIEWER/).waitFor();
    await settings.getByLabel('Role mappings').fill('faculty = COACH\nstudents = SEEKER');
    await settings.getByLabel('Role when no mapping matches').selectOption('VIEWER');
    await settings.getByRole('button', { name: `Save ${name}` }).click();
    await settings.getByText(/was saved; it applies from the next sign-in/).waitFor();
    await check(admin, 'organization-sso-settings');
    // Away and back: the form is filled again from what the server kept.
    await admin.getByRole('link', { name: 'Caseload', exact: true }).click();
    await admin.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
    await admin.getByRole('link', { name: 'Organization', exact: true }).click();
    await settingsOf().locator('summary').click();
    expect(await settingsOf().getByLabel('Role attribute').inputValue()).toBe('groups');
    expect(await settingsOf().getByLabel('Role mappings').inputValue()).toBe(
      'faculty = COACH\nstudents = SEEKER',
    );
    expect(await settingsOf().getByLabel('Role when no mapping matches').inputValue()).toBe(
      'VIEWER',
    );
    // Deleted, so later steps (and "Sign in with SSO" for demo) meet the demo as it was.
    await row.getByRole('button', { name: `Delete ${name}` }).click();
    await admin.getByText('No SSO connection yet').waitFor();

    // A SCIM token: shown once, works against the SCIM API, and stops working when revoked.
    const scim = admin.getByRole('region', { name: 'SCIM provisioning' });
    expect(await scim.getByLabel('SCIM base URL').inputValue()).toBe(
      `${base.replace(/\/$/, '')}/scim/v2`,
    );
    const tokenName = `Entra ID ${Date.now()}`;
    await scim.getByLabel('Token name').fill(tokenName);
    await scim.getByRole('button', { name: 'Create token' }).click();
    const box = scim.getByLabel(`SCIM token “${tokenName}”`);
    await box.waitFor();
    const token = await box.inputValue();
    expect(token).toMatch(/^perch_scim_/);
    const scimUsers = () =>
      ctx.request.get(`${base}scim/v2/Users`, { headers: { authorization: `Bearer ${token}` } });
    expect((await scimUsers()).status()).toBe(200);
    const tokenRow = scim
      .getByRole('table', { name: 'SCIM tokens' })
      .getByRole('row')
      .filter({ hasText: tokenName });
    await tokenRow.getByText('Active').waitFor();
    await check(admin, 'scim-token-created');
    await scim.getByRole('button', { name: 'I have saved it' }).click();
    expect(await admin.getByText(token).count()).toBe(0);
    await tokenRow.getByRole('button', { name: `Revoke ${tokenName}` }).click();
    await tokenRow.getByText(/^Revoked/).waitFor();
    expect((await scimUsers()).status()).toBe(401);
    await ctx.close();
  });

  it('lets an owner download their organization’s data and delete it', async () => {
    // An organization of this step's own: the demo organization is never deleted here.
    const other = await newTenant(t);
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const owner = await ctx.newPage();
    await owner.goto(base);
    await owner.getByLabel('Email').fill(other.ownerEmail);
    await owner.getByLabel('Password').fill(FACTORY_PASSWORD);
    await owner.getByRole('button', { name: 'Sign in' }).click();
    await owner.getByRole('link', { name: 'Organization', exact: true }).click();
    const data = owner.getByRole('region', { name: 'Organization data' });
    await data.waitFor();
    const zip = await downloaded(owner, () =>
      data.getByRole('button', { name: 'Download the organization’s data' }).click(),
    );
    expect(zip.name).toMatch(/\.zip$/);
    expect(zip.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    const form = data.getByRole('form', { name: 'Delete the organization' });
    const confirm = form.getByLabel('Type the organization’s short name to confirm');
    await confirm.fill('demo');
    await form.getByRole('button', { name: 'Delete the organization' }).click();
    await form.getByRole('alert').getByText('slug exactly').waitFor();
    await check(owner, 'organization-owner');
    await confirm.fill(other.slug);
    await form.getByRole('button', { name: 'Delete the organization' }).click();
    await owner.getByRole('heading', { name: 'Sign in to Perch' }).waitFor();
    await owner.reload();
    await owner.getByRole('heading', { name: 'Sign in to Perch' }).waitFor();
    const left = await withClient(t.db.ownerUrl, async (c) =>
      Number(
        (await c.query(`select count(*)::int as n from tenants where slug = $1`, [other.slug]))
          .rows[0].n,
      ),
    );
    expect(left).toBe(0);
    await ctx.close();
  });

  it('signs out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Perch' }).waitFor();
    // The cookie is gone too: a reload stays signed out.
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in to Perch' }).waitFor();
  });
});
