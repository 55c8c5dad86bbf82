import { describe, expect, it } from 'vitest';
import type { Agency } from '../../model/agency.js';
import type { Node } from '../../model/body.js';
import type { AgencyRegistry } from '../agencies.js';
import { bodyBlocks, markerOf } from './body.js';
import { fieldLines } from './fields.js';

const agency = (id: string, name: string): Agency => ({ id, name, variants: [], level: 'department' });
const registry: AgencyRegistry = {
  agencies: new Map([['x.ca', agency('x.ca', 'Công an tỉnh')], ['x.snv', agency('x.snv', 'Sở Nội vụ')]]),
  groups: new Map(),
};

describe('markerOf', () => {
  it('prints a letter id as `b)`, a number as `2.1.`, a positional id as nothing', () => {
    expect(markerOf('2.b', undefined)).toBe('b)');
    expect(markerOf('2.1', undefined)).toBe('2.1.');
    expect(markerOf('3', undefined)).toBe('3.');
    expect(markerOf('1-2', undefined)).toBe('');
    expect(markerOf('2.b/2026', '-')).toBe('-');
  });
});

describe('fieldLines', () => {
  const task = { task: '5', text: 't', lead: ['x.ca'], coordinators: ['x.snv'], deadline: 'năm 2026' };

  it('letters the fields a), b), c) with the document’s labels and a final period', () => {
    expect(fieldLines(task, { style: 'letters', lead: 'Cơ quan thực hiện' }, registry)).toEqual([
      'a) Cơ quan thực hiện: Công an tỉnh.',
      'b) Cơ quan phối hợp: Sở Nội vụ.',
      'c) Thời gian thực hiện: Năm 2026.',
    ]);
  });

  it('prints dashes as one list, and leaves out the fields written in the text', () => {
    expect(fieldLines({ ...task, fields: { style: 'dashes', inline: ['coordinators'] } }, undefined, registry)).toEqual([
      '- Cơ quan chủ trì: Công an tỉnh.\n- Thời gian thực hiện: Năm 2026.',
    ]);
  });

  it('prints An Giang’s plain style with the deadline in bold', () => {
    expect(fieldLines({ task: '1-1', deadline: 'Trong tháng 6/2026' }, { style: 'plain', deadline: 'Thời gian hoàn thành' }, registry)).toEqual([
      'Thời gian hoàn thành: **Trong tháng 6/2026.**',
    ]);
  });
});

describe('bodyBlocks', () => {
  it('numbers a section title, a task’s lead-in, and its fields, in order', () => {
    const body: Node[] = [
      { section: '5', title: 'Bộ Công an:', items: [{ task: '5.a', text: 'Vận hành *nền tảng*.', deadline: 'Thường xuyên' }] },
      { task: '3', lead_in: 'Bộ GD&ĐT', text: 'Phối hợp.' },
    ];
    expect(bodyBlocks(body, registry, { style: 'letters', inline: [] })).toEqual([
      { heading: '5. Bộ Công an:' },
      { paragraph: 'a) Vận hành *nền tảng*.' },
      { field: 'a) Thời gian thực hiện: Thường xuyên.' },
      { paragraph: '3. Bộ GD\\&ĐT: Phối hợp.' },
    ]);
  });
});
