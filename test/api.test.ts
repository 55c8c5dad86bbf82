import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

// The public API as a program using the package would: one entry point, the main job end to end.
describe('the public API (src/index.ts)', () => {
  it('loads and audits the bundled directives with no error', async () => {
    const { cascade, diagnostics } = await api.loadCascade(['directives/']);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const audit = api.runChecks(cascade);
    expect(audit.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(cascade.documents.length).toBeGreaterThanOrEqual(5);
  });

  it('draws a report chart from figures', async () => {
    const agencies = new Map([['p.a', { id: 'p.a', name: 'Ủy ban nhân dân xã A', variants: [], level: 'commune' as const, province: 'p' }]]);
    const summary = api.aggregate({
      records: [{ row: 2, unit: 'p.a', written: 'Xã A', staff: 10, enrolled: 5, completed: 1 }],
      date: '2026-06-30',
      agencies,
      groupOf: () => ({ id: 'p.ubnd-xa', name: 'Các xã' }),
      target: { percent: 100, by: '2026-12-31', from: '2026-04-22', source: 'ct-14-ttg#1.a' },
      total: { id: 'p.ubnd', name: 'Tỉnh P' },
    });
    const [chart] = await api.reportCharts(summary);
    expect(chart?.caption).toBe('Biểu đồ 1. Các xã: tỷ lệ hoàn thành bồi dưỡng đến ngày 30/6/2026, 1 đơn vị, 1 đơn vị chậm');
    expect(chart?.picture.widthPx).toBe(600);
  });
});
