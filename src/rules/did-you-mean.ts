// "did you mean …?" suggestions for misspelt names: the closest known name by edit distance
// (with adjacent transpositions, the commonest typing slip), preferring a case-only difference.

/** Optimal string alignment distance (Damerau–Levenshtein without repeated edits of a substring). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (m === 0) return n;
  if (n === 0) return m;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}

/** The closest candidate close enough to be a plausible slip, or undefined. */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  // Very short names are too easy to match by chance: only a case-only difference then.
  const limit = name.length < 3 ? 0.5 : Math.max(1, Math.min(3, Math.floor(name.length / 3)));
  let best: string | undefined;
  let bestScore = Infinity;
  let bestTie = Infinity;
  for (const c of candidates) {
    if (c === name) continue;
    // A case-only difference beats any real edit; among equals, the one of the same length.
    const score = c.toLowerCase() === lower ? 0.5 : editDistance(lower, c.toLowerCase());
    const tie = Math.abs(c.length - name.length);
    if (score < bestScore || (score === bestScore && (tie < bestTie || (tie === bestTie && best !== undefined && c < best)))) {
      best = c;
      bestScore = score;
      bestTie = tie;
    }
  }
  return bestScore <= limit ? best : undefined;
}

/** " — did you mean 'x'?" or "" — appended to "unknown …" messages. */
export function suggestion(name: string, candidates: Iterable<string>): string {
  const s = didYouMean(name, candidates);
  return s === undefined ? '' : ` — did you mean '${s}'?`;
}
