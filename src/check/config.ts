import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { DOC_ID_SOURCE, TASK_ID_SOURCE } from '../model/task-id.js';
import type { Diagnostic, Place, Severity } from '../report/diagnostic.js';
import { placeAt } from './yaml-place.js';

/** A rule's setting in the configuration: a severity, or `off`. */
export const RuleSetting = z.enum(['off', 'info', 'warning', 'error']);
export type RuleSetting = z.infer<typeof RuleSetting>;

const RuleId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const RuleSettings = z.record(RuleId, RuleSetting);
const DocId = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/);

/** A finding accepted on purpose: the rule, where (`doc` or `doc#task`), and why. */
export const Waiver = z.strictObject({
  rule: RuleId,
  at: z.string().regex(new RegExp(`^${DOC_ID_SOURCE}(?:#${TASK_ID_SOURCE})?$`, 'u')),
  reason: z.string().trim().min(1),
});
export type Waiver = z.infer<typeof Waiver>;

/** `cascade.config.yaml`: severities, per-document overrides, and waivers. */
export const CheckConfig = z.strictObject({
  rules: RuleSettings.default({}),
  overrides: z.array(z.strictObject({ documents: z.array(DocId).min(1), rules: RuleSettings })).default([]),
  waivers: z.array(Waiver).default([]),
});
export type CheckConfig = z.infer<typeof CheckConfig>;

/** The configuration when there is no file: every rule at its default severity. */
export const DEFAULT_CONFIG: CheckConfig = { rules: {}, overrides: [], waivers: [] };

/** The name the configuration file has in a folder of documents. */
export const CONFIG_FILE = 'cascade.config.yaml';

/** A parsed configuration, the places of its waivers (for `waiver-unused`), and its problems. */
export interface ParsedConfig {
  readonly config: CheckConfig | undefined;
  readonly waiverPlaces: readonly Place[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Parses and validates a configuration file's text; problems are located diagnostics. */
export function parseConfig(text: string, file: string, ruleIds: ReadonlySet<string>): ParsedConfig {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const diagnostics: Diagnostic[] = doc.errors.map((e) => {
    const pos = counter.linePos(e.pos[0]);
    return configError({ file, line: pos.line, column: pos.col }, { vi: `Lỗi cú pháp YAML: ${e.message}`, en: `YAML syntax error: ${e.message}` });
  });
  if (diagnostics.length > 0) return { config: undefined, waiverPlaces: [], diagnostics };
  const data: unknown = doc.toJS({ maxAliasCount: 100 }) ?? {};
  const vi = CheckConfig.safeParse(data, { error: z.locales.vi().localeError });
  const en = CheckConfig.safeParse(data);
  if (!vi.success || !en.success) {
    const issues = en.error?.issues ?? [];
    (vi.error?.issues ?? []).forEach((issue, i) => {
      const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
      const place = placeAt(doc, counter, file, issue.path, key);
      const reason = issue.path.at(-1) === 'reason';
      diagnostics.push(
        configError(place, {
          vi: reason ? 'Miễn trừ cần lý do (`reason`), không để trống' : issue.message,
          en: reason ? 'A waiver needs a non-empty `reason`' : (issues[i]?.message ?? issue.message),
        }),
      );
    });
    return { config: undefined, waiverPlaces: [], diagnostics };
  }
  const config = en.data;
  const named = [
    ...Object.keys(config.rules).map((id) => ({ id, path: ['rules'] })),
    ...config.overrides.flatMap((o, i) => Object.keys(o.rules).map((id) => ({ id, path: ['overrides', i, 'rules'] }))),
    ...config.waivers.map((w, i) => ({ id: w.rule, path: ['waivers', i, 'rule'], value: true })),
  ];
  for (const { id, path, value } of named as { id: string; path: PropertyKey[]; value?: boolean }[]) {
    if (ruleIds.has(id)) continue;
    const place = placeAt(doc, counter, file, path, value ? undefined : id);
    diagnostics.push({
      rule: 'config-unknown-rule',
      severity: 'error',
      message: { vi: `Không có quy tắc \`${id}\``, en: `There is no rule \`${id}\`` },
      place,
      found: id,
      expected: { vi: 'mã một quy tắc của `cascade check`', en: 'the id of a `cascade check` rule' },
    });
  }
  const waiverPlaces = config.waivers.map((_, i) => placeAt(doc, counter, file, ['waivers', i]));
  return { config: diagnostics.length ? undefined : config, waiverPlaces, diagnostics };
}

function configError(place: Place, message: { vi: string; en: string }): Diagnostic {
  return { rule: 'config-invalid', severity: 'error', message, place };
}

/** The severity of a rule for one document after configuration, or `off`. */
export function settingFor(config: CheckConfig, rule: string, docId: string | undefined, fallback: Severity): RuleSetting {
  let setting: RuleSetting = config.rules[rule] ?? fallback;
  for (const o of config.overrides) {
    const s = o.rules[rule];
    if (s && docId !== undefined && o.documents.includes(docId)) setting = s;
  }
  return setting;
}
