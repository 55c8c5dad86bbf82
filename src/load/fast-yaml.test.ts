import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readFast } from './fast-yaml.js';
import { Positions, YamlFile } from './positions.js';
import { lineCounterOf } from './source.js';

/**
 * What the fast reader promises for a file it takes: the `yaml` package finds no error and no
 * warning in it, gives the very same value (keys in the same order, -0 and NaN included), and
 * `Positions.locate` gives the same place for every object, key and item, and for a missing key.
 * Returns the first difference, or undefined (also when the fast reader leaves the file to `yaml`).
 */
function disagreement(text: string): string | undefined {
  const fast = readFast(text);
  if (!fast) return undefined;
  const doc = parseDocument(text, { uniqueKeys: true });
  const said = [...doc.errors, ...doc.warnings];
  if (said.length > 0) return `yaml: ${said.map((e) => e.code).join(', ')}`;
  const value = differs(fast.value, doc.toJS({ maxAliasCount: 100 }), '');
  if (value) return `value ${value}`;
  const source = { file: 'f.yaml', text, lines: lineCounterOf(text) };
  const light = new Positions();
  light.bind(fast.value, new YamlFile(source, fast.tree));
  const full = new Positions();
  full.bind(fast.value, new YamlFile(source, null));
  const objects: object[] = [];
  const collect = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    objects.push(v);
    Object.values(v).forEach(collect);
  };
  collect(fast.value);
  for (const o of objects) {
    const asks: [string | number | undefined, number | undefined][] = [[undefined, undefined], ['no-such-key', undefined]];
    for (const [k, v] of Object.entries(o)) {
      asks.push([Array.isArray(o) ? Number(k) : k, undefined]);
      if (Array.isArray(v)) for (let i = 0; i <= v.length; i++) asks.push([k, i]);
    }
    if (Array.isArray(o)) asks.push([o.length, undefined]);
    for (const [key, index] of asks) {
      const a = JSON.stringify(light.locate(o, key, index));
      const b = JSON.stringify(full.locate(o, key, index));
      if (a !== b) return `locate(${String(key)}, ${String(index)}): ${a} instead of ${b}`;
    }
  }
  return undefined;
}

