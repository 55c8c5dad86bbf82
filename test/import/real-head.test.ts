/**
 * The parts around the body of real letters (tuning groups of the corpus, copied under neutral
 * names into test/fixtures/import/real, see SOURCES.md there): header fields in every layout a
 * converter leaves (pdftotext columns, flattened .docx rows, Markdown tables, OCR), addressees,
 * signature blocks, OCR damage flagged, the 2025 ministries, and a folder imported as a cascade.
 */
import { mkdtempSync, readFileSync, readdirSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importText, type ImportResult } from '../../src/import/import-text.js';
import { registryView } from '../../src/import/context.js';
import { readAgencies } from '../../src/import/agencies.js';
import { loadCascade } from '../../src/load/load-cascade.js';
import { bundledCascade } from './cascades.js';
import { runCli } from '../helpers/run-cli.js';

const dir = 'test/fixtures/import/real';

async function load(name: string): Promise<ImportResult> {
  return importText(readFileSync(`${dir}/${name}`, 'utf8'), await bundledCascade(), { fileName: name });
}

const head = (r: ImportResult): unknown[] => {
  const d = r.document;
  return [d.kind, d.number, d.symbol, d.date, d.issuer, d.place, d.signer?.name];
};

describe('header fields in every layout', () => {
  it('reads a pdftotext letter with a converter note above two columns (department letter)', async () => {
    const r = await load('g01-d01.txt');
    expect(head(r)).toEqual(['cong-van', '5085', 'SCT-VP', '2026-08-19', 'lao-cai.sct', 'Lào Cai', 'Hoàng Chí Hiền']);
    expect(r.document.subject).toMatch(/^thực hiện các nhiệm vụ được UBND tỉnh ủy quyền/);
  });

  it('reads a draft in a flattened .docx table: blank number and day kept blank', async () => {
    const r = await load('g01-d02.txt');
    expect(head(r)).toEqual(['cong-van', undefined, 'UBND-KT', '2025', 'lao-cai.ubnd', 'Lào Cai', 'Nguyễn Thành Sinh']);
  });

  it('reads a decision in pdftotext columns with a two-authority signature beside Nơi nhận', async () => {
    const r = await load('g01-d03.txt');
    expect(head(r)).toEqual(['quyet-dinh', '1883', 'QĐ-UBND', '2025-11-06', 'lao-cai.ubnd', 'Lào Cai', 'Nguyễn Thành Sinh']);
    expect(r.document.signer).toEqual({ above: ['TM. ỦY BAN NHÂN DÂN'], authority: 'KT', for: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Thành Sinh' });
    expect(r.document.distribution?.[0]).toBe('Như Điều 4');
  });

  it('reads a Markdown-table header and signature (VPCP letter), the subject in the number cell', async () => {
    const r = await load('g05-d09.txt');
    expect(head(r)).toEqual(['cong-van', '9416', 'VPCP-QHQT', '2023-11-30', 'vpcp', 'Hà Nội', 'Cao Huy']);
    expect(r.document.subject).toMatch(/^Thỏa thuận thí điểm thực hiện Điều 6/);
    expect(r.document.signer).toMatchObject({ authority: 'KT', for: 'BỘ TRƯỞNG, CHỦ NHIỆM', title: 'PHÓ CHỦ NHIỆM' });
  });

  it('gives a Government resolution to the Government, never to the Prime Minister', async () => {
    const r = await load('g05-d10.txt');
    expect(head(r)).toEqual(['nghi-quyet', '235', 'NQ-CP', '2026-08-14', 'cp', 'Hà Nội', 'Phạm Gia Túc']);
  });

  it('reads "Số: 2978 /QĐ - UBND" and a type name with its subject on one line', async () => {
    const r = await load('g07-d12.txt');
    expect(head(r)).toEqual(['quyet-dinh', '2978', 'QĐ-UBND', '2026-08-21', 'lao-cai.ct-ubnd', 'Lào Cai', 'Phan Trung Bá']);
    expect(r.document.subject).toMatch(/^CHẤP THUẬN ĐIỀU CHỈNH CHỦ TRƯƠNG ĐẦU TƯ \(Cấp lần đầu: ngày 02 tháng 7 năm 2026\)/);
    // "CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH LÀO CAI" under the title: the Chairman decides.
    expect(r.document.issuer).toBe('lao-cai.ct-ubnd');
  });
});

describe('OCR damage is flagged at its place, never guessed', () => {
  it('leaves a broken number and date unknown and warns at line and column', async () => {
    const r = await load('g07-d11.txt');
    expect(r.document.symbol).toBeUndefined();
    expect(r.document.date).toBeUndefined();
    expect(r.document.unknown).toEqual(expect.arrayContaining(['number', 'date']));
    expect(r.document.place).toBe('Lào Cai');
    expect(r.notes.warnings.map((w) => [w.line, w.column, w.found])).toEqual(
      expect.arrayContaining([
        [7, 5, 'ÄŸ#Ÿ/Qb-UBND'],
        [7, 27, 'ngày 04 tháng j‡ năm 2026'],
        [20, 21, '96/202ØNĐ-CP'],
      ]),
    );
  });

  it('joins spaced digits of a number, and flags only the broken date', async () => {
    const r = await load('g10-d16.txt');
    expect([r.document.number, r.document.symbol, r.document.date, r.document.issuer]).toEqual(['8520', 'BCT-KHCN', undefined, 'bo-ct']);
    expect(r.notes.warnings.map((w) => w.found)).toEqual(['ngày 3Ù tháng 4Ä năm 4034']);
  });
});

describe('addressees', () => {
  it('reads a flattened "Kính gửi: | - A; - B" row as five addressees, the province’s Front committee among them', async () => {
    const r = await load('g03-d08.txt');
    expect(r.document.to.map((t) => (typeof t === 'string' ? t : t.ref))).toEqual(['lao-cai.cac-so', 'lao-cai.mttq', 'lao-cai.ca', 'lao-cai.bchqs', 'lao-cai.ubnd-xa']);
  });

  it('proposes a person with a title as one addressee, with the line it was read at', async () => {
    const r = await load('g01-d01.txt');
    expect(r.document.to).toHaveLength(2);
    expect(r.proposals.agencies.map((a) => [a.name, a.lines])).toContainEqual(['Đồng chí Hoàng Văn Thuân - Phó Giám đốc Sở', [13]]);
  });

  it('reads the pre-2025 ministry an addressee names, not a role word', async () => {
    const r = await load('g05-d09.txt');
    expect(r.document.to.map((t) => (typeof t === 'string' ? t : t.ref))).toEqual(['bo-tnmt']);
  });
});

describe('the registry before and after the 2025 merger', () => {
  it('knows the merged ministries, their end and who took them over', async () => {
    const c = await bundledCascade();
    expect(c.agencies.get('bo-tnmt')).toMatchObject({ until: '2025-02-28', merged_into: 'bo-nnmt' });
    expect(c.agencies.get('bo-khdt')).toMatchObject({ merged_into: 'bo-tc' });
    expect(c.agencies.get('bo-nnmt')).toMatchObject({ from: '2025-03-01' });
    expect(c.agencies.get('lao-cai.stnmt')).toMatchObject({ merged_into: 'lao-cai.snnmt' });
  });

  it('reads "Sở Công Thương các tỉnh/thành phố" as the group of every province’s department', async () => {
    const c = await bundledCascade();
    const m = registryView(c).matcher.match('Sở Công Thương các tỉnh/thành phố');
    expect(m?.id).toBe('sct-cac-tinh');
    expect(c.members('sct-cac-tinh')).toContain('lao-cai.sct');
    expect(c.members('sct-cac-tinh')).not.toContain('lao-cai.syt');
  });

  it('never reads a table’s "TT" or "STT" as an agency', async () => {
    const v = registryView(await bundledCascade());
    for (const t of ['TT', 'STT']) expect(readAgencies(t, v, { fuzzy: true, province: 'lao-cai' }).hits).toEqual([]);
  });

  it('reads "UBND các tỉnh, thành phố" as the provinces’ group, not one city', async () => {
    const c = await bundledCascade();
    expect(registryView(c).matcher.match('UBND các tỉnh, thành phố')?.id).toBe('ubnd-cac-tinh');
  });
});

describe('cascade import of a folder', () => {
  it('imports a group in date order and links the later letter to the decisions it implements', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'cascade-many-'));
    const src = join(tmp, 'in');
    mkdirSync(src);
    for (const f of ['g01-d01.txt', 'g01-d03.txt', 'g01-d04.txt']) copyFileSync(`${dir}/${f}`, join(src, f));
    const out = join(tmp, 'out');
    const run = await runCli('import', src, '--out', out);
    expect(run.code).toBe(0);
    // 1883 (2025-11-06), 2867 (2026-08-17), then 5085 (2026-08-19): the report follows that order.
    const order = [...run.err.matchAll(/(g01-d0\d)\.txt: /g)].map((m) => m[1]);
    expect(order).toEqual(['g01-d03', 'g01-d04', 'g01-d01']);
    const letter = parse(readFileSync(join(out, 'g01-d01.yaml'), 'utf8')) as { implements: string[] };
    const ids = ['g01-d03', 'g01-d04'].map((f) => (parse(readFileSync(join(out, `${f}.yaml`), 'utf8')) as { id: string }).id);
    expect(letter.implements).toEqual(expect.arrayContaining(ids));
    // Task by task: "Trực tiếp chỉ đạo, tổ chức thực hiện các nhiệm vụ … được ủy quyền" carries out the delegation (Điều 1) of both decisions.
    const task1 = (letter as unknown as { body: { task?: string; implements?: string[] }[] }).body.find((n) => n.task === '1');
    expect(task1?.implements).toEqual(expect.arrayContaining(ids.map((id) => `${id}#1`)));
    // Each draft, with the drafts before it and its own proposed entries accepted, passes the loader
    // (task ids such as `2.đ` are the body's: left to the id grammar).
    const before: string[] = [];
    for (const f of ['g01-d03', 'g01-d04', 'g01-d01']) {
      const own = readdirSync(out).filter((x) => x.startsWith(`${f}.`)).map((x) => join(out, x));
      const loaded = await loadCascade(['directives/', ...before, ...own], { cache: false });
      const errors = loaded.diagnostics.filter((d) => d.severity === 'error' && d.rule !== 'schema-invalid-format');
      expect(errors.map((d) => `${d.place?.file}:${d.place?.line} ${d.rule} ${d.message.en}`)).toEqual([]);
      before.push(...own);
    }
  });

  it('refuses several letters without --out', async () => {
    const run = await runCli('import', `${dir}/g01-d01.txt`, `${dir}/g01-d03.txt`);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--out/);
  });
});
