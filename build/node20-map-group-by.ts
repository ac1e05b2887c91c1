// Vitest 5's reporter calls Map.groupBy (Node 21+) when printing failures; on Node 20 it would
// crash and hide the failure. vitest.config.ts runs in Vitest's main process and imports this.
if (!('groupBy' in Map)) {
  Object.defineProperty(Map, 'groupBy', {
    value<K, V>(items: Iterable<V>, keyOf: (item: V, index: number) => K) {
      const groups = new Map<K, V[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        groups.set(key, [...(groups.get(key) ?? []), item]);
      }
      return groups;
    },
  });
}
