// "did you mean …?" suggestions for misspelt names: the closest known name by edit distance
// (with adjacent transpositions, the commonest typing slip), preferring a case-only difference.
// The work is bounded: only distances up to 3 matter, so each comparison looks at a band of
// 7 diagonals and gives up early — linear in the names' length, however long they are.

/**
 * Optimal string alignment distance (Damerau–Levenshtein without repeated edits of a substring).
 * With `max`, any distance above it comes back as `max + 1`, computed in O(length × max).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > max) return max + 1;
  if (m === 0) return Math.min(n, max + 1);
  if (n === 0) return Math.min(m, max + 1);
  const band = Number.isFinite(max) ? max : Math.max(m, n);
  const over = band + 1;
  let prev2 = new Array<number>(n + 1).fill(over);
  let prev = Array.from({ length: n + 1 }, (_, j) => (j <= band ? j : over));
  let cur = new Array<number>(n + 1).fill(over);
  for (let i = 1; i <= m; i++) {
    const from = Math.max(1, i - band);
    const to = Math.min(n, i + band);
    // Cells outside the band stay "too far"; the column-0 cell is i while it is in the band.
    if (from > 1) cur[from - 1] = over;
    cur[0] = i <= band ? i : over;
    let rowMin = cur[0];
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = Math.min(v, over);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (to < n) cur[to + 1] = over;
    if (rowMin > band) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n] > band ? max + 1 : prev[n];
}

/** The closest candidate close enough to be a plausible slip, or undefined. */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  // Very short names are too easy to match by chance: only a case-only difference then.
  const limit = name.length < 3 ? 0 : Math.max(1, Math.min(3, Math.floor(name.length / 3)));
  let best: string | undefined;
  let bestScore = Infinity;
  let bestTie = Infinity;
  for (const c of candidates) {
    if (c === name) continue;
    const tie = Math.abs(c.length - name.length);
    if (tie > limit) continue;
    // A case-only difference beats any real edit; among equals, the one of the same length.
    const cl = c.toLowerCase();
    const score = cl === lower ? 0.5 : editDistance(lower, cl, limit);
    if (score > limit && score !== 0.5) continue;
    if (score < bestScore || (score === bestScore && (tie < bestTie || (tie === bestTie && best !== undefined && c < best)))) {
      best = c;
      bestScore = score;
      bestTie = tie;
    }
  }
  return best;
}

/** " — did you mean 'x'?" or "" — appended to "unknown …" messages. */
export function suggestion(name: string, candidates: Iterable<string>): string {
  const s = didYouMean(name, candidates);
  return s === undefined ? '' : ` — did you mean '${s}'?`;
}
