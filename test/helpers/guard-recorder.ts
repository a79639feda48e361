// For model-based path tests: wraps each guard implementation of a machine so the outcomes it
// returned while xstate/graph explored the machine can be checked ("every guard both ways").
export function recordGuards(guards: Record<string, unknown>): {
  guards: Record<string, (...args: unknown[]) => boolean>;
  outcomes: Map<string, Set<boolean>>;
} {
  const outcomes = new Map<string, Set<boolean>>();
  const wrapped = Object.fromEntries(
    Object.entries(guards).map(([name, g]) => [
      name,
      (...args: unknown[]) => {
        const r = (g as (...a: unknown[]) => boolean)(...args);
        if (!outcomes.has(name)) outcomes.set(name, new Set());
        outcomes.get(name)!.add(r);
        return r;
      },
    ]),
  );
  return { guards: wrapped, outcomes };
}
