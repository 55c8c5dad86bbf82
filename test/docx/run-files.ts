import { runChecks } from '../../src/check/engine.js';
import { buildMatrix } from '../../src/matrix/build.js';
import { planKind } from '../../src/render/kinds.js';
import { planRun } from '../../src/render/plan-run.js';
import { renderDocx, type GeneratedFile } from '../../src/render/render-docx.js';
import { bundled } from './seeds.js';

let all: Promise<GeneratedFile[]> | undefined;

/** Figures of a six-monthly report, as `--data` gives them. */
export const FIGURES = {
  period: '6 tháng đầu năm 2026',
  asOf: '17 giờ 00 phút ngày 26/6/2026',
  rows: [
    { unit: 'Sở Khoa học và Công nghệ', staff: 120, enrolled: 118, completed: 101 },
    { unit: 'Sở Giáo dục và Đào tạo', staff: 25_400, enrolled: 24_100, completed: 19_870 },
    { unit: 'Công an tỉnh', staff: 3_950, enrolled: 3_950, completed: 3_702 },
  ],
};

/**
 * Every document the main job writes for the bundled directives, and the two reports it does not
 * write (Gia Lai's with figures, the HCMC department's blank): every kind, rendered once per test file.
 */
export function runFiles(): Promise<GeneratedFile[]> {
  all ??= (async () => {
    const { cascade, templates } = await bundled();
    const check = runChecks(cascade);
    const doc = (id: string) => {
      const d = cascade.documentsById.get(id);
      if (!d) throw new Error(`no ${id}`);
      return d;
    };
    const planned = [
      ...planRun(cascade, check, buildMatrix(cascade, check.diagnostics)),
      ...planKind('bao-cao', doc('gia-lai-5900'), cascade, { figures: FIGURES }),
      ...planKind('bao-cao', doc('hcm-sgddt-draft-2026'), cascade),
    ];
    return Promise.all(planned.map((p) => renderDocx(p.name, p.kind, p.prepared, { templates })));
  })();
  return all;
}
