// The same rapex-2010 classification as a json-rules-engine rule set, for the benchmark: one rule
// per step of the precedence, higher priority first; the first rule that holds stops the run.
import { Engine, type RuleProperties } from 'json-rules-engine';
import type { BaselineCase, BaselineResult } from './baseline-classify';

const is = (fact: string, value: unknown) => ({ fact, operator: 'equal', value });

function rule(priority: number, result: BaselineResult, all: object[]): RuleProperties {
  return { priority, conditions: { all } as RuleProperties['conditions'], event: { type: 'classification', params: { ...result } } };
}

const info = (reason: BaselineResult['reason']): BaselineResult => ({ classification: 'for-information', reason });

export function jsonRulesEngine(): { classify(c: BaselineCase): Promise<BaselineResult> } {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const NONE: BaselineResult = { classification: 'none', reason: null };
  // Step 1 has two alternatives; `any` keeps it one rule.
  engine.addRule(rule(100, NONE, [{ any: [is('excluded', true), is('generallyApplicable', true)] }]));
  engine.addRule(rule(90, info('e'), [is('criteriaUncertain', true), is('ofInterest', true)]));
  engine.addRule(rule(80, NONE, [is('consumerProduct', false)]));
  engine.addRule(rule(70, info('d'), [is('level', 'serious'), is('underEeaDiscussion', true)]));
  engine.addRule(rule(60, info('b'), [is('level', 'serious'), is('hasMeasures', false)]));
  engine.addRule(rule(55, { classification: 'article-11', reason: null }, [is('level', 'serious'), is('crossBorder', false), is('ofInterest', true), is('obligatory', true)]));
  engine.addRule(rule(50, info('c'), [is('level', 'serious'), is('crossBorder', false)]));
  engine.addRule(rule(40, info('a'), [is('level', 'serious'), is('hasMeasures', true), is('crossBorder', true), is('unidentifiable', true)]));
  engine.addRule(rule(30, { classification: 'article-12-emergency', reason: null }, [is('level', 'serious'), is('hasMeasures', true), is('crossBorder', true), is('emergency', true)]));
  engine.addRule(rule(20, { classification: 'article-12', reason: null }, [is('level', 'serious'), is('hasMeasures', true), is('crossBorder', true)]));
  engine.addRule(
    rule(10, { classification: 'article-11', reason: null }, [
      { fact: 'level', operator: 'in', value: ['low', 'medium', 'high'] },
      is('obligatory', true),
      { any: [is('crossBorder', true), is('ofInterest', true)] },
    ]),
  );
  let found: BaselineResult | null = null;
  engine.on('success', (event) => {
    found ??= event.params as BaselineResult;
    engine.stop();
  });

  return {
    async classify(c) {
      const p = c.product ?? {};
      const measures = c.measures ?? [];
      // The facts: the case's fields, read the way the `facts case` declaration reads them.
      const facts = {
        excluded: (p.excludedRegime ?? null) !== null,
        generallyApplicable: c.generallyApplicableMeasure === true,
        criteriaUncertain: c.criteriaUncertain === true,
        ofInterest: c.ofInterestToOtherStates === true,
        consumerProduct: p.consumerProduct === true,
        level: c.risk?.level ?? 'absent',
        underEeaDiscussion: c.underEeaDiscussion === true,
        hasMeasures: measures.some((m) => m.type === 'obligatory' || m.type === 'voluntary'),
        obligatory: measures.some((m) => m.type === 'obligatory'),
        crossBorder: c.crossBorder === true,
        unidentifiable: (p.name ?? null) === null && (p.brand ?? null) === null && !((p.photos ?? 0) > 0),
        emergency: c.risk?.lifeThreatening === true || c.risk?.fatalAccidents === true || c.risk?.emergencyAction === true,
      };
      found = null;
      await engine.run(facts);
      return found ?? NONE;
    },
  };
}
