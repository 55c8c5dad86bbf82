/**
 * The scorer's own comparisons, on small hand-made cases: the corpus scores are printed by
 * `npm run score:import`, never asserted here.
 */
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/document.js';
import { type AgencyNames, sameAgency, sameDeadlineVerbatim, scoreDocument, scoreHeader } from './compare-corpus.js';
import { Expected, type ExpectedHeader } from './expected.js';
import { canonicalId, expandRange, productId } from './ids.js';

describe('productId: the key notation as product ids', () => {
  it.each([
    ['Đ3.2.a', '3.2.a'],
    ['Đ3.2.đ', '3.2.đ'],
    ['Đ4', '4'],
    ['II.1.b', 'II.1.b'],
    ['III.1.đ', 'III.1.đ'],
    ['3·2', '3-2'],
    ['Đ2.2·1', '2.2-1'],
    ['Đ1.8·1+2', '1.8-1-2'],
    ['IV.1.a·2+10', 'IV.1.a-2-10'],
    ['¶4', '0-4'],
    ['¶1.2', '0-1-2'],
    ['V.¶8', 'V-8'],
    ['PL 5', 'PL.5'],
    ['PL 5·1', 'PL.5-1'],
    ['Đ1 PL 3', 'PL.3'],
  ])('%s → %s', (key, id) => {
    expect(productId(key)).toBe(id);
  });

  it('folds the spellings of an appendix row alike, and nothing else', () => {
    expect(['PL 5', 'PL5', 'PL-5', 'pl.5', 'PL.5'].map(canonicalId)).toEqual(['PL.5', 'PL.5', 'PL.5', 'PL.5', 'PL.5']);
    expect(canonicalId('2.b')).toBe('2.b');
    expect(canonicalId('2-1')).not.toBe(canonicalId('2.1'));
  });
});

describe('expandRange', () => {
  it.each([
    ['Đ3.2.a–d', ['Đ3.2.a', 'Đ3.2.b', 'Đ3.2.c', 'Đ3.2.d']],
    ['Đ8.2.c–e', ['Đ8.2.c', 'Đ8.2.d', 'Đ8.2.đ', 'Đ8.2.e']],
    ['3·1–3·4', ['3·1', '3·2', '3·3', '3·4']],
    ['Đ2.2·3–·5', ['Đ2.2·3', 'Đ2.2·4', 'Đ2.2·5']],
    ['Đ4.1–4.7', ['Đ4.1', 'Đ4.2', 'Đ4.3', 'Đ4.4', 'Đ4.5', 'Đ4.6', 'Đ4.7']],
    ['¶1–¶2', ['¶1', '¶2']],
    ['Đ3.2.a', ['Đ3.2.a']],
  ])('%s', (key, rows) => {
    expect(expandRange(key)).toEqual(rows);
  });
});

const names: AgencyNames = {
  nameOf: (id) => ({ 'lao-cai.sct': { name: 'Sở Công Thương', province: 'lao-cai' }, 'ha-noi.sct': { name: 'Sở Công Thương', province: 'ha-noi' } })[id],
  proposed: [{ id: 'lao-cai.pqlcn', name: 'Phòng Quản lý công nghiệp', lines: [14], province: 'lao-cai' }],
};

describe('agencies', () => {
  it('a registry id is right only as itself', () => {
    expect(sameAgency('lao-cai.sct', 'lao-cai.sct', names)).toBe(true);
    expect(sameAgency('lao-cai.sct', 'ha-noi.sct', names)).toBe(false);
  });

  it('a proposed body is right when the importer proposes the same name, or the registry knows it in the same province', () => {
    expect(sameAgency({ name: 'Phòng Quản lý Công nghiệp', proposed: true }, 'lao-cai.pqlcn', names)).toBe(true);
    expect(sameAgency({ name: 'Sở Công Thương', proposed: true, province: 'lao-cai' }, 'lao-cai.sct', names)).toBe(true);
    expect(sameAgency({ name: 'Sở Công Thương', proposed: true, province: 'lao-cai' }, 'ha-noi.sct', names)).toBe(false);
    expect(sameAgency({ name: 'Phòng Kinh tế', proposed: true }, 'lao-cai.pqlcn', names)).toBe(false);
  });
});

describe('deadlines verbatim', () => {
  it('the same words, case and spacing aside, are right; a shortened deadline is wrong', () => {
    expect(sameDeadlineVerbatim('Trước ngày 15 tháng 12  hằng năm', 'trước ngày 15 tháng 12 hằng năm.')).toBe(true);
    expect(sameDeadlineVerbatim('Trước ngày 15 tháng 12 hằng năm', 'hằng năm')).toBe(false);
    expect(sameDeadlineVerbatim('Quý III năm 2022', { text: 'Quý III năm 2022', by: '2022-09-30' })).toBe(true);
  });

  it('none expected and none read is right; one without the other is wrong', () => {
    expect(sameDeadlineVerbatim(null, undefined)).toBe(true);
    expect(sameDeadlineVerbatim(null, 'Năm 2026')).toBe(false);
    expect(sameDeadlineVerbatim('Năm 2026', undefined)).toBe(false);
  });

  it('a listed other reading counts as right', () => {
    expect(sameDeadlineVerbatim('Định kỳ hằng năm báo cáo Ủy ban nhân dân tỉnh', 'Định kỳ hằng năm', ['Định kỳ hằng năm'])).toBe(true);
  });
});

