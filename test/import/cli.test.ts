import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCascade } from '../../src/load/load-cascade.js';
import { Document } from '../../src/model/document.js';
import { runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'cascade-import-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = runCli;

function file(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

const SEED = 'test/fixtures/seeds/000_09742a9cfefc7afd.txt';

describe('cascade import', () => {
  it('prints a draft that the model accepts, and reports what it read on stderr', async () => {
    const r = await run('import', SEED);
    expect(r.code).toBe(0);
    const doc = Document.parse(parse(r.out));
    expect(doc.id).toBe('gia-lai-5900');
    expect(r.out).toMatch(/^# yaml-language-server: \$schema=\S+\n# Bản nháp nhập từ 000_09742a9cfefc7afd\.txt/);
    expect(r.err).toContain('gia-lai-5900 (cong-van) — 7 nhiệm vụ, 1 mục, 7 liên kết nhiệm vụ cấp trên → stdout');
  });

  it('speaks English with --lang en', async () => {
    const r = await run('import', SEED, '--lang', 'en');
    expect(r.out).toMatch(/^# yaml-language-server: \$schema=\S+\n# Draft imported from/);
    expect(r.err).toContain('7 tasks, 1 sections, 7 parent links');
  });

  it('writes --out and the proposals beside it, and will not overwrite without --force', async () => {
    const out = join(tmp, 'cao-bang.yaml');
    const first = await run('import', 'test/fixtures/import/cao-bang-cong-van.txt', '--out', out);
    expect(first.code).toBe(0);
    expect(Document.parse(parse(readFileSync(out, 'utf8'))).id).toBe('cao-bang-1234');
    const proposals = parse(readFileSync(join(tmp, 'cao-bang.proposals.yaml'), 'utf8')) as { agencies: { name: string }[] };
    expect(proposals.agencies.map((a) => a.name)).toEqual(['Trung tâm Phục vụ hành chính công tỉnh']);
    // The TM. line above KT. is now part of the signer (`above`), so nothing is left unplaced.
    expect(first.err).not.toContain('không xếp được');
    expect(parse(readFileSync(out, 'utf8')).signer.above).toEqual(['TM. ỦY BAN NHÂN DÂN']);
    const again = await run('import', 'test/fixtures/import/cao-bang-cong-van.txt', '--out', out);
    expect(again.code).toBe(2);
    expect(again.err).toContain('tệp đã có');
    expect((await run('import', 'test/fixtures/import/cao-bang-cong-van.txt', '--out', out, '--force')).code).toBe(0);
  });

  it('writes a draft that loads without error together with its proposals', async () => {
    const dir = mkdtempSync(join(tmp, 'load-'));
    expect((await run('import', 'test/fixtures/import/ca-mau-so-y-te.txt', '--out', join(dir, 'ca-mau.yaml'))).code).toBe(0);
    const { cascade, diagnostics } = await loadCascade(['directives/registry', 'directives/documents/ct-14-ttg.yaml', dir]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(cascade.groups.get('ca-mau.syt-dv')?.rule).toEqual({ level: ['unit'], superior: 'ca-mau.syt' });
    expect(cascade.documentsById.get('ca-mau-syt-456')?.to).toEqual([{ ref: 'ca-mau.syt-dv', as: 'Thủ trưởng các đơn vị trực thuộc Sở Y tế' }]);
  });

  it('accepts NFD text and says it normalised it', async () => {
    const nfd = file('nfd.txt', readFileSync(SEED, 'utf8').normalize('NFD'));
    const r = await run('import', nfd);
    expect(r.code).toBe(0);
    expect(r.err).toContain('NFD');
    expect(Document.parse(parse(r.out)).body.length).toBe(5);
  });
});

describe('cascade import: bad input gives one clear line and exit 2 (1 when nothing is recognised)', () => {
  const cases: [string, string | Uint8Array, RegExp][] = [
    ['empty.txt', '', /empty\.txt:1:1: Tệp rỗng/],
    ['blank.txt', '\n  \n\t\n', /blank\.txt:1:1: Tệp không có chữ nào/],
    // A PNG renamed .txt: its first NUL byte is on line 3, after the \r\n and \n of the signature.
    ['binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), /binary\.txt:3:1: Tệp không phải văn bản/],
    ['fake.docx', 'Số: 1/UBND-VX\n', /fake\.docx:1:1: Tệp \.docx không phải tệp Word/],
    ['old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), /old\.doc:1:1: Định dạng Word cũ \(\.doc\)/],
    ['scan.pdf', '%PDF-1.7\n%âãÏÓ\n', /scan\.pdf:1:1: Tệp PDF/],
    // TCVN3 (ABC) bytes: "Uû ban nh©n d©n tØnh Gia Lai" as the .VnTime font stores it.
    ['tcvn3.txt', Buffer.from('So: 12/UBND\nUû ban nh©n d©n tØnh Gia Lai\n', 'latin1'), /tcvn3\.txt:2:2: .*TCVN3/],
    // VNI bytes: "UÛy ban nhaân daân tænh".
    ['vni.txt', Buffer.from('UÛy ban nhaân daân tænh Gia Lai\n', 'latin1'), /vni\.txt:1:2: .*VNI/],
    // TCVN3 text that went through a Latin-1 → UTF-8 conversion: valid UTF-8, still unreadable.
    ['mojibake.txt', 'Kính gửi\nUû ban nh©n d©n tØnh Gia Lai yªu cÇu c¸c së\n', /mojibake\.txt:2:2: .*TCVN3/],
  ];
  for (const [name, content, message] of cases) {
    it(name, async () => {
      const r = await run('import', file(name, content));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err.split('\n').filter(Boolean)).toHaveLength(1);
      expect(r.out).toBe('');
    });
  }

  it('a zip that is not a Word document', async () => {
    const zip = new PizZip();
    zip.file('readme.txt', 'not a letter');
    const r = await run('import', file('archive.docx', zip.generate({ type: 'uint8array' })));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/archive\.docx:1:1: Tệp nén \(zip\) này không phải văn bản Word/);
  });

  it('a missing file', async () => {
    const r = await run('import', join(tmp, 'khong-co.txt'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/không có tệp/);
  });

  it('text with no structure of a letter: exit 1, no draft', async () => {
    const r = await run('import', file('poem.txt', 'Trăng lên đầu núi\nGió về bên sông\nMột mình ta ngồi ngắm\n'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/poem\.txt:1:1: không nhận ra cấu trúc văn bản hành chính/);
    expect(r.out).toBe('');
  });
});

describe('cascade scaffold', () => {
  it('prints the draft of a province’s letter and a one-line summary', async () => {
    const r = await run('scaffold', '--from', 'ct-14-ttg', '--for', 'cao-bang');
    expect(r.code).toBe(0);
    const doc = Document.parse(parse(r.out));
    expect(doc.issuer).toBe('cao-bang.ubnd');
    expect(r.err).toMatch(/11 nhiệm vụ \(11 liên kết tới ct-14-ttg\)/);
  });

  it('refuses an agency the document gives nothing to, with exit 2', async () => {
    const r = await run('scaffold', '--from', 'gia-lai-5900', '--for', 'an-giang.sgddt', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toContain('addresses no task');
  });
});
