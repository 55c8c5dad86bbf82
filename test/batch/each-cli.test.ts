import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { MANIFEST_FILE } from '../../src/output/manifest.js';
import { capturingIo } from '../helpers/run-cli.js';

let out: string;

const io = capturingIo;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'cascade-each-cli-'));
});
afterAll(() => rm(out, { recursive: true, force: true }));

describe('cascade generate --each with --units', () => {
  it('writes one letter per unit of the given file, names with "../" and "/" kept inside the folder', async () => {
    const units = [
      { Code: '52', FullName: 'Tỉnh Gia Lai', Wards: [
        { Code: '90001', FullName: 'Xã ../../Thoát Ra' },
        { Code: '90002', FullName: 'Phường A/B' },
        { Code: '90003', FullName: 'Xã Ia Grai' },
      ] },
    ];
    const file = join(out, 'units.json');
    await writeFile(file, JSON.stringify(units));
    const dir = join(out, 'output');
    const cli = io();
    const code = await main(['generate', 'gia-lai-5900', '--kind', 'cong-van', '--each', 'gia-lai.ubnd-xa', '--units', file, '--out', dir], cli);
    expect(cli.err.join('')).toContain('cong-van: 3/3 văn bản (100%)');
    expect(code).toBe(0);
    expect(await readdir(out)).toEqual(['output', 'units.json']);
    expect(await readdir(dir)).toEqual(['cong-van-gia-lai-ubnd-xa']);
    const files = (await readdir(join(dir, 'cong-van-gia-lai-ubnd-xa'))).filter((f) => f !== MANIFEST_FILE).sort();
    expect(files).toEqual(['phuong-a-b-90002.docx', 'xa-ia-grai-90003.docx', 'xa-thoat-ra-90001.docx']);
    const { value } = await mammoth.extractRawText({ path: join(dir, 'cong-van-gia-lai-ubnd-xa', 'xa-thoat-ra-90001.docx') });
    expect(value).toContain('Kính gửi: Ủy ban nhân dân xã ../../Thoát Ra');
  });

  it('is a usage error (exit 2) for a group the registry does not have', async () => {
    const cli = io();
    const code = await main(['generate', 'gia-lai-5900', '--each', 'gia-lai.ubnd-xaa', '--out', join(out, 'x')], cli);
    expect(code).toBe(2);
    expect(cli.err.join('')).toContain('Không có nhóm hoặc cơ quan `gia-lai.ubnd-xaa` trong danh mục (có phải `gia-lai.ubnd-xa`?)');
  });
});
