import { mkdir, writeFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import { it } from 'vitest';
import { runFiles } from '../docx/run-files.js';

it('dumps', async () => {
  await mkdir('/tmp/pa/docs', { recursive: true });
  for (const f of await runFiles()) {
    await writeFile(`/tmp/pa/docs/${f.name}`, f.buffer);
    const { value } = await mammoth.extractRawText({ buffer: f.buffer });
    await writeFile(`/tmp/pa/docs/${f.name}.txt`, value.replace(/\n\n+/g, '\n'));
  }
}, 120_000);
