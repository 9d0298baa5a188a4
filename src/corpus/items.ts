/**
 * What a corpus stage keeps between runs: items by key (JSON values), and terms under which keys are
 * filed (an inverted index: the articles of a name, the names of a block key …). The store implements
 * it (src/store/), one namespace per stage; `memoryItems` is the same in memory, for the pure batch
 * functions and tests. Keys and terms are strings; `keysUnder` answers in key order.
 */
export interface ItemStore {
  get<T>(key: string): T | undefined;
  /** Several items at once; missing keys are absent from the map. */
  getMany<T>(keys: readonly string[]): Map<string, T>;
  put(key: string, value: unknown): void;
  delete(key: string): void;
  /**
   * Every item whose key starts with the prefix, in key order. A store may read the items as they are
   * asked for: take them all (`[...items.scan(p)]`) before writing to the store.
   */
  scan<T>(prefix: string): Iterable<[string, T]>;
  /** Files a key under a term (idempotent). */
  file(term: string, key: string): void;
  unfile(term: string, key: string): void;
  /** The keys filed under a term, in key order, at most `limit`. */
  keysUnder(term: string, limit?: number): string[];
  /** Forgets every item and term. */
  clear(): void;
}

/**
 * An item store in memory. Values are kept as given, not copied: a stage that changes an item it read
 * puts it back, as it must with the store.
 */
export function memoryItems(): ItemStore {
  const items = new Map<string, unknown>();
  const terms = new Map<string, Set<string>>();
  return {
    get: <T>(key: string) => {
      return items.get(key) as T | undefined;
    },
    getMany<T>(keys: readonly string[]) {
      const out = new Map<string, T>();
      for (const k of keys) {
        const v = items.get(k);
        if (v !== undefined) out.set(k, v as T);
      }
      return out;
    },
    put: (key, value) => void items.set(key, value),
    delete: (key) => void items.delete(key),
    *scan<T>(prefix: string): Iterable<[string, T]> {
      const keys = [...items.keys()].filter((k) => k.startsWith(prefix)).sort();
      for (const k of keys) yield [k, items.get(k) as T];
    },
    file(term, key) {
      let set = terms.get(term);
      if (!set) terms.set(term, (set = new Set()));
      set.add(key);
    },
    unfile(term, key) {
      const set = terms.get(term);
      if (!set) return;
      set.delete(key);
      if (!set.size) terms.delete(term);
    },
    clear() {
      items.clear();
      terms.clear();
    },
    keysUnder(term, limit = Infinity) {
      const set = terms.get(term);
      if (!set) return [];
      const sorted = [...set].sort();
      return limit < sorted.length ? sorted.slice(0, limit) : sorted;
    },
  };
}

/**
 * Reads each item once per update and writes each changed one once, at `flush`: what an incremental
 * stage works through, so that an item read and changed many times in one update costs one write.
 */
export class ItemCache {
  private readonly values = new Map<string, unknown>();
  private readonly dirty = new Set<string>();
  constructor(readonly items: ItemStore) {}
  get<T>(key: string): T | undefined {
    if (!this.values.has(key)) this.values.set(key, this.items.get<T>(key));
    return this.values.get(key) as T | undefined;
  }
  put(key: string, value: unknown): void {
    this.values.set(key, value);
    this.dirty.add(key);
  }
  delete(key: string): void {
    this.values.set(key, undefined);
    this.dirty.add(key);
  }
  /** An item as `get` gives it, without keeping it when it was not read or written before (a read-once item). */
  peek<T>(key: string): T | undefined {
    return (this.values.has(key) ? this.values.get(key) : this.items.get<T>(key)) as T | undefined;
  }
  flush(): void {
    for (const key of this.dirty) {
      const value = this.values.get(key);
      if (value === undefined) this.items.delete(key);
      else this.items.put(key, value);
    }
    this.dirty.clear();
  }
  /**
   * Writes what changed and forgets everything read: what the cache holds is then the work since the
   * last release, whatever the size of an update. Items read again are read from the store.
   */
  release(): void {
    this.flush();
    this.values.clear();
  }
  /** How many items it holds (read or written since the last release). */
  get size(): number {
    return this.values.size;
  }
}

/** An item store read through a memory of what was read (for a reader of another stage's items within one run). */
export function readThrough(items: ItemStore): ItemStore {
  const seen = new Map<string, unknown>();
  return {
    get: <T>(key: string) => {
      if (!seen.has(key)) seen.set(key, items.get<T>(key));
      return seen.get(key) as T | undefined;
    },
    getMany: (keys) => items.getMany(keys),
    put: () => {
      throw new Error('read only');
    },
    delete: () => {
      throw new Error('read only');
    },
    scan: (prefix) => items.scan(prefix),
    file: () => {
      throw new Error('read only');
    },
    unfile: () => {
      throw new Error('read only');
    },
    keysUnder: (term, limit) => items.keysUnder(term, limit),
    clear: () => {
      throw new Error('read only');
    },
  };
}
