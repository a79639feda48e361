// Accessibility check for browser tests: runs axe-core (WCAG 2.0/2.1 A and AA, plus best
// practices) in a page and returns the serious and critical violations, readable in a failure.
//
// The app's CSP forbids injected <script> tags, so axe's source is evaluated through the DevTools
// protocol (page.evaluate), which CSP does not govern; axe itself needs no eval. No need for a
// bypassCSP context: the tests see the policy exactly as users do.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface A11yViolation {
  id: string;
  impact: 'serious' | 'critical';
  help: string;
  helpUrl: string;
  /** CSS selectors of the offending elements, with a short HTML excerpt each. */
  nodes: { target: string; html: string; summary: string }[];
}

export interface A11yOptions {
  /** Only check within this selector (default: the whole document). */
  include?: string;
  /** Rule ids to leave out, each with a reason in the calling test. */
  disableRules?: string[];
}

/** Serious and critical axe violations in the page as it is now. */
export async function a11yViolations(page: Page, options: A11yOptions = {}): Promise<A11yViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async ({ include, disableRules }) => {
    type AxeResult = {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        helpUrl: string;
        nodes: { target: unknown[]; html: string; failureSummary?: string }[];
      }[];
    };
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResult> } }).axe;
    const rules = Object.fromEntries((disableRules ?? []).map((id) => [id, { enabled: false }]));
    const result = await axe.run(include ? { include: [include] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      rules,
      resultTypes: ['violations'],
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact as 'serious' | 'critical',
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html.slice(0, 200), summary: n.failureSummary ?? '' })),
      }));
  }, options);
}

/** One line per offending element, for assertion messages. */
export function formatViolations(violations: readonly A11yViolation[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${v.help} — ${n.target} ${n.html}`))
    .join('\n');
}
