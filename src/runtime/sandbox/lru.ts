/** A small least-recently-used map (Map keeps insertion order; a hit re-inserts the key). */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();

  constructor(
    private readonly capacity: number,
    private readonly onEvict?: (value: V) => void,
  ) {}

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: K, value: V): void {
    const old = this.map.get(key);
    if (old !== undefined) {
      this.map.delete(key);
      if (old !== value) this.onEvict?.(old);
    }
    this.map.set(key, value);
    while (this.map.size > this.capacity) {
      const first = this.map.keys().next();
      if (first.done) break;
      const v = this.map.get(first.value);
      this.map.delete(first.value);
      if (v !== undefined) this.onEvict?.(v);
    }
  }

  clear(): void {
    for (const v of this.map.values()) this.onEvict?.(v);
    this.map.clear();
  }
}