function differs(a: unknown, b: unknown, path: string): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) {
    return `${path}: ${String(a)} vs ${String(b)}`;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.join('\n') !== kb.join('\n')) return `${path}: keys ${ka.join(',')} vs ${kb.join(',')}`;
  for (const k of ka) {
    const d = differs((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}/${k}`);
    if (d) return d;
  }
  return undefined;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(dir, f));
}

// Every form the cascade's files use, and the forms whose places are hard: comments after the
// last item of a collection, blank lines, block scalars, empty values, flow collections on lines.
const SAMPLE = `# a comment before everything
id: vi-du   # trailing
kind: cong-van
number: "1"
date: 2026-05-11
to:
  - gia-lai.ca
  - { ref: gia-lai.ubnd-xa, as: "Ủy ban nhân dân các xã, phường" }
  # between items
  - 'it''s'
empty:
after-comment:   # nothing here

body:
  - task: "1"
    text: >-
      folded
      text

    lead: [gia-lai.snv,
      gia-lai.ca]
    target: { percent: 100, by: 2026 }
    implements:
      - ct-14-ttg#2.a
      - { task: ct-14-ttg#2.b, fingerprint: 974319773cf8 }
  - section: II
    items:
      - p: plain text
          on two lines
      - task: 2
        deadline: Quý IV/2026
        # a comment after the last key
footnotes:
  "1": |
    literal
      indented

  "2": x
coordinators:
  - gia-lai.ca
  - &a1
    ref: gia-lai.ca-so-xa
    as: các cơ quan, đơn vị, địa phương
again: [gia-lai.snv, *a1]
last:
  - *a1   # an alias at the end of a list
numbers: [0o17, 0x1F, 1_000, 0b101, 012, +12, -0, 1.5e3, .inf, -.Inf, .NaN, 1., 2026-05-11, ~, Null, TRUE, yes]
`;

describe('readFast', () => {
  it('agrees with the yaml package on every YAML file of the repository it takes', () => {
    const files = [...yamlFiles('directives'), ...yamlFiles('test/fixtures')];
    const taken = files.filter((f) => readFast(readFileSync(f, 'utf8')) !== undefined);
    for (const f of files) expect([f, disagreement(readFileSync(f, 'utf8'))]).toEqual([f, undefined]);
    // It must be the fast path for real letters, or it is no use.
    for (const f of yamlFiles('directives')) expect(taken).toContain(f);
  });

  it('agrees on a sample of every form the letters use', () => {
    expect(readFast(SAMPLE)).toBeDefined();
    expect(disagreement(SAMPLE)).toBeUndefined();
  });

  it('agrees on the same sample with Windows line ends (CRLF)', () => {
    const crlf = SAMPLE.replaceAll('\n', '\r\n');
    expect(readFast(crlf)).toBeDefined();
    expect(disagreement(crlf)).toBeUndefined();
  });

  it('takes anchors and aliases, the alias standing for the very object anchored', () => {
    const value = readFast(SAMPLE)?.value as { coordinators: unknown[]; again: unknown[] };
    expect(value.again[1]).toBe(value.coordinators[1]);
    expect(value.again[1]).toEqual({ ref: 'gia-lai.ca-so-xa', as: 'các cơ quan, đơn vị, địa phương' });
  });

  it('reads scalars as the yaml core schema does: no timestamps, no 1_000, no 0b101', () => {
    const value = readFast(SAMPLE)?.value as { numbers: unknown[]; date: unknown };
    expect(value.date).toBe('2026-05-11');
    expect(value.numbers).toEqual([15, 31, '1_000', '0b101', 12, 12, -0, 1500, Infinity, -Infinity, NaN, 1, '2026-05-11', null, null, true, 'yes']);
  });

  it.each([
    ['an alias inside an anchored node', 'a: &x [1]\nb: &y [*x]\nc: *y\n'],
    ['more than 100 aliases', `a: &x 1\nb: [${Array.from({ length: 101 }, () => '*x').join(', ')}]\n`],
    ['an anchor on a key', '&k a: 1\n'],
    ['a comment right after a comma', 'a: [1,# c\n  2]\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a tab', 'a:\tb\n'],
    ['a carriage return without its line feed', 'a: b\rc: d\n'],
    ['a null key', '~: x\n'],
    ['a merge key', 'a: {x: 1}\nb:\n  <<: {y: 2}\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a %YAML directive', '%YAML 1.2\n---\na: 1\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['an explicit key', '? a\n: 1\n'],
    ['an empty list item', 'a:\n  -\n  - x\n'],
    ['a scalar document', 'just text\n'],
    ['an empty file', '# nothing\n'],
    ['a syntax error', 'a: "unclosed\n'],
  ])('leaves a file with %s to the yaml package', (_, text) => {
    expect(readFast(text)).toBeUndefined();
  });

  it('agrees with the yaml package on files changed at random', () => {
    const seeds = [SAMPLE, ...yamlFiles('directives/documents').map((f) => readFileSync(f, 'utf8').split('\n').slice(0, 60).join('\n'))];
    const pieces = [' ', '  ', '\n', '\r\n', '\r', ':', ': ', '- ', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '|', '>', '|-', 'a', '1', '.', '~', '&a ', '*a', '*a1', '\n  # c\n', '\n\n', 'e\u0301'];
    const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 3 }), piece: fc.constantFrom(...pieces) });
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 3 }), fc.boolean(), (s, edits, crlf) => {
        let text = seeds[s] ?? '';
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.piece + text.slice(at + e.cut);
        }
        expect(disagreement(crlf ? text.replace(/\r?\n/g, '\r\n') : text)).toBeUndefined();
      }),
      { numRuns: 1500, seed: 14 },
    );
  });
});
