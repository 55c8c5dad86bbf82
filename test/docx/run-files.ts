import { runChecks } from '../../src/check/engine.js';
import { buildMatrix } from '../../src/matrix/build.js';
import { planRun } from '../../src/render/plan-run.js';
import { renderDocx, type GeneratedFile } from '../../src/render/render-docx.js';
import { bundled } from './seeds.js';

let all: Promise<GeneratedFile[]> | undefined;

/** Every document the main job writes for the bundled directives, rendered once per test file. */
export function runFiles(): Promise<GeneratedFile[]> {
  all ??= (async () => {
    const { cascade, templates } = await bundled();
    const check = runChecks(cascade);
    const planned = planRun(cascade, check, buildMatrix(cascade, check.diagnostics));
    return Promise.all(planned.map((p) => renderDocx(p.name, p.kind, p.prepared, { templates })));
  })();
  return all;
}
