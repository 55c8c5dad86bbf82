import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Document as YamlDocument, isMap, isScalar, isSeq, visit } from 'yaml';
import { approveLinks } from './approve.js';
import { communeLetter } from './commune-letter.js';
import { ministryLetter, SYNTH_MINISTRIES } from './ministry-letter.js';
import { departmentLetter, SYNTH_DEPARTMENTS } from './department-letter.js';
import { planGaps, type GapCandidate, type GapCounts, type GapOrder, type SeededGap } from './gaps.js';
import { createRng } from './prng.js';
import { provinceLetter, type DocumentInput } from './province-letter.js';
import { provincesOf, UnitsFile, type SynthProvince } from './units.js';

/** Options of the national cascade generator. */
export interface NationalCascadeOptions {
  /** The administrative-units file (`directives/registry/vn-admin-units-2025.json`). */
  readonly unitsFile: string;
  readonly seed: number;
  /** Gaps to seed: a number of each kind, or a count per kind (default: none). */
  readonly gaps?: GapCounts;
  /** Only these provinces (slugs), for a reduced cascade; default every province. */
  readonly provinces?: readonly string[];
  /** At most this many communes per province (default all). */
  readonly communesPerProvince?: number;
  /** The registry folder to copy (default: the units file's folder). */
  readonly registryDir?: string;
  /** The directive, reused as is (default: `../documents/ct-14-ttg.yaml` from the registry folder). */
  readonly directiveFile?: string;
  /** Write every link approved, with its parent's fingerprint (default: as drafted, without). */
  readonly approved?: boolean;
  /** Also write the ministries' plans (default: no; the benchmark's cascade keeps its size). */
  readonly ministries?: boolean;
}

/** A generated cascade: file path (relative, `/`-separated) → text, and the answer key of its gaps. */
export interface NationalCascade {
  readonly files: Map<string, string>;
  readonly seededGaps: readonly SeededGap[];
  /** Number of documents (the directive included). */
  readonly documents: number;
  /**
   * Agencies the generator writes a letter for, those it left out on purpose (`no-document` gaps)
   * included: an addressee outside this list was never part of the synthetic model (a department
   * other than the three, a commune beyond `communesPerProvince`, a province not selected).
   */
  readonly writers: readonly string[];
}

/**
 * Generates the national cascade of 14/CT-TTg: the directive, one letter per province, letters of
 * three departments per province, and one plan or letter per commune, laid out like `directives/`
 * (`registry/`, `documents/<province>/…`). Same seed and options, same bytes.
 */
export async function generateNationalCascade(options: NationalCascadeOptions): Promise<NationalCascade> {
  const registryDir = options.registryDir ?? dirname(options.unitsFile);
  const directiveFile = options.directiveFile ?? join(registryDir, '..', 'documents', 'ct-14-ttg.yaml');
  const unitsText = await readFile(options.unitsFile, 'utf8');
  const units = UnitsFile.parse(JSON.parse(unitsText));
  const files = new Map<string, string>();
  files.set('registry/vn-admin-units-2025.json', unitsText);
  for (const name of ['agencies.yaml', 'documents.yaml', 'vn-admin-units-2025.LICENSE']) {
    const text = await readFile(join(registryDir, name), 'utf8').catch(() => undefined);
    if (text !== undefined) files.set(`registry/${name}`, text);
  }
  const directive = await readFile(directiveFile, 'utf8');
  files.set('documents/ct-14-ttg.yaml', directive);
  const provinces = selectProvinces(provincesOf(units), options);
  const built = buildLetters(provinces, options.seed, options.gaps ?? 0, options.ministries === true);
  if (options.approved) approveLinks(directive, built.docs.values());
  for (const [path, doc] of built.docs) files.set(path, toYaml(doc));
  return { files, seededGaps: built.gaps, documents: built.docs.size + 1, writers: built.writers };
}

function selectProvinces(all: readonly SynthProvince[], options: NationalCascadeOptions): SynthProvince[] {
  const wanted = options.provinces ? new Set(options.provinces) : undefined;
  const limit = options.communesPerProvince;
  return all
    .filter((p) => !wanted || wanted.has(p.slug))
    .map((p) => (limit === undefined ? p : { ...p, communes: p.communes.slice(0, limit) }));
}

