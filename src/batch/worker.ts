import { parentPort, workerData } from 'node:worker_threads';
import { createWorkRunner, type WorkSetup } from './job.js';
import type { FromWorker, ToWorker } from './protocol.js';

// A worker thread of a batch: opens the compiled templates once, then makes the chunks it is sent.
const port = parentPort;
if (!port) throw new Error('batch worker: not started as a worker thread');
const post = (m: FromWorker): void => port.postMessage(m);
const runner = await createWorkRunner(workerData as WorkSetup);
port.on('message', (m: ToWorker) => {
  runner.run(m.items).then(
    (written) => post({ type: 'done', id: m.id, count: m.items.length, written }),
    (e: unknown) => post({ type: 'failed', id: m.id, message: e instanceof Error ? e.message : String(e) }),
  );
});
post({ type: 'ready' });
