// The built dashboard under the API's Content-Security-Policy (issue 10 §4), in Chromium. The
// scope rule exception for this one import is the same as in dashboard.spec.ts.
import { createTestApp, type TestApp } from '@ketqua/api/testing';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, seen, signIn } from './support/chromium';

const PASSWORD = 'Ketqua@2026';
const dashboardDir = join(__dirname, '../../../dist/apps/dashboard');

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([createTestApp({ dashboardDir, seedDemo: 'full' }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Every CSP violation the page reports, from the DOM event and from the console. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/** Menu entries already opened by an earlier role: a page's code is the same whoever opens it. */
const opened = new Set<string>();

describe('the built dashboard under its Content-Security-Policy', () => {
  it.each(['head', 'official', 'hr', 'admin', 'inspector'])('signs %s in and opens every page (once across the roles) without a CSP violation, styled and live', async (who) => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    try {
      const page = await context.newPage();
      const violations = await watchCsp(page);
      const sockets: string[] = [];
      page.on('websocket', (ws) => sockets.push(ws.url()));

      const response = await page.goto(`${app.url}/`);
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      await signIn(page, app.url, `${who}@demo.ketqua.vn`, PASSWORD);
      await seen(page.getByRole('heading', { level: 1 }));

      const items = page.getByRole('menu').getByRole('menuitem');
      await seen(items);
      const count = await items.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const label = (await items.nth(i).innerText()).trim();
        if (opened.has(label)) continue;
        opened.add(label);
        await items.nth(i).click();
        await seen(page.getByRole('heading', { level: 1 }));
        await page.waitForLoadState('networkidle');
      }

      // antd's CSS-in-JS works: its injected <style> elements apply (a primary button is not unstyled).
      const styled = await page.evaluate(() => ({
        styles: document.querySelectorAll('style').length,
        menu: getComputedStyle(document.querySelector('[role=menu]') as Element).listStyleType,
        font: getComputedStyle(document.body).fontFamily,
      }));
      expect(styled.styles).toBeGreaterThan(0);
      // antd's reset for its menu (an unstyled <ul> shows bullets) and its font stack on the body.
      expect(styled.menu).toBe('none');
      expect(styled.font).not.toMatch(/^(Times|serif)/);
      // The graphql-ws socket (notifications) connected to the same origin.
      expect(sockets.some((url) => url.startsWith(app.url.replace('http', 'ws')))).toBe(true);
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
