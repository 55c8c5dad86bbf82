import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'traps-'));
mkdirSync(join(dir, 'documents'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEAD = 'id: cao-bang-thu\nkind: cong-van\nnumber: "1"\nsymbol: UBND-VP\nissuer: cao-bang.ubnd\ndate: 2026-05-20\nimplements: [ct-14-ttg]\n';

/** Writes one letter of Cao Bằng with `body` after a correct header and validates it. */
async function validate(name: string, yaml: string, lang = 'vi'): Promise<{ code: number; out: string }> {
  const file = join(dir, 'documents', `${name}.yaml`);
  writeFileSync(file, yaml);
  const r = await runCli('validate', file, '--lang', lang);
  return { code: r.code, out: r.out.replace(`${file}\n`, '') };
}

describe('the YAML traps of a clerk’s first hour', () => {
  it('names a text with ": " left unquoted and shows it quoted', async () => {
    const r = await validate('colon', `${HEAD}body:\n  - task: "1"\n    text: Triển khai: học trên nền tảng\n`);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      '10:11  lỗi  Nội dung của `text` có dấu `:` và dấu cách: đặt nội dung có dấu \':\' trong dấu nháy, ví dụ text: "Triển khai: học trên nền tảng"  yaml-colon-in-text',
    );
  });

  it('places a collection written as a key ("? [a, b]") on its line, with no warning of Node’s own', async () => {
    const warnings: string[] = [];
    const listen = (w: Error): void => void warnings.push(w.message);
    process.on('warning', listen);
    try {
      const r = await validate('collection-key', `${HEAD}? [a, b]\n: c\nbody: []\n`);
      await new Promise((done) => setImmediate(done));
      expect(r.code).toBe(1);
      expect(r.out).toContain('8:3  lỗi  Khóa không được phép ở đây: `[ a, b ]`  schema-unknown-key');
      expect(warnings.filter((m) => m.includes('collection values'))).toEqual([]);
    } finally {
      process.off('warning', listen);
    }
  });

  it('says in English what to write when --lang en', async () => {
    const r = await validate('colon-en', `${HEAD}body:\n  - task: "1"\n    text: Triển khai: học trên nền tảng\n`, 'en');
    expect(r.out).toContain('The value of `text` holds a `:` followed by a space: put text containing \':\' in quotes, e.g. text: "Triển khai: học trên nền tảng"');
  });

  it('names a key written without its colon, wholly in Vietnamese', async () => {
    const r = await validate('no-colon', 'id: cao-bang-thu2\nkind: cong-van\nissuer cao-bang.ubnd\n');
    expect(r.code).toBe(1);
    expect(r.out).toContain('3:1  lỗi  Thiếu dấu `:` sau khóa `issuer`: viết `issuer: cao-bang.ubnd`  yaml-missing-colon');
    expect(r.out).not.toMatch(/yaml: |Implicit map keys/);
  });

  it('finds a name whose comma split it in two items of a list', async () => {
    const r = await validate('comma', `${HEAD}to: [ UBND các xã, phường ]\nbody:\n  - task: "1"\n    text: x\n    lead: [UBND các xã]\n    deadline: Năm 2026\n`);
    expect(r.code).toBe(1);
    expect(r.out).toContain('8:7  lỗi  Tên `UBND các xã, phường` có dấu phẩy nên bị tách thành hai mục: tên có dấu phẩy phải đặt trong dấu nháy, ví dụ ["UBND các xã, phường"]  agency-name-split');
    expect(r.out).not.toContain('`phường`');
  });

  it('knows "UBND các xã" and "UBND cấp xã" as the province’s communes', async () => {
    const r = await validate('communes', `${HEAD}to: [UBND cấp xã]\nbody:\n  - task: "1"\n    text: x\n    lead: [UBND các xã]\n    deadline: Năm 2026\n`);
    expect(r.out).toMatch(/^✔ \d+ văn bản: không có lỗi nào\n$/);
    expect(r.code).toBe(0);
  });

  it('reports a file’s schema, agency and deadline errors in one run', async () => {
    const r = await validate('all-at-once', `${HEAD}bogus: 1\nbody:\n  - task: "1"\n    text: x\n    lead: [Sở Ngoại giao vũ trụ]\n    deadline: sớm nhất có thể\n`);
    expect(r.out).toMatch(/schema-unknown-key/);
    expect(r.out).toMatch(/unknown-agency/);
    expect(r.out).toMatch(/deadline-unparsed/);
  });

  it('says an agency abolished in 2025 was merged into another', async () => {
    const r = await validate('merged', `${HEAD}to: [Sở Thông tin và Truyền thông]\nbody:\n  - task: "1"\n    text: x\n    lead: [Sở Kế hoạch và Đầu tư]\n    deadline: Năm 2026\n`);
    expect(r.out).toMatch(/ 8:6 +cảnh báo {2}Sở Thông tin và Truyền thông đã hợp nhất vào Sở Khoa học và Công nghệ; văn bản ban hành sau đó ghi tên cơ quan hiện nay {2}agency-merged\n/);
    expect(r.out).toMatch(/ 12:12 +cảnh báo {2}Sở Kế hoạch và Đầu tư đã hợp nhất vào Sở Tài chính; văn bản ban hành sau đó ghi tên cơ quan hiện nay {2}agency-merged\n/);
  });

  it('says the district level ended when a letter names a huyện', async () => {
    const r = await validate('district', `${HEAD}to: [UBND huyện Bảo Lạc]\n`);
    expect(r.code).toBe(1);
    expect(r.out).toContain('8:6  lỗi  Không tìm thấy cơ quan `UBND huyện Bảo Lạc` trong danh mục: cấp huyện đã kết thúc hoạt động từ ngày 01/7/2025; giao cho Ủy ban nhân dân xã, phường (hoặc một sở) thay thế  unknown-agency');
  });
});
