/**
 * Numbers for strings, each string its own from the first time it is asked for: keys a hot loop
 * compares or filters by number instead of by string (synonym probes, word pairs).
 */
export function interner(): (key: string) => number {
  return boundedInterner(Infinity).id;
}

/**
 * An interner that forgets, for numbers of a vocabulary a server meets without end over weeks (word
 * pairs): once it holds more than `limit` strings, `trim` starts it afresh under a new `generation`.
 * Numbers handed out before a trim are stale: keep each with the generation it was given in, and
 * trim only where no number handed out earlier is still to be compared with a fresh one.
 */
export interface BoundedInterner {
  id(key: string): number;
  generation(): number;
  /** Start afresh if more than the limit is held (or whatever it holds, with `force`). */
  trim(force?: boolean): void;
}

export function boundedInterner(limit: number): BoundedInterner {
  let ids = new Map<string, number>();
  let generation = 0;
  return {
    id: (key) => {
      let id = ids.get(key);
      if (id === undefined) {
        id = ids.size;
        ids.set(key, id);
      }
      return id;
    },
    generation: () => generation,
    trim: (force = false) => {
      if (!force && ids.size <= limit) return;
      ids = new Map();
      generation += 1;
    },
  };
}
