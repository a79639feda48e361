// Chevrotain 12+ calls Object.groupBy, which Node 20 and older browsers lack.
// Loaded before Chevrotain in every entry point (app, CLI, tests).
if (typeof (Object as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Object, 'groupBy', {
    configurable: true,
    writable: true,
    value: function groupBy<T, K extends PropertyKey>(items: Iterable<T>, keyOf: (item: T, index: number) => K) {
      const out = Object.create(null) as Record<K, T[]>;
      let i = 0;
      for (const item of items) {
        const key = keyOf(item, i++);
        (out[key] ??= []).push(item);
      }
      return out;
    },
  });
}
if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value: function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T, index: number) => K) {
      const out = new Map<K, T[]>();
      let i = 0;
      for (const item of items) {
        const key = keyOf(item, i++);
        const list = out.get(key);
        if (list) list.push(item);
        else out.set(key, [item]);
      }
      return out;
    },
  });
}
export {};
