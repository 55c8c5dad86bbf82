import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { unfoldLayout } from '../../src/import/layout.js';

it('laid', () => {
  for (const f of (process.env.F ?? '').split(',')) {
    const t = readFileSync(`test/fixtures/import/real/${f}.txt`, 'utf8').normalize('NFC').split('\n');
    const l = unfoldLayout(t);
    const n = Number(process.env.N ?? 20);
    console.log(f + '\n' + l.lines.slice(0, n).map((x, i) => `${l.origin[i]}| ${x}`).join('\n') + '\n...\n' + l.lines.slice(-n).map((x, i) => `${l.origin[l.lines.length - n + i]}| ${x}`).join('\n'));
  }
});
