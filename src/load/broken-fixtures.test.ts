import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../report/diagnostic.js';
import { loadCascade } from './load-cascade.js';

const DIR = 'test/fixtures/broken';
const DIRECTIVE = 'directives/documents/ct-14-ttg.yaml';

interface Expectation {
  readonly fixture: string;
  readonly rule: string;
  readonly line: number;
  readonly column: number;
  /** The quoted text, when the finding quotes one. */
  readonly found?: string;
  /** Words the message must contain (a suggestion, the phrase). */
  readonly says?: string;
  readonly severity?: Diagnostic['severity'];
  /** File the finding is in, when not the fixture itself. */
  readonly file?: string;
  /** Other inputs the fixture needs. */
  readonly with?: readonly string[];
}

const CASES: readonly Expectation[] = [
  { fixture: 'alias-bomb', rule: 'yaml-alias-limit', line: 8, column: 36, found: '*d', says: 'CASCADE_MAX_ALIAS_EXPANSION' },
  { fixture: 'binary', rule: 'file-binary', line: 1, column: 1 },
  { fixture: 'control-char', rule: 'control-character', line: 4, column: 24, found: 'triển khai Chỉ\\u0007 thị 14', says: 'U+0007' },
  { fixture: 'dangling-parent', rule: 'unknown-task', line: 8, column: 18, found: 'ct-14-ttg#2.bb', says: '`ct-14-ttg#2.b`?' },
  { fixture: 'date-invalid', rule: 'schema-invalid-date', line: 5, column: 1, found: '2026-02-31' },
  { fixture: 'deadline-unparsed', rule: 'deadline-unparsed', line: 8, column: 5, found: 'Khi nào rảnh thì làm', says: 'Khi nào rảnh thì làm' },
  { fixture: 'document-cycle', rule: 'document-cycle', line: 6, column: 14, says: '`cycle-a` → `cycle-b` → `cycle-a`', with: [`${DIR}/support/document-cycle-partner.yaml`] },
  { fixture: 'duplicate-agency-id', rule: 'duplicate-agency-id', line: 6, column: 5, found: 'gia-lai.skhcn' },
  {
    fixture: 'duplicate-document-id',
    rule: 'duplicate-document-id',
    line: 2,
    column: 1,
    found: 'same-id',
    file: `${DIR}/support/duplicate-document-id-twin.yaml`,
    with: [`${DIR}/support/duplicate-document-id-twin.yaml`],
  },
  { fixture: 'duplicate-key', rule: 'yaml-duplicate-key', line: 5, column: 1, found: 'subject' },
  { fixture: 'duplicate-task-id', rule: 'duplicate-task-id', line: 10, column: 5, found: '2' },
  { fixture: 'empty', rule: 'file-empty', line: 1, column: 1, severity: 'warning' },
  { fixture: 'footnote-undefined', rule: 'footnote-undefined', line: 7, column: 47, found: '[^2]', says: '`[^1]`?' },
  { fixture: 'footnote-unused', rule: 'footnote-unused', line: 9, column: 3, found: '1', severity: 'warning' },
  { fixture: 'fuzzy-agency', rule: 'unknown-agency', line: 9, column: 9, found: 'Sở Khoa học và Công nghê', says: 'có phải `Sở Khoa học và Công nghệ` (`gia-lai.skhcn`)?' },
  { fixture: 'group-cycle', rule: 'group-cycle', line: 3, column: 5, says: '`gia-lai.nhom-a` → `gia-lai.nhom-b` → `gia-lai.nhom-a`' },
  { fixture: 'goal-as-parent', rule: 'unknown-task', line: 8, column: 18, found: 'ct-14-ttg#1.a', says: 'mục tiêu' },
  { fixture: 'invalid-id', rule: 'schema-invalid-format', line: 2, column: 1, found: 'Gia Lai 5900', says: '`gia-lai-5900`' },
  { fixture: 'kind-enum', rule: 'schema-invalid-value', line: 3, column: 1, found: 'cong-vn', says: '`cong-van`?' },
  { fixture: 'legacy-mojibake', rule: 'file-legacy-encoding', line: 4, column: 23, says: 'iconv -f UTF-8 -t WINDOWS-1252' },
  { fixture: 'legacy-tcvn3', rule: 'file-legacy-encoding', line: 4, column: 13, says: 'có vẻ dùng bảng mã TCVN3; chuyển bằng: iconv -f TCVN5712-1 -t UTF-8' },
  { fixture: 'multiple-documents', rule: 'yaml-syntax', line: 4, column: 1, found: '---' },
  { fixture: 'node-kind', rule: 'schema-node-kind', line: 6, column: 5, says: '`task`, `section`, `goal` hoặc `p`' },
  { fixture: 'not-applicable-no-reason', rule: 'schema-missing-key', line: 6, column: 5, says: '`reason`' },
  { fixture: 'not-applicable-unknown-task', rule: 'not-applicable-unknown-task', line: 6, column: 5, found: 'ct-14-ttg#9' },
  { fixture: 'number-unquoted', rule: 'schema-wrong-type', line: 4, column: 1, found: '5900', says: '"5900"' },
  { fixture: 'registry-unknown-merged-into', rule: 'unknown-agency', line: 7, column: 5, found: 'bo-nnmtt', says: '`bo-nnmt`?' },
  { fixture: 'registry-unknown-merged-template', rule: 'unknown-template-key', line: 8, column: 7, found: 'snmt', says: '`snnmt`?' },
  { fixture: 'registry-unknown-superior', rule: 'unknown-agency', line: 6, column: 5, found: 'gia-lai.ubdn', says: '`gia-lai.ubnd`?' },
  { fixture: 'tab-indent', rule: 'yaml-tab-indent', line: 5, column: 1, says: 'tab' },
  { fixture: 'task-cycle', rule: 'task-cycle', line: 8, column: 18, says: '`task-cycle#1` → `task-cycle#2` → `task-cycle#1`' },
  { fixture: 'task-ref-syntax', rule: 'schema-invalid-format', line: 8, column: 18, found: 'ct-14-ttg 2.b', says: '`ct-14-ttg#2.b`' },
  { fixture: 'unclosed-quote', rule: 'yaml-syntax', line: 4, column: 10, found: '"triển khai Chỉ thị 14' },
  { fixture: 'unknown-agency', rule: 'unknown-agency', line: 9, column: 12, found: 'gia-lai.skhcm', says: '`gia-lai.skhcn`' },
  { fixture: 'unknown-citation', rule: 'unknown-citation', line: 6, column: 7, found: 'qd-999-bkhcn' },
  { fixture: 'unknown-document', rule: 'unknown-document', line: 5, column: 14, found: 'ct-41-ttg', says: '`ct-14-ttg`?' },
  { fixture: 'unknown-key', rule: 'schema-unknown-key', line: 8, column: 5, found: 'dealine', says: '`deadline`?' },
];

