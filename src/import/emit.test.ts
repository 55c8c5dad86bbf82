import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Document } from '../model/document.js';
import { draftYaml, proposalsYaml } from './emit.js';
import { Notebook, tx } from './notes.js';

function draft(): { document: Document; notes: Notebook } {
  const task = { task: '1', text: 'Tuyên truyền.', lead: ['gl.ca-so-xa'], deadline: 'Thường xuyên' };
  const document: Document = {
    id: 'gl-1', kind: 'cong-van', symbol: 'UBND-VX', issuer: 'gl.ubnd', to: ['gl.ca'], implements: ['ct'], cites: [],
    body: [task, { p: 'Đoạn không xếp được.' }], footnotes: {}, not_applicable: [], distribution: ['Như trên'],
  };
  const notes = new Notebook();
  notes.note(document, tx('ký hiệu (0.80)', 'symbol (0.80)'), 'issuer');
  notes.note(task, tx('dòng 3–5: mục "1."', 'lines 3–5: item "1."'));
  notes.note(task, tx('dòng "Thời gian" (0.95)', 'line "Thời gian" (0.95)'), 'deadline');
  notes.note(task, tx('từ tiêu đề (0.90)', 'from the heading (0.90)'), 'lead');
  notes.keep({ start: 9, end: 9, text: 'Đoạn không xếp được.', why: tx('?', '?'), where: 'body' });
  return { document, notes };
}

describe('draftYaml', () => {
  it('puts a note before a node and after a one-line value, in the language asked', () => {
    const yaml = draftYaml(draft(), { source: 'a.txt', lang: 'en' });
    expect(yaml).toContain('issuer: gl.ubnd # symbol (0.80)\n');
    expect(yaml).toContain('  # lines 3–5: item "1."\n  - task: "1"\n');
    expect(yaml).toContain('    lead: [ gl.ca-so-xa ] # from the heading (0.90)\n');
    expect(yaml).toContain('    deadline: Thường xuyên # line "Thời gian" (0.95)\n');
    expect(yaml.split('\n').slice(0, 3)).toEqual([
      '# Draft imported from a.txt by `cascade import`.',
      '# Each "#" comment says where a value was read, with a confidence from 0 to 1: check it, then delete it.',
      '# 1 passage(s) could not be placed and are kept as `p`: line 9.',
    ]);
  });

  it('writes the same document the model holds, without the empty defaults', () => {
    const d = draft();
    const back = parse(draftYaml(d, { source: 'a.txt', lang: 'vi' })) as Record<string, unknown>;
    expect(back).toEqual({ ...d.document, cites: undefined, footnotes: undefined, not_applicable: undefined, distribution: ['Như trên'] } as unknown as Record<string, unknown>);
  });
});

describe('proposalsYaml', () => {
  it('writes agencies and groups as a registry file, documents as a known-documents file', () => {
    const out = proposalsYaml(
      {
        agencies: [
          { id: 'gl.tt', name: 'Trung tâm Tin học', lines: [4], province: 'gl' },
          { id: 'gl.syt-dv', name: 'các đơn vị trực thuộc Sở Y tế', lines: [6], province: 'gl', under: 'gl.syt' },
        ],
        documents: [{ id: 'qd-1-bnv', kind: 'quyet-dinh', number: '1', symbol: 'QĐ-BNV' }],
      },
      'vi',
    );
    expect(parse(out.registry ?? '')).toEqual({
      agencies: [{ id: 'gl.tt', name: 'Trung tâm Tin học', level: 'department', superior: 'gl.ubnd', province: 'gl' }],
      groups: [{ id: 'gl.syt-dv', name: 'các đơn vị trực thuộc Sở Y tế', rule: { level: ['unit'], superior: 'gl.syt' } }],
    });
    expect(out.registry).toContain('# dòng 4\n');
    expect(parse(out.documents ?? '')).toEqual({ documents: [{ id: 'qd-1-bnv', kind: 'quyet-dinh', number: '1', symbol: 'QĐ-BNV' }] });
  });
});
