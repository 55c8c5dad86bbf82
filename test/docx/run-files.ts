import { runChecks } from '../../src/check/engine.js';
import { buildMatrix } from '../../src/matrix/build.js';
import { planKind } from '../../src/render/kinds.js';
import { planRun } from '../../src/render/plan-run.js';
import { renderDocx, type GeneratedFile } from '../../src/render/render-docx.js';
import { prepareReminder } from '../../src/render/views/don-doc.js';
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
 * Every document the main job writes for the bundled directives, and what it does not write for
 * them (Gia Lai's report with figures, the HCMC department's blank one, a reminder): every kind, rendered once per test file.
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
      // The bundled letters give the main job nothing to remind of (their gaps are in drafts): a
      // reminder from Bộ Nội vụ to Gia Lai about its 2.1, as one with a finding reads.
      {
        name: 'don-doc.bo-nv.docx',
        kind: 'don-doc',
        prepared: prepareReminder(
          { sender: 'bo-nv', items: [{ agency: 'gia-lai.ubnd', sender: 'bo-nv', document: 'gia-lai-5900', task: '2.1', problem: 'chưa báo cáo kết quả thực hiện' }], date: '2026-07-15' },
          cascade,
        ),
      },
    ];
    return Promise.all(planned.map((p) => renderDocx(p.name, p.kind, p.prepared, { templates })));
  })();
  return all;
}
