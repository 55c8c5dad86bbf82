import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckJson } from '../../report/check-json.js';
import { runCli } from '../../../test/helpers/run-cli.js';

const FIX = 'test/fixtures/rules';

const run = runCli;

async function json(...argv: string[]): Promise<CheckJson & { code: number }> {
  const { code, out } = await run('check', ...argv, '--format', 'json');
  return { ...(JSON.parse(out) as CheckJson), code };
}

const rulesOf = (r: CheckJson, severity?: string) =>
  r.findings.filter((f) => severity === undefined || f.severity === severity).map((f) => f.rule);

const tmp = mkdtempSync(join(tmpdir(), 'cascade-check-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('cascade check: exit codes', () => {
  it('exits 0 on a letter with no error or warning', async () => {
    const r = await json(`${FIX}/ok-province.yaml`);
    expect(rulesOf(r, 'error')).toEqual([]);
    expect(rulesOf(r, 'warning')).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('exits 1 on an error, located at the late deadline with the parent as related place', async () => {
    const r = await json(`${FIX}/not-ok-late-deadline.yaml`);
    expect(r.code).toBe(1);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([
      expect.objectContaining({
        rule: 'deadline-later-than-parent',
        file: `${FIX}/not-ok-late-deadline.yaml`,
        line: 23,
        column: 5,
        message: 'Thời hạn `Quý I/2027` muộn hơn thời hạn của nhiệm vụ cấp trên `Năm 2026` (14/CT-TTg 2.b/2026)',
        related: [expect.objectContaining({ file: 'directives/documents/ct-14-ttg.yaml', message: 'nhiệm vụ cấp trên' })],
      }),
    ]);
  });

  it('exits 0 on warnings, and 1 when they exceed --max-warnings', async () => {
    expect(rulesOf(await json(`${FIX}/not-ok-draft.yaml`), 'warning')).toEqual(['draft-not-issued', 'draft-not-issued']);
    expect((await run('check', `${FIX}/not-ok-draft.yaml`)).code).toBe(0);
    expect((await run('check', `${FIX}/not-ok-draft.yaml`, '--max-warnings', '1')).code).toBe(1);
    expect((await run('check', `${FIX}/not-ok-draft.yaml`, '--max-warnings', '2')).code).toBe(0);
  });

  it('exits 2 when a path does not exist or --max-warnings is not a number', async () => {
    expect((await run('check', `${FIX}/no-such.yaml`)).code).toBe(2);
    expect((await run('check', `${FIX}/ok-province.yaml`, '--max-warnings', 'nhiều')).code).toBe(2);
  });
});

describe('cascade check: --as-of and the addressees', () => {
  it('reports the 31 provinces without a letter as errors after 14/CT-TTg’s 2026 deadline (exit 1), as information before (exit 0)', async () => {
    const late = await json('directives/', '--as-of', '2027-01-05');
    expect(late.code).toBe(1);
    expect(late.findings.filter((f) => f.rule === 'document-missing' && f.severity === 'error')).toHaveLength(31);
    const early = await json('directives/', '--as-of', '2026-04-25');
    expect(early.code).toBe(0);
    expect(early.findings.filter((f) => f.rule === 'document-missing' && f.severity === 'info')).toHaveLength(31);
  });

  it('prints the day and the coverage over addressees first: 3/34 provinces', async () => {
    const { out } = await run('check', 'directives/', '--as-of', '2027-01-05');
    expect(out.split('\n').slice(0, 2)).toEqual([
      'Tính đến ngày 05/01/2027 (--as-of)',
      '14/CT-TTg — Cấp bộ: chưa đánh giá được (không có văn bản nào trong thư mục; 16 bộ được giao) · Cấp tỉnh: 3/34 tỉnh có văn bản',
    ]);
    const en = await run('check', 'directives/', '--as-of', '2027-01-05', '--lang', 'en', '--format', 'markdown');
    expect(en.out).toContain('> As of 2027-01-05 (--as-of)');
    expect(en.out).toContain('Provinces: 3/34 provinces have a document');
  });

  it('carries the day, the coverage and the body following each document up in the JSON', async () => {
    const r = await json('directives/', '--as-of', '2026-04-25');
    expect(r.asOf).toBe('2026-04-25');
    expect(r.addressees).toContainEqual({ parent: 'ct-14-ttg', parentLabel: '14/CT-TTg', level: 'province', addressees: 34, withDocument: 3, evaluated: true });
    expect(r.followUp['ct-14-ttg']).toBe('bo-nv');
    expect(r.followUp['gia-lai-5900']).toBe('bo-nv');
  });

  it('refuses a day that is not one (exit 2), quoting it', async () => {
    const bad = await run('check', 'directives/', '--as-of', '2026-02-30');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('`2026-02-30`');
  });
});

describe('cascade check: configuration', () => {
  it('keeps a waived finding, with its reason, out of the exit code', async () => {
    const config = join(tmp, 'waive.yaml');
    writeFileSync(config, 'waivers:\n  - rule: deadline-later-than-parent\n    at: "vi-du-tre-han#2"\n    reason: Tỉnh đã báo cáo Thủ tướng và được chấp thuận lùi thời hạn\n');
    const r = await json(`${FIX}/not-ok-late-deadline.yaml`, '--config', config);
    expect(r.findings.filter((f) => f.rule === 'deadline-later-than-parent').map((f) => f.waived)).toEqual([
      'Tỉnh đã báo cáo Thủ tướng và được chấp thuận lùi thời hạn',
    ]);
    expect(r.summary.waived).toBe(1);
    expect(r.code).toBe(0);
  });

  it('points at a waiver that matched nothing, in the configuration file', async () => {
    const config = join(tmp, 'stale.yaml');
    writeFileSync(config, 'waivers:\n  - rule: draft-not-issued\n    at: vi-du-khac\n    reason: Văn bản đã được thay thế\n');
    const r = await json(`${FIX}/ok-province.yaml`, '--config', config);
    expect(r.findings.filter((f) => f.rule === 'waiver-unused').map((f) => [f.file?.endsWith('stale.yaml'), f.line, f.severity])).toEqual([[true, 2, 'warning']]);
  });

  it('turns a rule off for one document', async () => {
    const config = join(tmp, 'off.yaml');
    writeFileSync(config, 'overrides:\n  - documents: [vi-du-du-thao]\n    rules: { draft-not-issued: off }\n');
    expect(rulesOf(await json(`${FIX}/not-ok-draft.yaml`, '--config', config))).not.toContain('draft-not-issued');
  });

  it('finds cascade.config.yaml in the folder it checks, and refuses a broken one with exit 2 at its place', async () => {
    const dir = mkdtempSync(join(tmp, 'folder-'));
    copyFileSync(`${FIX}/not-ok-draft.yaml`, join(dir, 'letter.yaml'));
    writeFileSync(join(dir, 'cascade.config.yaml'), 'rules:\n  draft-not-issued: loud\n');
    const { code, out } = await run('check', dir, '--lang', 'en');
    expect(code).toBe(2);
    expect(out).toMatch(/cascade\.config\.yaml\n\s+2:21\s+error\s+Invalid option/);
  });
});

describe('cascade check: formats', () => {
  it('prints stylish text with file:line:col, grouped by file, and a summary', async () => {
    const { out } = await run('check', `${FIX}/not-ok-late-deadline.yaml`);
    expect(out).toContain(`${FIX}/not-ok-late-deadline.yaml\n`);
    expect(out).toMatch(/23:5\s+lỗi\s+Thời hạn `Quý I\/2027` muộn hơn/);
    expect(out).toContain('↳ directives/documents/ct-14-ttg.yaml:');
    expect(out).toMatch(/✖ 1 lỗi, 0 cảnh báo/);
  });

  it('prints errors only with --quiet, in every format, and says what it hid; the exit code is unchanged', async () => {
    const quiet = await run('check', 'directives/', '--quiet', '--as-of', '2026-04-25');
    expect(quiet.code).toBe(0);
    // The bundled documents: no error, 8 warnings and 49 information findings, 31 of them the
    // provinces without a letter, not yet due on 25/4/2026 (changed with issue #12).
    expect(quiet.out).toContain('✔ không có lỗi (ẩn 8 cảnh báo, 49 thông tin: --quiet)');
    expect(quiet.out).not.toMatch(/^\s+\d+:\d+\s+(cảnh báo|thông tin)\s/m);
    const late = await run('check', `${FIX}/not-ok-late-deadline.yaml`, '--quiet', '--format', 'json');
    const parsed = JSON.parse(late.out) as CheckJson;
    expect(parsed.findings.length).toBeGreaterThan(0);
    expect(parsed.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(late.code).toBe(1);
  });

  it('prints Markdown: a table per document and a summary', async () => {
    const { out } = await run('check', `${FIX}/not-ok-late-deadline.yaml`, '--format', 'markdown', '--lang', 'en');
    expect(out).toContain(`## ${FIX}/not-ok-late-deadline.yaml\n\n| Place | Severity | Rule | Message |`);
    expect(out).toContain('| 23:5 | error | `deadline-later-than-parent` | Deadline `Quý I/2027` is later than the parent’s `Năm 2026` (14/CT-TTg 2.b/2026)');
  });

  it('prints SARIF 2.1.0 with the rule catalogue', async () => {
    const log = JSON.parse((await run('check', `${FIX}/not-ok-late-deadline.yaml`, '--format', 'sarif')).out);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('central-task-missing');
    expect(log.runs[0].results.find((r: { level: string }) => r.level === 'error')).toMatchObject({
      ruleId: 'deadline-later-than-parent',
      locations: [{ physicalLocation: { artifactLocation: { uri: `${FIX}/not-ok-late-deadline.yaml` }, region: { startLine: 23, startColumn: 5 } } }],
    });
  });
});

describe('cascade approve', () => {
  it('lists the suspect link, re-approves it on request, and the audit is then quiet about it', async () => {
    const file = join(tmp, 'suspect.yaml');
    copyFileSync(`${FIX}/not-ok-suspect-link.yaml`, file);
    const before = await json(file);
    expect(before.findings.filter((f) => f.rule === 'link-suspect').map((f) => [f.line, f.found])).toEqual([[19, '0123456789ab']]);

    const approved = await run('approve', file, '--task', 'vi-du-nghi-van#1');
    expect(approved.code).toBe(0);
    expect(approved.out).toContain('vi-du-nghi-van#1 implements ct-14-ttg#2.a: 974319773cf8 (trước 0123456789ab)');
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(`${FIX}/not-ok-suspect-link.yaml`, 'utf8').replace('0123456789ab', '974319773cf8'));
    expect(rulesOf(await json(file))).not.toContain('link-suspect');
  });

  it('approves every link of a real letter, changing only the link lines, after which none is unapproved', async () => {
    // The bundled letter is approved: take its fingerprints out, and approving must put them back, byte for byte.
    const bundled = readFileSync('directives/documents/gia-lai-5900.yaml', 'utf8');
    const bare = bundled.replace(/\{ task: ([^,}]+), fingerprint: [0-9a-f]{12} \}/g, '$1');
    const file = join(tmp, 'gia-lai-5900.yaml');
    writeFileSync(file, bare);
    expect(rulesOf(await json(file))).toContain('link-unapproved');
    const r = await run('approve', file, '--all');
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('Đã duyệt 7 liên kết trong 1 tệp.');
    const before = bare.split('\n');
    const after = readFileSync(file, 'utf8').split('\n');
    expect(after).toHaveLength(before.length);
    const changed = before.flatMap((line, i) => (line === after[i] ? [] : [[line.trim(), after[i]?.trim()]]));
    expect(changed).toHaveLength(7);
    for (const [was, now] of changed) expect(now).toMatch(new RegExp(`^(implements|mirrors): \\[\\{ task: ${/\[(.*)\]/.exec(was ?? '')?.[1]}, fingerprint: [0-9a-f]{12} \\}\\]$`));
    expect(after.join('\n')).toBe(bundled);
    expect(rulesOf(await json(file))).not.toContain('link-unapproved');
  });

  it('refuses to run without --task or --all', async () => {
    expect((await run('approve', `${FIX}/ok-province.yaml`)).code).toBe(2);
  });

  it('says so when every link is already approved', async () => {
    const file = join(tmp, 'ok.yaml');
    copyFileSync(`${FIX}/ok-province.yaml`, file);
    const r = await run('approve', file, '--all', '--lang', 'en');
    expect(r.out).toBe('No link needed approval.\n');
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(`${FIX}/ok-province.yaml`, 'utf8'));
  });
});
