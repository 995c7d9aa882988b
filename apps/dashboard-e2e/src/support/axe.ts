import type { Page } from 'playwright-core';

/** The WCAG 2.0 and 2.1 rules at levels A and AA: what the pilot's dashboard promises (WCAG 2.1 AA). */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: Array<{ target: string[]; html: string; failureSummary?: string }>;
}

interface AxeWindow {
  axe?: { run: (context: Document, options: { runOnly: string[]; resultTypes?: string[] }) => Promise<{ violations: AxeViolation[] }> };
}

/**
 * Runs axe-core in the page. `@axe-core/playwright` needs Node 22, so the engine is injected as a
 * script (it survives client-side navigation; a full load needs it again, which this checks).
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => typeof (window as AxeWindow).axe !== 'undefined'))) {
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  }
  return page.evaluate(
    async (runOnly) => {
      const axe = (window as AxeWindow).axe;
      if (!axe) throw new Error('axe-core did not load');
      const result = await axe.run(document, { runOnly, resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 200), failureSummary: n.failureSummary })),
      }));
    },
    [...WCAG_21_AA],
  );
}

/** The violations a user of assistive technology or low vision is blocked by: serious and critical. */
export const blocking = (violations: AxeViolation[]) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** One line per violation and node, readable in a failed test's output. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.impact} ${v.id} (${v.help}):\n${v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.html}`).join('\n')}`).join('\n');
}
