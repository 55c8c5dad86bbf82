import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('options that take an agency or a document accept names', () => {
  it.each(['Cao Bằng', 'Cao Bang', 'UBND tỉnh Cao Bằng', 'Ủy ban nhân dân tỉnh Cao Bằng', 'cao-bang', 'cao-bang.ubnd'])('scaffold --for %s', async (name) => {
    const r = await runCli('scaffold', '--from', 'ct-14-ttg', '--for', name);
    expect(r.code).toBe(0);
    expect(r.err).toBe('cao-bang-trien-khai-ct-14-ttg: 11 nhiệm vụ (11 liên kết tới ct-14-ttg) → stdout\n');
  });

  it.each(['14/CT-TTg', '14/CT-TTG', 'ct-14-ttg'])('scaffold --from %s', async (from) => {
    const r = await runCli('scaffold', '--from', from, '--for', 'Cao Bằng');
    expect(r.code).toBe(0);
    expect(r.out).toContain('id: cao-bang-trien-khai-ct-14-ttg');
  });

  it('suggests the document a near miss was meant to be', async () => {
    const r = await runCli('scaffold', '--from', '14/CT-TT', '--for', 'Cao Bằng');
    expect(r.code).toBe(2);
    expect(r.err).toBe('cascade: --from: không tìm thấy `14/CT-TT`; có phải 14/CT-TTg (ct-14-ttg)? (xem danh sách: cascade documents)\n');
  });

  it('suggests the province a misspelt name was meant to be', async () => {
    const r = await runCli('scaffold', '--from', 'ct-14-ttg', '--for', 'Cao Bănggg');
    expect(r.code).toBe(2);
    expect(r.err).toBe('cascade: --for: không tìm thấy `Cao Bănggg`; có phải Ủy ban nhân dân tỉnh Cao Bằng (cao-bang.ubnd)? (xem danh sách: cascade agencies)\n');
  });

  it('says it in English with --lang en', async () => {
    const r = await runCli('scaffold', '--from', 'ct-14-ttg', '--for', 'Cao Bănggg', '--lang', 'en');
    expect(r.err).toBe('cascade: --for: `Cao Bănggg` not found; did you mean Ủy ban nhân dân tỉnh Cao Bằng (cao-bang.ubnd)? (see the list: cascade agencies)\n');
  });

  it('generates a document named by its number and symbol', async () => {
    const out = mkdtempSync(join(tmpdir(), 'find-'));
    try {
      const r = await runCli('generate', '5900/UBND-NC', '--out', out);
      expect(r.code).toBe(0);
      expect(readdirSync(out)).toContain('gia-lai-5900.docx');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('cascade agencies and cascade documents', () => {
  it('lists a province’s agencies by its name, with ids', async () => {
    const r = await runCli('agencies', '--province', 'Cao Bằng');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^mã\s+cấp\s+tên$/);
    expect(lines).toContainEqual(expect.stringMatching(/^cao-bang\.ubnd\s+province\s+Ủy ban nhân dân tỉnh Cao Bằng$/));
    expect(lines.filter((l) => l !== '' && !l.startsWith('cao-bang.') && !l.startsWith('mã'))).toEqual([]);
  });

  it('lists the groups with their member counts', async () => {
    const r = await runCli('agencies', '--groups', '--json');
    const groups = JSON.parse(r.out) as { id: string; members: number }[];
    expect(groups.find((g) => g.id === 'gia-lai.ubnd-xa')?.members).toBe(135);
  });

  it('refuses a province it does not know', async () => {
    const r = await runCli('agencies', '--province', 'Atlantis');
    expect(r).toMatchObject({ code: 2, err: 'cascade: --province: không có tỉnh `Atlantis` trong danh mục\n' });
  });

  it('lists documents with their number, date and status, drafts and citations apart', async () => {
    const r = await runCli('documents', '--json');
    const docs = JSON.parse(r.out) as { id: string; citation: string; status: string }[];
    expect(docs.find((d) => d.id === 'ct-14-ttg')).toMatchObject({ citation: '14/CT-TTg', status: 'modelled' });
    expect(docs.find((d) => d.id === 'an-giang-draft-2026-05')?.status).toBe('draft');
    expect(docs.find((d) => d.id === 'hcm-3978-ubnd-vx')?.status).toBe('known');
  });
});
