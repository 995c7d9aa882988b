import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { testAppAt, type TestApp } from '@ketqua/api/testing';

/** The dashboard's storage keys (data-access session-store.ts and stated-purpose.ts), not imported: that lib is for the browser. */
const SESSION_STORAGE_KEY = 'ketqua.session';
const STATED_PURPOSE_KEY = 'ketqua.statedPurpose';

/**
 * Debian's Chromium (STACK.md 5); Playwright's own browser downloads do not work here. Every page
 * asks for less motion, as a person can in their system settings: the dashboard honours it
 * (reduced-motion.ts), so dialogs and charts appear at once and no step waits for an animation.
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (options = {}) => newContext({ reducedMotion: 'reduce', ...options });
  browser.newPage = (options = {}) => newPage({ reducedMotion: 'reduce', ...options });
  return browser;
}

/** Screenshots for a person to look at: $TMPDIR/ketqua-dashboard-e2e/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = join(tmpdir(), 'ketqua-dashboard-e2e');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Waits until the user can see it (playwright-core has no auto-waiting expect). */
export async function seen(locator: Locator): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible', timeout: 15_000 });
  return locator;
}

export async function signIn(page: Page, baseUrl: string, email: string, password: string, options: { askPurpose?: boolean } = {}): Promise<void> {
  // HR and ADMIN must have an authenticator (their role requires it): a spec's own are given one.
  const app = testAppAt(baseUrl);
  const secret = app ? await app.ensureAuthenticator(email) : null;
  await page.goto(`${baseUrl}/`);
  await seen(page.getByRole('heading', { name: 'Đăng nhập' }));
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // An account with an authenticator: type the code its phone would show.
  if (app && secret) {
    const code = page.getByLabel('Mã xác thực');
    const asked = await code
      .waitFor({ state: 'visible', timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    if (!asked) return; // a refused password: the spec looks at the alert
    await code.fill(await app.secondFactorCode(email));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
  }
  if (app && !options.askPurpose) await skipPurpose(page, app, email);
}

/**
 * HR and inspectors are asked once per session for the purpose of viewing others' data (the
 * dashboard's PurposeGate); journeys about something else answer "skip" for this tab up front, as
 * the person would have, so the dialog does not stand in their way. privacy-journeys asks it.
 */
async function skipPurpose(page: Page, app: TestApp, email: string): Promise<void> {
  const [person] = (await app.dataSource.query(`SELECT id, role FROM app_user WHERE lower(email) = lower($1)`, [email])) as Array<{ id: string; role: string }>;
  if (!person || (person.role !== 'HR' && person.role !== 'INSPECTOR')) return;
  const signedIn = await page
    .waitForFunction((key) => !!window.localStorage.getItem(key), SESSION_STORAGE_KEY, { timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  if (!signedIn) return;
  await page.evaluate(([key, userId]) => window.sessionStorage.setItem(key, JSON.stringify({ userId, purpose: null })), [STATED_PURPOSE_KEY, person.id] as const);
}

/**
 * Settled as a person sees it: the page's heading is shown, nothing is loading, and no animation
 * (such as a spinner's fade-out, which leaves a table half transparent) is still running.
 * Returns the heading's text.
 */
export async function settled(page: Page): Promise<string> {
  const heading = await seen(page.getByRole('heading', { level: 1 }));
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForFunction(
    () =>
      !document.querySelector('.ant-spin-spinning, .ant-skeleton-active, .ant-spin-blur') &&
      document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
    undefined,
    { timeout: 15_000 },
  );
  return (await heading.first().textContent()) ?? '';
}
