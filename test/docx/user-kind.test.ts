import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'user-kind-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A kind of the user's own: a table of the letter's tasks, read as data, not as pre-formatted strings.
const TEMPLATE = `Bảng theo dõi {{data.number}}/{{data.symbol}} ({{data.dateText}}):

| Nhiệm vụ | Chủ trì | Thời hạn | Thực hiện |
|---|---|---|---|
{{#each data.tasks}}| {{id}} | {{#each leads}}{{name}}{{#unless @last}}, {{/unless}}{{/each}} | {{deadline}} | {{#each implements}}{{this}} {{/each}}|
{{/each}}
`;

describe('a template kind of the user’s own', () => {
  it('receives the tasks with their ids, leads, deadlines and links', async () => {
    const templates = join(dir, 'templates');
    mkdirSync(templates);
    writeFileSync(join(templates, 'theo-doi.md.hbs'), TEMPLATE);
    const out = join(dir, 'out');
    const r = await runCli('generate', 'gia-lai-5900', '--kind', 'theo-doi', '--templates', templates, '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const { value } = await mammoth.extractRawText({ buffer: await readFile(join(out, 'gia-lai-5900.theo-doi.docx')) });
    expect(value).toContain('Bảng theo dõi 5900/UBND-NC (ngày 11 tháng 5 năm 2026)');
    expect(value).toMatch(/\n2\.1\s+Các cơ quan, đơn vị, địa phương\s+Năm 2026\s+ct-14-ttg#2\.b\/2026\s/);
    expect(value).toMatch(/\n2\.2\s+Sở Khoa học và Công nghệ\s+Năm 2027\s+ct-14-ttg#2\.b\/2027\s/);
  });

  it('lists what it receives with cascade templates --fields', async () => {
    const r = await runCli('templates', '--fields', 'theo-doi', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('data.tasks[].leads[].id, .name  —  lead agencies');
    expect(r.out).toContain('data.tasks[].deadline  —  deadline as written');
  });
});
