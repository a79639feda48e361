// Precision and recall of the combined duplicate check on the generated benchmark set: a hit is
// right when it names an entry of the probe's product group; every entry of that group that is
// not named is a miss.
import { checkAlreadyNotified } from '../src/domain/alerts/already-notified';
import { buildProductIndex } from '../src/domain/alerts/product-index';
import { duplicateBenchmark, type DuplicateBenchmark } from './alert-generator';

export interface DuplicateScore {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  alerts: number;
  cases: number;
  probes: number;
  pairs: number;
  /** Recall by kind of variant (how the duplicate was written). */
  recallBy: Record<string, { found: number; of: number }>;
  /** Wrong hits by the probe's kind. */
  wrongBy: Record<string, number>;
}

export function scoreDuplicateCheck(set: DuplicateBenchmark = duplicateBenchmark()): DuplicateScore {
  const index = buildProductIndex(set.corpus);
  const groupOf = new Map(set.corpus.map((e, i) => [e, set.groups[i]]));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const recallBy: DuplicateScore['recallBy'] = {};
  const wrongBy: Record<string, number> = {};
  for (const { probe, group, variant } of set.probes) {
    const hits = checkAlreadyNotified(index, probe);
    const expected = group === null ? 0 : set.groups.filter((g) => g === group).length;
    const right = hits.filter((h) => groupOf.get(h.entry) === group && group !== null).length;
    tp += right;
    fp += hits.length - right;
    fn += expected - right;
    const by = (recallBy[variant] ??= { found: 0, of: 0 });
    by.found += right;
    by.of += expected;
    if (hits.length > right) wrongBy[variant] = (wrongBy[variant] ?? 0) + hits.length - right;
  }
  return {
    precision: tp / (tp + fp),
    recall: tp / (tp + fn),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    alerts: set.corpus.filter((e) => e.kind === 'alert').length,
    cases: set.corpus.filter((e) => e.kind === 'case').length,
    probes: set.probes.length,
    pairs: tp + fn,
    recallBy,
    wrongBy,
  };
}