describe('broken inputs: one finding each, at its place, nothing else', () => {
  it.each(CASES)('not-ok-$fixture.yaml → $rule at $line:$column', async (c) => {
    const file = `${DIR}/not-ok-${c.fixture}.yaml`;
    const { diagnostics } = await loadCascade([file, DIRECTIVE, ...(c.with ?? [])]);
    expect(diagnostics.map((d) => d.rule)).toEqual([c.rule]);
    const d = diagnostics[0] as Diagnostic;
    expect(d.severity).toBe(c.severity ?? 'error');
    expect(d.place).toMatchObject({ file: c.file ?? file, line: c.line, column: c.column });
    if (c.found !== undefined) expect(d.found).toBe(c.found);
    if (c.says !== undefined) expect(`${d.message.vi} ${d.message.en}`).toContain(c.says);
    expect(d.message.en).not.toBe('');
  });

  it('a file over the size limit is not read, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cascade-'));
    const file = join(dir, 'not-ok-too-large.yaml');
    writeFileSync(file, `id: too-large\nkind: cong-van\npreamble: "${'x'.repeat(1024 * 1024)}"\n`);
    const { diagnostics } = await loadCascade([file]);
    expect(diagnostics.map((d) => [d.rule, d.place?.line, d.place?.column])).toEqual([['file-too-large', 1, 1]]);
    expect(diagnostics[0]?.message.vi).toContain('1048576');
  });

  it('the size limit is an option', async () => {
    const { diagnostics } = await loadCascade([`${DIR}/not-ok-kind-enum.yaml`], { maxFileBytes: 20 });
    expect(diagnostics.map((d) => d.rule)).toEqual(['file-too-large']);
  });
});

describe('inputs that look odd but are fine', () => {
  it('accepts a UTF-8 BOM, columns counted without it', async () => {
    const { diagnostics, cascade } = await loadCascade([`${DIR}/ok-bom.yaml`]);
    expect(diagnostics).toEqual([]);
    const doc = cascade.documentsById.get('bom');
    expect(doc && cascade.locate(doc, 'kind')).toMatchObject({ line: 3, column: 1 });
  });

  it('accepts decomposed (NFD) text, stores it as NFC, and still matches agency names', async () => {
    const { diagnostics, cascade } = await loadCascade([`${DIR}/ok-nfd.yaml`]);
    expect(diagnostics).toEqual([]);
    const doc = cascade.documentsById.get('nfd-text');
    expect(doc?.subject).toBe('triển khai Chỉ thị 14'.normalize('NFC'));
    expect(doc?.subject).toBe(doc?.subject?.normalize('NFC'));
    const task = cascade.tasks.get('nfd-text#1');
    expect(task?.lead).toEqual(['gia-lai.sgddt']);
    expect(task?.coordinators).toEqual(['gia-lai.ca']);
    expect(doc && cascade.resolveAgency?.(doc.to[0] ?? '', doc)).toBe('gia-lai.skhcn');
  });
});
