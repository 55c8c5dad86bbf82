import { describe, expect, it } from 'vitest';
import { findCycles } from './cycles.js';

const graph = (edges: Record<string, string[]>) => (n: string): readonly string[] => edges[n] ?? [];

describe('findCycles', () => {
  it('finds a cycle once, as the path that closes it', () => {
    expect(findCycles(['a', 'b', 'c'], graph({ a: ['b'], b: ['c'], c: ['a'] }))).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('finds a self-loop and leaves a diamond alone', () => {
    expect(findCycles(['a'], graph({ a: ['a'] }))).toEqual([['a', 'a']]);
    expect(findCycles(['a', 'b', 'c', 'd'], graph({ a: ['b', 'c'], b: ['d'], c: ['d'] }))).toEqual([]);
  });

  it('walks a long chain without running out of stack', () => {
    const n = 50_000;
    const edges = (x: string): readonly string[] => (Number(x) < n ? [String(Number(x) + 1)] : []);
    expect(findCycles(['0'], edges)).toEqual([]);
  });
});
