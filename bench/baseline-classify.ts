// The rapex-2010 classification (rules/rapex-2010/classification.rules) written by hand in
// TypeScript, as a speed baseline for the compiled rules. It lives in bench/ only: src/ holds no
// legal constant. Same input (a case document of the interchange format), same precedence.

export interface BaselineCase {
  product?: { name?: string | null; brand?: string | null; photos?: number | null; consumerProduct?: boolean; excludedRegime?: string | null };
  risk?: { level?: string | null; lifeThreatening?: boolean; fatalAccidents?: boolean; emergencyAction?: boolean };
  crossBorder?: boolean;
  ofInterestToOtherStates?: boolean;
  underEeaDiscussion?: boolean;
  criteriaUncertain?: boolean;
  generallyApplicableMeasure?: boolean;
  measures?: { type: string }[];
}

export interface BaselineResult {
  classification: 'article-12-emergency' | 'article-12' | 'for-information' | 'article-11' | 'none';
  reason: 'a' | 'b' | 'c' | 'd' | 'e' | null;
}

const NONE: BaselineResult = { classification: 'none', reason: null };
const info = (reason: BaselineResult['reason']): BaselineResult => ({ classification: 'for-information', reason });

export function classifyBaseline(c: BaselineCase): BaselineResult {
  const p = c.product ?? {};
  const level = c.risk?.level ?? null;
  // Plain loops, not `some`: V8 takes a much slower path for array builtins on frozen arrays, and
  // bound facts' lists are frozen — the baseline must not be handicapped by that.
  const measures = c.measures ?? [];
  let hasMeasures = false;
  let obligatory = false;
  for (let i = 0; i < measures.length; i++) {
    const type = measures[i].type;
    if (type === 'obligatory') hasMeasures = obligatory = true;
    else if (type === 'voluntary') hasMeasures = true;
  }
  const crossBorder = c.crossBorder === true;
  const ofInterest = c.ofInterestToOtherStates === true;

  if ((p.excludedRegime ?? null) !== null || c.generallyApplicableMeasure === true) return NONE;
  if (c.criteriaUncertain === true && ofInterest) return info('e');
  if (p.consumerProduct !== true) return NONE;
  if (level === 'serious') {
    if (c.underEeaDiscussion === true) return info('d');
    if (!hasMeasures) return info('b');
    if (!crossBorder) return ofInterest && obligatory ? { classification: 'article-11', reason: null } : info('c');
    const unidentifiable = (p.name ?? null) === null && (p.brand ?? null) === null && !((p.photos ?? 0) > 0);
    if (unidentifiable) return info('a');
    const emergency = c.risk?.lifeThreatening === true || c.risk?.fatalAccidents === true || c.risk?.emergencyAction === true;
    return { classification: emergency ? 'article-12-emergency' : 'article-12', reason: null };
  }
  if ((level === 'low' || level === 'medium' || level === 'high') && obligatory && (crossBorder || ofInterest))
    return { classification: 'article-11', reason: null };
  return NONE;
}
