/**
 * Numbers for strings, each string its own from the first time it is asked for: keys a hot loop
 * compares or filters by number instead of by string (synonym probes, word pairs).
 */
export function interner(): (key: string) => number {
  const ids = new Map<string, number>();
  return (key) => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
}
