/**
 * Importing a .docx: the seeds' letters generated in the Decree 30 layout (two-column header and
 * signature tables, footnotes in Word's notes part, bold headings), then read back with mammoth.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/import/import-text.js';
import { readSource } from '../../src/import/source.js';
import { regenerate } from '../docx/seeds.js';
import { bundledCascade, registryAndDirective } from './cascades.js';
import { flatten, pair, sameDeadline, sameSet } from './compare.js';

async function importDocx(docId: string) {
  const file = await regenerate(docId);
  const source = await readSource(new Uint8Array(file.buffer), `${docId}.docx`);
  if (!source.ok) throw new Error(source.diagnostic.message.en);
  expect(source.format).toBe('docx');
  return importText(source.text, await registryAndDirective(), { fileName: `${docId}.docx` }).document;
}

describe('cascade import of a .docx', () => {
  for (const id of ['gia-lai-5900', 'an-giang-draft-2026-05', 'hcm-sgddt-draft-2026']) {
    it(`${id}: every task found with its lead, coordinators, deadline and parent links`, async () => {
      const expected = (await bundledCascade()).documentsById.get(id);
      if (!expected) throw new Error(`no ${id}`);
      const got = await importDocx(id);
      const want = flatten(expected.body);
      const have = flatten(got.body);
      const pairs = pair(want, have);
      expect(pairs.size).toBe(want.length);
      expect(have.length).toBe(want.length);
      for (const [e, g] of pairs) {
        expect({ id: e.id, lead: sameSet(e.lead, g.lead), coordinators: sameSet(e.coordinators, g.coordinators), links: sameSet(e.links, g.links) })
          .toEqual({ id: e.id, lead: true, coordinators: true, links: true });
        expect(sameDeadline(e.deadline, g.deadline)).toBe(true);
      }
    });
  }

  it('reads the header from its table, the footnotes from Word’s notes, the signature from its cell', async () => {
    const got = await importDocx('gia-lai-5900');
    expect({ number: got.number, symbol: got.symbol, issuer: got.issuer, date: got.date, place: got.place }).toEqual({
      number: '5900',
      symbol: 'UBND-NC',
      issuer: 'gia-lai.ubnd',
      date: '2026-05-11',
      place: 'Gia Lai',
    });
    expect(Object.keys(got.footnotes)).toEqual(['1', '2']);
    expect(got.footnotes['2']).toBe('https://binhdanhocvuso.gov.vn/courses/course-v1:MOET+KNS-CCVC+2026-1/course/');
    expect(got.signer).toEqual({ authority: 'KT', for: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Lâm Hải Giang' });
    expect(got.distribution).toHaveLength(8);
  });
});
