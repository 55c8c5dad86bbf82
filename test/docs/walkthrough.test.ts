import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturingIo } from '../helpers/run-cli.js';
import { main } from '../../src/cli/main.js';
import { cascadeCommands, yamlEdit } from './commands.js';

const README = readFileSync('README.md', 'utf8');
const DRAFTERS = readFileSync('docs/guide-drafters.md', 'utf8');
let work = '';

/** Runs one documented command in the clerk's folder, as `npx cascade …` would there. */
async function run(argv: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const io = { ...capturingIo(), cwd: work };
  const code = await main(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

/** The clerk's edit of step 2: the README's `key: value` lines replace the scaffold's. */
function edit(file: string): void {
  const lines = yamlEdit(README);
  const keys = new Set(lines.map((l) => l.slice(0, l.indexOf(':'))));
  // The README also says to delete the `unknown:` line once number, date and signer are filled in.
  const kept = readFileSync(file, 'utf8').split('\n').filter((l) => !l.startsWith('unknown:') && (!keys.has(l.slice(0, l.indexOf(':'))) || l.startsWith(' ')));
  const at = kept.findIndex((l) => l.startsWith('kind:')) + 1;
  kept.splice(at, 0, ...lines);
  writeFileSync(file, kept.join('\n'));
}

// A clerk's copy of the project: the bundled directives and the example figures, nothing else.
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'walkthrough-'));
  cpSync('directives', join(work, 'directives'), { recursive: true });
  cpSync('docs/examples', join(work, 'docs/examples'), { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the README’s walk-throughs, as written', () => {
  const commands = cascadeCommands(README);

  it('lists the commands in the order a drafter and an auditor run them', () => {
    expect(commands.map((c) => c[0])).toEqual(['--help', 'documents', 'agencies', 'scaffold', 'check', 'generate', 'generate', 'report', 'check', 'matrix']);
  });

  it('runs every command: the drafter’s five steps, then the auditor’s', async () => {
    for (const argv of commands) {
      const r = await run(argv);
      const where = `npx cascade ${argv.join(' ')}\n${r.err}`;
      if (argv[0] === 'check') {
        // The bundled folder is a sample of three provinces: the others have issued nothing, which is an error
        // once their deadlines have passed. The clerk's own letter must be clean.
        expect([0, 1], where).toContain(r.code);
        expect(r.out, where).not.toMatch(/cao-bang\.yaml\n(?:\s+\d+:\d+\s+lỗi.*\n)+/);
      } else {
        expect(r.code, where).toBe(0);
      }
      if (argv[0] === 'scaffold') edit(join(work, 'directives/documents/cao-bang.yaml'));
    }
    const written = readdirSync(join(work, 'output'));
    expect(written).toContain('cao-bang-trien-khai-ct-14-ttg.docx');
    // One form per commune and ward of Cao Bằng, in a folder of their own.
    expect(readdirSync(join(work, 'output', 'bieu-mau-cao-bang-ubnd-xa')).filter((f) => f.endsWith('.docx')).length).toBeGreaterThan(50);
    expect(written.some((f) => f.includes('bao-cao'))).toBe(true);
    expect(existsSync(join(work, 'output/ma-tran.html'))).toBe(true);
  });
});

describe('the drafters’ guide', () => {
  it('runs every command it shows', async () => {
    // Its import example reads last year's letter: here, one the tool wrote itself.
    const letters = readdirSync(join(work, 'output')).filter((f) => /^gia-lai-5900.*\.docx$/.test(f));
    if (letters.length === 0) expect((await run(['generate', 'gia-lai-5900'])).code).toBe(0);
    cpSync(join(work, 'output', 'gia-lai-5900.docx'), join(work, 'cong-van-cu.docx'));
    for (const argv of cascadeCommands(DRAFTERS)) {
      const r = await run([...argv, ...(argv.includes('--out') || argv[0] === 'scaffold' ? ['--force'] : [])]);
      const where = `npx cascade ${argv.join(' ')}\n${r.err}`;
      expect([0, 1], where).toContain(r.code);
    }
  });
});
