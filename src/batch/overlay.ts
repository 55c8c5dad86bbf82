import type { Cascade } from '../load/cascade.js';
import type { Agency } from '../model/agency.js';

/** A map that answers one key with its own value and every other key from the base map. */
class OneChanged<K, V> implements ReadonlyMap<K, V> {
  constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly key: K,
    private readonly value: V,
  ) {}
  get size(): number {
    return this.base.size + (this.base.has(this.key) ? 0 : 1);
  }
  get(k: K): V | undefined {
    return k === this.key ? this.value : this.base.get(k);
  }
  has(k: K): boolean {
    return k === this.key || this.base.has(k);
  }
  *entries(): MapIterator<[K, V]> {
    for (const [k, v] of this.base) yield [k, k === this.key ? this.value : v];
    if (!this.base.has(this.key)) yield [this.key, this.value];
  }
  *keys(): MapIterator<K> {
    for (const [k] of this.entries()) yield k;
  }
  *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }
  forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}

/**
 * The cascade with one agency named differently, and nothing else changed: how a batch puts a
 * recipient's name (or a sentinel) through the views without copying the registry.
 */
export function withAgencyName(cascade: Cascade, agency: Agency, name: string): Cascade {
  const renamed: Agency = { ...agency, name };
  const agencies = new OneChanged(cascade.agencies, agency.id, renamed);
  return Object.create(cascade, {
    agencies: { value: agencies },
    nameOf: { value: (id: string) => (id === agency.id ? name : cascade.nameOf(id)) },
  }) as Cascade;
}
