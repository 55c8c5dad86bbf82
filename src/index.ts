/**
 * The public API of cascade: load the YAML model, audit the cascade, build the coverage matrix,
 * render official documents in the Decree 30/2020 layout, import letters and scaffold new ones.
 * Names are listed one by one; anything not here is internal.
 */

// The model: zod schemas and the types inferred from them.
export {
  Agency,
  AgencyLevel,
  AgencyRegistryFile,
  Group,
  Document,
  DocumentKind,
  KnownDocument,
  KnownDocumentsFile,
  Citation,
  PartialDate,
  Signer,
  Task,
  Section,
  Goal,
  Para,
  Node,
  TaskLink,
  AgencyRef,
  DeadlineField,
  TargetField,
  DOCUMENT_KINDS,
  KIND_TITLES,
} from './model/index.js';

// Loading: YAML files or folders → the cascade and every problem found, located.
export { loadCascade, type LoadOptions, type LoadResult } from './load/load-cascade.js';
export type { Cascade, TaskEntry, GoalEntry } from './load/cascade.js';
export type { Diagnostic, Severity, Place, Related, Text, Lang } from './report/diagnostic.js';

// Vietnamese text: deadlines, agency names, normalisation.
export {
  parseDeadline,
  isNoLaterThan,
  reportsAtLeastAsOften,
  describeDeadline,
  deadlineToText,
  type Deadline,
  type DeadlineResult,
} from './text/deadline.js';
export { createAgencyMatcher, type AgencyMatcher, type AgencyMatch } from './text/agency-match.js';
export { nfc, foldTone, matchKey, stripDiacritics, findControlChars } from './text/normalize.js';
export { slugify, provinceSlug, safeFileName } from './text/slug.js';

// The audit.
export { runChecks, type CheckResult, type CheckOptions, type NotEvaluated } from './check/engine.js';
export { parseConfig, CheckConfig } from './check/config.js';
export { approveLinks } from './check/approve.js';

// Reports of findings.
export { formatStylish } from './report/stylish.js';
export { formatJson, toJsonDiagnostics, type JsonDiagnostic } from './report/json.js';
export { formatCheckJson, type CheckJson } from './report/check-json.js';
export { formatMarkdown } from './report/markdown.js';
export { formatSarif } from './report/sarif.js';
export { countDiagnostics } from './report/counts.js';

// The coverage matrix.
export { buildMatrix } from './matrix/build.js';
export type { CoverageMatrix, MatrixCell, CellStatus } from './matrix/types.js';
export { formatMatrixTerminal } from './report/matrix-terminal.js';
export { formatMatrixMarkdown } from './report/matrix-markdown.js';
export { formatMatrixHtml } from './report/matrix-html.js';
export { formatMatrixXlsx } from './report/matrix-xlsx.js';

// Documents: the Decree 30 layout and the templates.
export {
  packDocx,
  packOfficialDoc,
  renderOfficialDoc,
  parseMarkdown,
  writeDocxAtomic,
  type OfficialDocInput,
} from './docx/index.js';
export { TemplateSet } from './render/template-set.js';
export { readTemplateFiles } from './render/template-files.js';
export { renderDocx } from './render/render-docx.js';
export { planKind } from './render/kinds.js';

// Import and scaffold.
export { importText } from './import/import-text.js';
export { scaffold } from './import/scaffold.js';

// Figures, batches.
export { readFiguresFile } from './figures/read.js';
export { validateFigures } from './figures/validate.js';
export { aggregate } from './figures/aggregate.js';
export { chartPages, chartView, chartSvg, chartDrawer, ChartError, type ChartPage, type ChartView } from './figures/chart.js';
export { runProgressReport, reportCharts } from './batch/progress-report.js';
export { generateBatch } from './batch/generate.js';
export { expandRecipients } from './batch/recipients.js';

// Limits on input, and interruptions of a batch (docs/limits.md).
export { LIMITS, limitOf, overLimit, type Limit, type LimitName } from './load/limits.js';
export { BatchInterruptedError, STOP_SIGNALS, watchSignals, type SignalWatch, type StopSignal } from './batch/interrupt.js';

// The CLI, callable in-process.
export { main } from './cli/main.js';
