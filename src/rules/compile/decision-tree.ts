// A decision's rules turned, at load time, into a tree of atom tests (atoms.ts): each inner node
// tests one atom and goes to one of two next nodes; each leaf knows which rules' `when`s held.
// Walking it tests only the atoms that matter on that path, each once, with no bookkeeping of
// candidates: the leaf holds the candidates and the rules they override, and the usual override
// resolution (decisions.ts) runs on those. Built only when small; otherwise `quick` loops over the
// products instead.
//
// A leaf is reached as soon as every rule that could still change the winner is decided: a rule
// whose `when` is still open may be left open when a decided candidate overrides it and every
// rule it overrides is overridden already (the same reasoning as the skipping in `quick`).

export interface DecisionTree {
  /** Where to start: an inner node (≥ 0) or directly a leaf (~leaf). */
  start: number;
  /** Per inner node: the atom it tests, and the next node when the atom holds (`yes`) or not. */
  atom: Int32Array;
  yes: Int32Array;
  no: Int32Array;
  /** Per leaf: the rules whose `when` held (bit set) and the rules they override. */
  candidates: Int32Array;
  dropped: Int32Array;
}

const MAX_NODES = 4096;

class TooBig extends Error {}

/**
 * @param order rule indexes, overriders first (the order atoms are chosen in)
 * @param targetMask per rule, the rules it overrides
 * @param products per rule, its `when` as [pos, neg, pos, neg, …] bit sets over atoms
 */
export function decisionTree(order: ArrayLike<number>, targetMask: ArrayLike<number>, products: readonly Int32Array[]): DecisionTree | null {
  const n = products.length;
  const atom: number[] = [];
  const yes: number[] = [];
  const no: number[] = [];
  const candidates: number[] = [];
  const dropped: number[] = [];
  const leaves = new Map<string, number>();
  const nodes = new Map<string, number>();

  const leaf = (cand: number, drop: number): number => {
    const key = `${cand}:${drop}`;
    let i = leaves.get(key);
    if (i === undefined) {
      leaves.set(key, (i = candidates.length));
      candidates.push(cand);
      dropped.push(drop);
    }
    return ~i;
  };

  /** The node that decides from here, `vals` being the atoms known (`known`) to hold. */
  const build = (known: number, vals: number): number => {
    const key = `${known}:${vals}`;
    const seen = nodes.get(key);
    if (seen !== undefined) return seen;
    let cand = 0;
    let drop = 0;
    let open = 0;
    for (let i = 0; i < n; i++) {
      const ps = products[i];
      let status = 0; // 0 false, 1 open, 2 true
      for (let j = 0; j < ps.length && status < 2; j += 2) {
        const pos = ps[j];
        const neg = ps[j + 1];
        if ((vals & pos & known) !== (pos & known) || (vals & neg & known) !== 0) continue;
        status = ((pos | neg) & ~known) === 0 ? 2 : 1;
      }
      if (status === 2) {
        cand |= 1 << i;
        drop |= targetMask[i];
      } else if (status === 1) open |= 1 << i;
    }
    // The next atom: from the first open rule that can still matter, its first open product.
    let next = -1;
    for (let k = 0; k < n && next < 0; k++) {
      const i = order[k];
      if ((open & (1 << i)) === 0) continue;
      if ((drop & (1 << i)) !== 0 && (targetMask[i] & ~drop) === 0) continue;
      const ps = products[i];
      for (let j = 0; j < ps.length; j += 2) {
        const pos = ps[j];
        const neg = ps[j + 1];
        if ((vals & pos & known) !== (pos & known) || (vals & neg & known) !== 0) continue;
        const unknown = (pos | neg) & ~known;
        next = 31 - Math.clz32(unknown & -unknown);
        break;
      }
    }
    let result: number;
    if (next < 0) result = leaf(cand, drop);
    else {
      if (atom.length >= MAX_NODES) throw new TooBig();
      result = atom.length;
      atom.push(next);
      yes.push(0);
      no.push(0);
      const b = 1 << next;
      yes[result] = build(known | b, vals | b);
      no[result] = build(known | b, vals);
    }
    nodes.set(key, result);
    return result;
  };

  try {
    const start = build(0, 0);
    return { start, atom: Int32Array.from(atom), yes: Int32Array.from(yes), no: Int32Array.from(no), candidates: Int32Array.from(candidates), dropped: Int32Array.from(dropped) };
  } catch (err) {
    if (err instanceof TooBig) return null;
    throw err;
  }
}
