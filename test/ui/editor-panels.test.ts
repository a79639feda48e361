// @vitest-environment jsdom
// The side panels of the rule editor page, against a stand-in rule set.
import { fireEvent } from '@testing-library/dom';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
import type { CompiledRuleSet, ExampleResult, SymbolInfo } from '../../src/rules/api';
import { CalendarDate } from '../../src/domain/calendar-date';
import { EvaluatePanel } from '../../src/ui/pages/rules/EvaluatePanel';
import { ExamplesPanel } from '../../src/ui/pages/rules/ExamplesPanel';
import { ProblemsPanel } from '../../src/ui/pages/rules/ProblemsPanel';

const loc = { file: 'rules/x/a.rules', line: 3, column: 5, offset: 20, endOffset: 25 };
let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.replaceChildren();
});

function mount(view: () => unknown): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  dispose = render(view as () => Element, root);
  return root;
}

function button(root: HTMLElement, name: string): HTMLButtonElement {
  const b = [...root.querySelectorAll('button')].find((x) => x.textContent === name);
  if (!b) throw new Error(`no button ${name}`);
  return b;
}

/** Only what the panels call; the rest of the interface is never reached. */
function stubRuleSet(parts: Partial<CompiledRuleSet>): CompiledRuleSet {
  return parts as CompiledRuleSet;
}

describe('examples panel', () => {
  it('runs the examples and lists each one passed or failed, with what came out', () => {
    const results: ExampleResult[] = [
      { title: 'band 5', file: 'rules/x/risk.rules', loc, passed: true, failures: [] },
      { title: 'emergency', file: 'rules/x/deadlines.rules', loc, passed: false, failures: [{ message: 'expected a, got b', loc: { ...loc, line: 9, column: 3 } }] },
    ];
    const root = mount(() => ExamplesPanel({ ruleSet: stubRuleSet({ runExamples: () => results }) }));
    expect(root.querySelector('.examples-summary')).toBeNull();
    fireEvent.click(button(root, 'Run examples'));
    expect(root.querySelector('.examples-summary')!.textContent).toBe('1 passed, 1 failed');
    const items = [...root.querySelectorAll('.example-results li')].map((li) => li.textContent);
    expect(items).toEqual(['passed band 5 (risk.rules:3)', 'failed emergency (deadlines.rules:3)9:3: expected a, got b']);
  });

  it('says why nothing can run while the rule set has errors', () => {
    const root = mount(() => ExamplesPanel({ ruleSet: null }));
    expect(root.textContent).toContain('The rule set has errors');
    expect(root.querySelector('button')).toBeNull();
  });
});

describe('evaluate panel', () => {
  const symbols: SymbolInfo[] = [{ name: 'article-12', kind: 'enum-member', label: { en: 'Article 12 notification' }, loc }];
  const ruleSet = stubRuleSet({
    bindFacts: (_root, json) =>
      (json as { crossBorder?: unknown }).crossBorder === 'maybe'
        ? { ok: false, errors: [{ path: 'crossBorder', message: 'must be true or false' }] }
        : { ok: true, facts: {} },
    decide: () => ({
      ok: true,
      trace: [],
      value: {
        value: 'article-12',
        fields: { reason: null },
        rule: 'article12',
        because: [
          { kind: 'decision-rule', name: 'article12', cites: 'Part II, 3.1', loc },
          { kind: 'condition', name: 'seriousRisk', label: { en: 'serious risk' }, cites: 'Part II, 2.3', holds: true, loc },
        ],
        overridden: [],
      },
    }),
    deadlines: () => ({
      ok: true,
      trace: [],
      value: [{ action: 'send-notification', due: CalendarDate.parse('2026-03-30')!, from: CalendarDate.parse('2026-03-27')!, days: 3, unit: 'calendar', basis: '3 calendar days after the measure', rule: 'r', cites: 'Appendix 3', trace: [] }],
    }),
  });

  function evaluate(root: HTMLElement, text: string): void {
    const area = root.querySelector('textarea')!;
    fireEvent.input(area, { target: { value: text } });
    fireEvent.click(button(root, 'Evaluate'));
  }

  it('shows the classification, the reasons with their citations and the deadlines', () => {
    const root = mount(() => EvaluatePanel({ ruleSet, symbols }));
    expect(root.querySelector('textarea')!.value).toContain('"crossBorder": true');
    fireEvent.click(button(root, 'Evaluate'));
    expect(root.querySelector('.classification-result')!.textContent).toBe('Article 12 notification decided by rule article12');
    expect([...root.querySelectorAll('.trace li')].map((li) => li.textContent)).toEqual([
      'article12 (Part II, 3.1)',
      'serious risk (Part II, 2.3)',
      'send-notification: 2026-03-30 — 3 calendar days after the measure (Appendix 3)',
    ]);
  });

  it('names the JSON error or the field that does not fit', () => {
    const root = mount(() => EvaluatePanel({ ruleSet, symbols }));
    evaluate(root, '{ nope');
    expect(root.querySelector('.evaluation')!.textContent).toMatch(/^This is not valid JSON: /);
    evaluate(root, '{ "crossBorder": "maybe" }');
    expect(root.querySelector('.evaluation')!.textContent).toBe('The case document does not fit the regime’s facts:crossBorder: must be true or false');
  });
});

describe('problems panel', () => {
  it('lists the open file’s problems first and shows one on request', () => {
    const shown: number[] = [];
    const d = (file: string, line: number) => ({ severity: 'error' as const, message: `m${line}`, code: 'x', file, line, column: 1, offset: line, endOffset: line + 1 });
    const root = mount(() => ProblemsPanel({ diagnostics: [d('rules/x/b.rules', 1), d('rules/x/a.rules', 7)], file: 'rules/x/a.rules', onShow: (x) => shown.push(x.line) }));
    const items = [...root.querySelectorAll('.rules-problems li')].map((li) => li.textContent);
    expect(items).toEqual(['a.rules:7:1 m7Show', 'b.rules:1:1 m1Show']);
    fireEvent.click(root.querySelectorAll('.rules-problems button')[0]);
    expect(shown).toEqual([7]);
  });
});
