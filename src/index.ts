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
export { bundledDirectives } from './load/discover.js';
export { cacheDirectory } from './load/cache-dir.js';
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
export { addresseesOf, type Addressee, type AddresseeCoverage, type AnswerDocument, type LevelAddressees } from './check/addressees.js';
export { followUpOf } from './check/facts.js';

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
export type { MatrixAddressee, MatrixAddressees } from './matrix/addressees.js';
export type { MatrixStamp } from './matrix/types.js';
export { matrixGrid } from './matrix/grid.js';
export type { GridCell, GridOptions, GridRow } from './matrix/grid.js';
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

// Every named type the functions and classes above take or return (test/api/public-types.test.ts keeps this whole).
export type { ParseDeadlineOptions, Verdict } from './text/deadline-types.js';
export type { BilingualText } from './text/deadline-describe.js';
export type { AgencyEntry, MatchContext } from './text/agency-match.js';
export type { ToneStyle, ControlChar } from './text/normalize.js';
export type { Rule } from './check/rule.js';
export type { ParsedConfig } from './check/config.js';
export type { ApproveResult, LinkApproval } from './check/approve.js';
export type { StylishOptions } from './report/stylish.js';
export type { Counts } from './report/counts.js';
export type { NotEvaluatedInput } from './report/check-json.js';
export type { NotEvaluatedItem, MarkdownSummary } from './report/markdown.js';
export type { SarifOptions, SarifRule } from './report/sarif.js';
export type { MatrixOptions } from './matrix/build.js';
export type { MatrixTerminalOptions } from './report/matrix-terminal.js';
export type { MatrixMarkdownOptions } from './report/matrix-markdown.js';
export type { MatrixHtmlOptions } from './report/matrix-html.js';
export type { MatrixXlsxOptions } from './report/matrix-xlsx.js';
export type { OfficialDocHeader, SignerBlock, Appendix, Picture } from './docx/layout-input.js';
export type { RenderOptions, RenderResult } from './docx/pack.js';
export type { LayoutWarning } from './docx/warnings.js';
export type { WriteOptions } from './docx/write.js';
export type { TemplateFile } from './render/template-files.js';
export type { TemplateInfo } from './render/template-set.js';
export type { Prepared, PreparedAppendix } from './render/views/document.js';
export type { LayoutParts } from './render/views/layout.js';
export type { RenderSettings, GeneratedFile } from './render/render-docx.js';
export type { KindExtras, PlannedFile } from './render/kinds.js';
export type { ImportContext } from './import/context.js';
export type { ImportTextOptions, ImportResult } from './import/import-text.js';
export type { Notebook } from './import/notes.js';
export type { Proposals } from './import/describe.js';
export type { BuiltTask } from './import/build-body.js';
export type { ScaffoldResult } from './import/scaffold.js';
export type { ReadResult } from './figures/read.js';
export type { RawTable, Cell, RawRow, FiguresData, FigureRecord, FigureProblem } from './figures/types.js';
export type { FigureContext } from './figures/validate.js';
export type { AggregateInput, GroupOf, ProgressSummary, UnitFigures, GroupFigures } from './figures/aggregate.js';
export type { FigureTarget } from './figures/target.js';
export type { ChartRow } from './figures/chart.js';
export type { ProgressReportInput, ProgressReportResult } from './batch/progress-report.js';
export type { Progress } from './batch/progress.js';
export type { ReportChart } from './render/views/bao-cao.js';
export type { BatchInput, BatchResult } from './batch/generate.js';
export type { BatchItem, BuildFn } from './batch/compile-keys.js';
export type { RecipientRegistry, RecipientsResult, Recipient } from './batch/recipients.js';
export type { CliIO, Writer } from './cli/io.js';
export type { CascadeIndex, Inherited } from './check/facts.js';
export type { CheckJsonFacts } from './report/check-json.js';
export { createCheckSession, type CheckSession, type SessionOptions, type SessionResult, type SessionAudit } from './check/session.js';
export { ReadMemo } from './load/read-memo.js';
export { KeptLoad } from './load/kept-load.js';
export type { RecheckOptions } from './check/session.js';
