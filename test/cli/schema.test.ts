import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('the JSON Schema of a document file', () => {
  it('is shipped as `cascade schema` makes it from the zod schemas and the registry (run `npm run schema` after a model change)', async () => {
    const r = await runCli('schema');
    expect(r.code).toBe(0);
    expect(readFileSync('directives/schema/document.schema.json', 'utf8')).toBe(r.out);
  });

  it('describes every key of a document and offers the registry’s agency ids where an agency is named', async () => {
    const schema = JSON.parse((await runCli('schema')).out) as { properties: Record<string, unknown>; $defs: { agencyIds: { examples: string[] } } };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['id', 'kind', 'issuer', 'to', 'body', 'follow_up']));
    expect(schema.$defs.agencyIds.examples).toEqual(expect.arrayContaining(['cao-bang.ubnd', 'bo-nv', 'gia-lai.ubnd-xa']));
    expect(JSON.stringify(schema.properties['issuer'])).toContain('#/$defs/agencyIds');
  });

  it('is named on the first line of a scaffolded letter, relative to where it is written', async () => {
    const r = await runCli('scaffold', '--from', 'ct-14-ttg', '--for', 'Cao Bằng');
    expect(r.out.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/document.schema.json');
  });

  it('is named on the first line of an imported draft', async () => {
    const r = await runCli('import', 'test/fixtures/seeds/000_09742a9cfefc7afd.txt');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/document.schema.json');
  });
});
