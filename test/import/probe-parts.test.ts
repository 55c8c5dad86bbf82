import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { unfoldLayout, relocate } from '../../src/import/layout.js';
import { splitFootnotes } from '../../src/import/footnotes.js';
import { segment } from '../../src/import/blocks.js';
import { rejoin } from '../../src/import/rejoin.js';
import { splitParts } from '../../src/import/zones.js';

it('parts', () => {
  const f = process.env.F ?? '';
  const t = readFileSync(`test/fixtures/import/real/${f}.txt`, 'utf8').normalize('NFC').split('\n');
  const laid = unfoldLayout(t);
  const p = splitParts(rejoin(relocate(segment(splitFootnotes(laid.lines).lines), laid.origin)));
  console.log(JSON.stringify({ ...p, body: p.body.slice(0, 3), closing: p.closing.length, unplaced: p.unplaced }, null, 1).slice(0, 3000));
});
