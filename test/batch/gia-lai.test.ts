import { appendFile, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateEach, type EachKind } from '../../src/batch/each.js';
import { expandRecipients, type Recipient } from '../../src/batch/recipients.js';
import { packDocx } from '../../src/docx/pack.js';
import { MANIFEST_FILE, readManifest, sha256 } from '../../src/output/manifest.js';
import type { Cascade } from '../../src/load/cascade.js';
import type { UnitProvince } from '../../src/load/units.js';
import type { Document } from '../../src/model/document.js';
import { assemble } from '../../src/render/assemble.js';
import type { TemplateSet } from '../../src/render/template-set.js';
import { prepareForm } from '../../src/render/views/bieu-mau.js';
import { prepareDocument } from '../../src/render/views/document.js';
import { bundled } from '../docx/seeds.js';

const units = JSON.parse(await readFile('directives/registry/vn-admin-units-2025.json', 'utf8')) as UnitProvince[];
const documentXml = (docx: Uint8Array): string => new PizZip(docx).file('word/document.xml')?.asText() ?? '';

let cascade: Cascade;
let templates: TemplateSet;
let doc: Document;
let recipients: readonly Recipient[];
let out: string;

beforeAll(async () => {
  ({ cascade, templates } = await bundled());
  const found = cascade.documentsById.get('gia-lai-5900');
  if (!found) throw new Error('no gia-lai-5900');
  doc = found;
  recipients = expandRecipients('gia-lai.ubnd-xa', cascade, units).recipients;
  out = await mkdtemp(join(tmpdir(), 'cascade-each-'));
});

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

// A reminder goes only to those with something to be reminded of: here every commune, as `cascade report` gives them.
const reminders = () => new Map(recipients.map((r) => [r.id, { problem: 'chưa báo cáo kết quả thực hiện' }] as const));

let runs = 0;
async function run(kind: EachKind, threads: number) {
  const dir = join(out, `${kind}-${threads}-${runs++}`);
  const result = await generateEach({ kind, doc, recipients, cascade, templates, outDir: dir, threads, reminders: reminders() });
  return { dir, result };
}

describe('generate --each gia-lai.ubnd-xa', () => {
  it('expands to the 135 communes and wards of Gia Lai', () => {
    expect(recipients).toHaveLength(135);
    expect(new Set(recipients.map((r) => r.fileName)).size).toBe(135);
    expect(recipients.find((r) => r.unit === 'Phường Quy Nhơn')).toMatchObject({ code: '21583', fileName: 'phuong-quy-nhon-21583.docx' });
  });

  it('writes 135 letters, each addressed to its own commune (read back with mammoth)', async () => {
    const { dir, result } = await run('cong-van', 0);
    expect(result).toMatchObject({ written: 135 });
    expect(result.filled).toBeGreaterThan(100);
    const files = (await readdir(dir)).filter((f) => f !== MANIFEST_FILE).sort();
    expect(files).toHaveLength(135);
    for (const r of recipients) {
      const { value } = await mammoth.extractRawText({ path: join(dir, r.fileName) });
      expect(value).toContain(`Kính gửi: ${r.name}`);
    }
  });

  it('gives each letter the same word/document.xml as the single-document path', async () => {
    const { dir } = await run('cong-van', 0);
    for (const r of recipients) {
      const single = await packDocx(assemble(prepareDocument({ ...doc, to: [r.id] }, cascade, 'cong-van'), templates).input);
      expect(documentXml(await readFile(join(dir, r.fileName)))).toBe(documentXml(single));
    }
  });

  it('writes 135 blank forms on worker threads, each with the unit’s name', async () => {
    const { dir, result } = await run('bieu-mau', 2);
    expect(result.written).toBe(135);
    expect((await readdir(dir)).filter((f) => f !== MANIFEST_FILE)).toHaveLength(135);
    for (const r of recipients) {
      const { value } = await mammoth.extractRawText({ path: join(dir, r.fileName) });
      expect(value).toContain(`Đơn vị báo cáo: ${r.name}`);
    }
  });

  it('fills every form from one compiled template per name shape, each the same word/document.xml as the single-document path', async () => {
    const { dir, result } = await run('bieu-mau', 0);
    // Nothing in the form's layout depends on the unit's name: every key compiles.
    expect(result).toMatchObject({ filled: 135, rendered: 0 });
    expect(result.notCompiled.size).toBe(0);
    for (const r of recipients) {
      const single = await packDocx(assemble(prepareForm(doc, r.id, cascade), templates).input);
      expect(documentXml(await readFile(join(dir, r.fileName)))).toBe(documentXml(single));
    }
  });

  it('replaces its own files on a re-run, and records each in the folder’s manifest', async () => {
    const { dir, result } = await run('don-doc', 0);
    // Every reminder is filled from one compiled template: its problem is a field, printed as given.
    expect(result).toMatchObject({ filled: 135, rendered: 0 });
    const manifest = await readManifest(dir);
    expect(Object.keys(manifest.files)).toHaveLength(135);
    expect(manifest.files['phuong-quy-nhon-21583.docx']?.sha256).toBe(sha256(await readFile(join(dir, 'phuong-quy-nhon-21583.docx'))));
    const again = await generateEach({ kind: 'don-doc', doc, recipients, cascade, templates, outDir: dir, threads: 0, reminders: reminders() });
    expect(again.written).toBe(135);
  });

  it('refuses and writes nothing when a file in the way was edited or is not its own', async () => {
    const { dir } = await run('don-doc', 0);
    const edited = join(dir, 'phuong-quy-nhon-21583.docx');
    await appendFile(edited, 'sửa tay');
    const other = join(dir, 'xa-an-lao-21609.docx');
    const before = await stat(other);
    await expect(generateEach({ kind: 'don-doc', doc, recipients, cascade, templates, outDir: dir, threads: 0, reminders: reminders() })).rejects.toThrow(
      /1 file\(s\) exist that the tool did not write or that were edited since/,
    );
    expect((await stat(other)).mtimeMs).toBe(before.mtimeMs);
    expect((await readFile(edited, 'utf8')).endsWith('sửa tay')).toBe(true);
    // --force replaces it.
    const forced = await generateEach({ kind: 'don-doc', doc, recipients, cascade, templates, outDir: dir, threads: 0, force: true, reminders: reminders() });
    expect(forced.written).toBe(135);
  });
});
