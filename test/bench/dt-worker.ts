/**
 * A worker thread of the docxtemplater baseline: the same job as ours (fill one field, write the file
 * atomically without a flush), done the way docxtemplater documents it — a fresh PizZip and
 * Docxtemplater per document, `render`, then `generate` with DEFLATE.
 */
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { writeDocxAtomic } from '../../src/docx/write.js';

interface Setup {
  readonly template: Uint8Array;
  readonly outDir: string;
}
interface Chunk {
  readonly id: number;
  readonly items: readonly { readonly fileName: string; readonly name: string }[];
}

const port = parentPort;
if (!port) throw new Error('not a worker');
const setup = workerData as Setup;
port.on('message', (chunk: Chunk) => {
  void (async () => {
    let bytes = 0;
    for (const item of chunk.items) {
      const doc = new Docxtemplater(new PizZip(setup.template), { paragraphLoop: true, linebreaks: true });
      doc.render({ name: item.name });
      const data = doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
      await writeDocxAtomic(join(setup.outDir, item.fileName), data, { sync: false });
      bytes += data.length;
    }
    port.postMessage({ type: 'done', id: chunk.id, count: chunk.items.length, bytes });
  })();
});
port.postMessage({ type: 'ready' });
