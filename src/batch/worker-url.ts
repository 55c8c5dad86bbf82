import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The worker's script. Built code finds `worker.js` beside this file. Tests run the TypeScript
 * sources, which a worker thread cannot load on Node 20, so they use the build's copy (`npm test`
 * builds first).
 */
export function workerUrl(): URL {
  const beside = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  const built = new URL('../../dist/src/batch/worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  throw new Error('batch worker not found: run `npm run build` first / chưa biên dịch: chạy `npm run build`');
}
