import { describe, expect, it } from 'vitest';
import { unexportedTypes } from './public-types.js';

describe('the public API', () => {
  it('exports every named type its functions and classes take or return', () => {
    expect([...unexportedTypes()].map(([name, where]) => `${name} — ${where}`)).toEqual([]);
  });
});