const header: ExpectedHeader = {
  kind: 'quyet-dinh',
  number: '1883',
  symbol: 'QĐ-UBND',
  date: '2025-11-06',
  issuer: 'lao-cai.sct',
  place: 'Lào Cai',
  signer: { authority: 'KT', for: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Thành Sinh' },
  addressees: [],
};

function doc(over: Partial<Document>): Document {
  return {
    id: 'lao-cai-doc-01',
    kind: 'quyet-dinh',
    number: '1883',
    symbol: 'QĐ-UBND',
    date: '2025-11-06',
    issuer: 'lao-cai.sct',
    place: 'Lào Cai',
    signer: { authority: 'KT', for: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Thành Sinh' },
    to: [],
    implements: [],
    cites: [],
    body: [],
    footnotes: {},
    not_applicable: [],
    distribution: [],
    ...over,
  };
}

describe('header', () => {
  it('counts each field on its own', () => {
    const got = scoreHeader(header, doc({ date: '2025-11-07', issuer: 'ha-noi.sct' }), names);
    expect(got).toMatchObject({ kind: true, number: true, symbol: true, date: false, issuer: false, place: true, signer: true, addressees: true });
  });

  it('an OCR-damaged value is right when left unread or read as the real one, wrong when guessed', () => {
    const h: ExpectedHeader = { ...header, number: { damaged: true, printed: 'ÄŸ#Ÿ', real: '2338' } };
    expect(scoreHeader(h, doc({ number: undefined }), names).number).toBe(true);
    expect(scoreHeader(h, doc({ number: '2338' }), names).number).toBe(true);
    expect(scoreHeader(h, doc({ number: '233' }), names).number).toBe(false);
  });

  it('a blank draft number is right only when none is read', () => {
    const h: ExpectedHeader = { ...header, number: '' };
    expect(scoreHeader(h, doc({ number: undefined }), names).number).toBe(true);
    expect(scoreHeader(h, doc({ number: '1883' }), names).number).toBe(false);
  });
});

const expected = Expected.parse({
  file: 'x.txt',
  group: 'g00',
  part: 'tuning',
  header,
  tasks: [
    { key: 'Đ3.2.a', task: 'a', lead: ['lao-cai.sct'], deadline: null },
    { key: 'Đ3.2.b', task: 'b', lead: ['lao-cai.sct'], deadline: 'Trong năm 2026' },
    { key: 'Đ3.2.c', task: 'c', lead: ['lao-cai.sct'], deadline: null },
    { key: '¶5', task: 'p', quote: 'Yêu cầu các phòng', lead: [{ name: 'Phòng Quản lý công nghiệp', proposed: true }], deadline: null },
    { key: 'Đ4', task: 'judgement', lead: ['lao-cai.sct'], deadline: null, scored: false },
    {
      key: '1',
      task: 'linked',
      lead: [],
      deadline: null,
      implements: [
        { document: 'parent.txt', task: 'PL 5', relation: 'implements', explicit: true },
        { document: 'parent.txt', task: 'PL 6', relation: 'implicit', explicit: false },
      ],
    },
  ],
});

const task = (id: string, text: string, lead: string[] = [], more: Record<string, unknown> = {}) => ({ task: id, text, ...(lead.length ? { lead } : {}), ...more });

describe('scoreDocument', () => {
  const got = doc({
    body: [
      task('3.2.a', 'a', ['ha-noi.sct']),
      task('3.2.b', 'b', ['lao-cai.sct'], { deadline: 'trong năm 2026' }),
      task('0-1', 'Yêu cầu các phòng thực hiện', ['lao-cai.pqlcn']),
      task('4', 'judgement row'),
      task('1', 'linked', [], { implements: ['qd-1#PL 5'] }),
      task('9', 'an extra task'),
    ] as Document['body'],
  });
  const s = scoreDocument(expected, got, names, new Map([['parent.txt', 'qd-1']]));

  it('a missing task is counted missing', () => {
    expect(s.tasks).toEqual({ right: 4, total: 5 });
    expect(s.misses).toContain('task Đ3.2.c (3.2.c) not found');
  });

  it('a wrong lead is counted wrong, a missing task\'s lead too', () => {
    expect(s.leads).toEqual({ right: 3, total: 5 });
    expect(s.misses.some((m) => m.startsWith('lead Đ3.2.a'))).toBe(true);
  });

  it('an imported task that matches no row is extra; a row left out of the score still claims its task', () => {
    expect(s.extra).toBe(1);
    expect(s.imported).toBe(6);
    expect(s.misses).toContain('extra task 9: an extra task');
  });

  it('a row is paired by its quoted words when the ids differ, and the difference is reported', () => {
    expect(s.idsDiffer).toBe(1);
    expect(s.misses).toContain('task ¶5 (0-5) found as 0-1');
  });

  it('deadlines are scored where the key has one; only explicit links are scored, ids folded', () => {
    expect(s.deadlines).toEqual({ right: 1, total: 1 });
    expect(s.links).toEqual({ right: 1, total: 1 });
  });

  it('extras are not counted when the key covers part of the document only', () => {
    const partial = scoreDocument({ ...expected, scope: 'Điều 3 only' }, got, names, new Map());
    expect(partial.extra).toBe(0);
  });
});
