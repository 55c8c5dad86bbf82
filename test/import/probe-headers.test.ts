import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { importText } from '../../src/import/import-text.js';
import { bundledCascade } from './cascades.js';

it('probe', { timeout: 900_000 }, async () => {
  const ctx = await bundledCascade();
  const out: string[] = [];
  for (const f of readdirSync('test/fixtures/import/real').filter((x) => x.endsWith('.txt') && (process.env.ALL === '2' || !x.startsWith('g03-d07')))) {
    const text = readFileSync(`test/fixtures/import/real/${f}`, 'utf8');
    if (!process.env.ALL && text.length > 12000) continue;
    const r = importText(readFileSync(`test/fixtures/import/real/${f}`, 'utf8'), ctx, { fileName: f });
    const d = r.document;
    out.push(`${f}: kind=${d.kind} num=${d.number} sym=${d.symbol} date=${d.date} issuer=${d.issuer} place=${d.place} signer=${JSON.stringify(d.signer)} to=${JSON.stringify(d.to.map((t) => typeof t === 'string' ? t : (t as {ref:string}).ref))} impl=${JSON.stringify(d.implements)} unknown=${JSON.stringify(d.unknown)} dist=${d.distribution?.length} tasks=${r.tasks.length} warn=${JSON.stringify(r.notes.warnings.map((w) => [w.line, w.column, w.found]))}`);
  }
  writeFileSync('/tmp/ih/probe/headers.txt', out.join('\n') + '\n');
});
