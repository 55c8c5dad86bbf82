/**
 * The least any loader on this stack must do with the synthetic cascade, in a fresh process: read
 * every file, parse it with js-yaml (no places kept) and validate it with the zod schemas. No
 * registry, no links, no rules. What the 2 s target is up against; prints
 * `{ "startMs", "readMs", "parseMs", "validateMs", "wallMs", "files" }` as one JSON line.
 * Run: `node dist/test/bench/floor-once.js <folder>`.
 */
// Milliseconds since the process started (performance's time origin), before this module's imports ran.
const startMs = performance.now();
const { readFileSync } = await import('node:fs');
const { load } = await import('js-yaml');
const { discoverInputs } = await import('../../src/load/discover.js');
const { YAML_CORE_SCHEMA } = await import('../../src/load/core-schema.js');
const { classify } = await import('../../src/load/read-input.js');
const { AgencyRegistryFile } = await import('../../src/model/agency.js');
const { KnownDocumentsFile } = await import('../../src/model/citation.js');
const { Document } = await import('../../src/model/document.js');

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: floor-once <folder>\n');
  process.exit(2);
}
const t0 = performance.now();
const found = await discoverInputs([dir], dir);
const texts = found.files.map((f) => readFileSync(f.path, 'utf8'));
const t1 = performance.now();
const values = texts.map((t) => load(t, { schema: YAML_CORE_SCHEMA }));
const t2 = performance.now();
let valid = 0;
for (const v of values) {
  const kind = classify(v);
  const schema = kind === 'registry' ? AgencyRegistryFile : kind === 'known-documents' ? KnownDocumentsFile : Document;
  if (schema.safeParse(v).success) valid++;
}
const t3 = performance.now();
if (valid !== values.length) {
  process.stderr.write(`floor-once: ${values.length - valid} files failed their schema\n`);
  process.exit(1);
}
process.stdout.write(
  `${JSON.stringify({ startMs: t0, readMs: t1 - t0, parseMs: t2 - t1, validateMs: t3 - t2, wallMs: t3, files: values.length })}\n`,
);
