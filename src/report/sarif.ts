import type { Diagnostic, Lang, Place, Severity, Text } from './diagnostic.js';
import type { NotEvaluatedItem } from './markdown.js';

/** What SARIF says about a rule (its `reportingDescriptor`). */
export interface SarifRule {
  readonly id: string;
  readonly description: Text;
  readonly defaultSeverity: Severity;
}

/** Options of the SARIF formatter. */
export interface SarifOptions {
  readonly lang: Lang;
  readonly rules: readonly SarifRule[];
  readonly version: string;
  /** The day the audit speaks of (`--as-of`), recorded in the run's properties. */
  readonly asOf?: string;
  /** The headline (coverage over addressees), recorded in the run's properties. */
  readonly headline?: readonly string[];
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * SARIF 2.1.0: one run of the tool `cascade`; findings as results (waived ones with an external
 * suppression and its justification), checks not evaluated as results of kind `open`.
 */
export function formatSarif(diagnostics: readonly Diagnostic[], notEvaluated: readonly NotEvaluatedItem[], options: SarifOptions): string {
  const { lang } = options;
  const rules = options.rules.map((r) => ({
    id: r.id,
    shortDescription: { text: r.description[lang] },
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
  }));
  const ruleIndex = new Map<string, number>(rules.map((r, i) => [r.id, i]));
  const ruleOf = (id: string): { ruleId: string; ruleIndex?: number } => {
    // Loader findings (`yaml-syntax`, `unknown-agency`) are rules too, without a description.
    if (!ruleIndex.has(id)) ruleIndex.set(id, rules.push({ id, shortDescription: { text: id }, defaultConfiguration: { level: 'error' } }) - 1);
    return { ruleId: id, ruleIndex: ruleIndex.get(id) };
  };
  const results = [
    ...diagnostics.map((d) => ({
      ...ruleOf(d.rule),
      level: LEVEL[d.severity],
      message: { text: d.expected ? `${d.message[lang]} (${d.expected[lang]})` : d.message[lang] },
      ...(d.place ? { locations: [location(d.place)] } : {}),
      ...(d.related ? { relatedLocations: d.related.map((r, i) => ({ id: i + 1, ...location(r.place), message: { text: r.message[lang] } })) } : {}),
      ...(d.waived !== undefined ? { suppressions: [{ kind: 'external', justification: d.waived }] } : {}),
      ...(d.found !== undefined ? { properties: { found: d.found } } : {}),
    })),
    ...notEvaluated.map((n) => ({
      ...ruleOf(n.rule),
      kind: 'open',
      level: 'none',
      message: { text: n.reason[lang] },
      ...(n.place ? { locations: [location(n.place)] } : {}),
    })),
  ];
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'cascade', version: options.version, rules } }, results, columnKind: 'utf16CodeUnits',
      ...(options.asOf !== undefined ? { properties: { asOf: options.asOf, ...(options.headline ? { headline: options.headline } : {}) } } : {}) }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function location(place: Place): { physicalLocation: object } {
  const region = {
    startLine: place.line,
    startColumn: place.column,
    ...(place.endLine !== undefined ? { endLine: place.endLine } : {}),
    ...(place.endColumn !== undefined ? { endColumn: place.endColumn } : {}),
  };
  return { physicalLocation: { artifactLocation: { uri: encodeURI(place.file.split('\\').join('/')) }, region } };
}
