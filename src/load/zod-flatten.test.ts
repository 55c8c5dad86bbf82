import { describe, expect, it } from 'vitest';
import { Node } from '../model/body.js';
import { Document } from '../model/document.js';
import { flattenIssue, type FlatIssue } from './zod-flatten.js';

function flat(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: Parameters<typeof flattenIssue>[0][] } } }, value: unknown): FlatIssue[] {
  const r = schema.safeParse(value);
  return (r.error?.issues ?? []).flatMap((i) => flattenIssue(i, [], value));
}

describe('flattenIssue: the most helpful branch of a union', () => {
  it('picks the branch whose key is present (a task with a bad deadline)', () => {
    const out = flat(Node, { task: '1', deadline: 5 });
    expect(out).toEqual([{ kind: 'one-of-types', path: ['deadline'], types: ['string', 'object'] }]);
  });

  it('says which keys would tell the branches apart when none is present', () => {
    const out = flat(Node, { tsk: '1', text: 'a' });
    expect(out).toEqual([{ kind: 'one-of-keys', path: [], keys: ['task', 'section', 'goal', 'p'] }]);
  });

  it('reports the missing key of the one branch that nearly fits (a goal without text)', () => {
    const out = flat(Node, { goal: '1.a' });
    expect(out.map((f) => [f.kind, f.path])).toEqual([['one-of-types', ['text']]]);
  });

  it('splits unknown keys into one problem each, with the key in the path', () => {
    const out = flat(Document, { id: 'x', kind: 'cong-van', foo: 1, bar: 2 });
    expect(out).toEqual([
      { kind: 'unknown-key', path: ['foo'], key: 'foo' },
      { kind: 'unknown-key', path: ['bar'], key: 'bar' },
    ]);
  });

  it('reaches into the chosen branch for a nested problem (a bad task ref in a nested task)', () => {
    const out = flat(Document, { id: 'x', kind: 'cong-van', body: [{ section: '1', items: [{ task: '1', implements: ['bad ref'] }] }] });
    expect(out.map((f) => [f.kind, f.path])).toEqual([['issue', ['body', 0, 'items', 0, 'implements', 0]]]);
  });
});