/** Every letter below the directive, and the gaps written into them. Pure: same input, same output. */
export function buildLetters(
  provinces: readonly SynthProvince[],
  seed: number,
  gaps: GapCounts,
  ministries = false,
): { docs: Map<string, DocumentInput>; gaps: SeededGap[]; writers: string[] } {
  // Two streams, so that seeding more gaps does not change the text of the letters.
  const rng = createRng(seed);
  const plan = planGaps(createRng(seed ^ 0x5bd1e995), gaps, candidates(provinces, ministries));
  const docs = new Map<string, DocumentInput>();
  const seeded: SeededGap[] = [];
  const writers: string[] = [];
  // A letter left out is still built, so that the random stream, and every other letter, stays the same.
  const keep = (b: { doc: DocumentInput; file: string; gap?: SeededGap }, dropped = false): void => {
    if (typeof b.doc.issuer === 'string') writers.push(b.doc.issuer);
    if (dropped) return;
    docs.set(b.file, b.doc);
    if (b.gap) seeded.push(b.gap);
  };
  const silent = (level: 'province' | 'commune' | 'ministry', b: { doc: DocumentInput; file: string }): SeededGap => ({
    kind: 'no-document', level, file: b.file, doc: String(b.doc.id), addressee: String(b.doc.issuer),
    detail: `${String(b.doc.issuer)} issued nothing: ${b.file} left out`,
  });
  const order = (key: string): GapOrder | undefined => {
    const o = plan.get(key);
    return o?.kind === 'no-document' ? undefined : o;
  };
  const dropped = (key: string): boolean => plan.get(key)?.kind === 'no-document';
  for (const p of provinces) {
    const quiet = dropped(`province:${p.slug}`);
    const prov = provinceLetter(p, rng, order(`province:${p.slug}`));
    keep(prov, quiet);
    if (quiet) seeded.push(silent('province', prov));
    for (const dep of SYNTH_DEPARTMENTS) keep(departmentLetter(p, dep, prov.ref, rng, order(`department:${p.slug}.${dep}`)), quiet);
    for (const c of p.communes) {
      const letter = communeLetter(p, c, prov.ref, rng, order(`commune:${c.agency}`));
      const none = !quiet && dropped(`commune:${c.agency}`);
      keep(letter, quiet || none);
      if (none) seeded.push(silent('commune', letter));
    }
  }
  // The ministries' plans draw from a stream of their own: the provinces' letters stay the same.
  const mrng = createRng(seed ^ 0x27d4eb2f);
  for (const m of ministries ? SYNTH_MINISTRIES : []) {
    const letter = ministryLetter(m, mrng);
    const none = dropped(`ministry:${m}`);
    keep(letter, none);
    if (none) seeded.push(silent('ministry', letter));
  }
  return { docs, gaps: seeded, writers };
}

function candidates(provinces: readonly SynthProvince[], ministries: boolean): GapCandidate[] {
  const central = ministries ? SYNTH_MINISTRIES.map((m) => ({ id: `ministry:${m}`, level: 'ministry' as const, province: `bo:${m}` })) : [];
  return [...central, ...provinces.flatMap((p) => [
    { id: `province:${p.slug}`, level: 'province' as const, province: p.slug },
    ...SYNTH_DEPARTMENTS.map((d) => ({ id: `department:${p.slug}.${d}`, level: 'department' as const, province: p.slug })),
    ...p.communes.map((c) => ({ id: `commune:${c.agency}`, level: 'commune' as const, province: p.slug })),
  ])];
}

const HEADER = '# Văn bản tổng hợp (synthetic, src/synth), không phải văn bản thật.\n';

// Small maps written on one line, as the hand-written files do (`{ ref: …, as: …, date: … }`).
const FLOW_MAPS = new Set(['target', 'signer', 'fields']);
// Lists whose items are small maps, one per line: `- { task: …, fingerprint: … }`.
const FLOW_ITEMS = new Set(['cites', 'not_applicable', 'implements', 'mirrors']);

/** YAML in the house style: lists of ids and small maps in flow style, long paragraphs on one line. */
function toYaml(doc: DocumentInput): string {
  const clean = { ...doc, ...(doc.not_applicable?.length ? {} : { not_applicable: undefined }) };
  const y = new YamlDocument(clean);
  visit(y, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (isMap(pair.value) && FLOW_MAPS.has(key)) pair.value.flow = true;
      if (isSeq(pair.value) && FLOW_ITEMS.has(key)) for (const item of pair.value.items) if (isMap(item)) item.flow = true;
    },
    Seq(_, seq) {
      if (seq.items.every((i) => isScalar(i)) && seq.items.every((i) => String((i as { value: unknown }).value).length < 40)) seq.flow = true;
    },
  });
  // lineWidth 0: long Vietnamese paragraphs stay on one line, as the hand-written files keep them.
  return HEADER + y.toString({ lineWidth: 0, flowCollectionPadding: true });
}
