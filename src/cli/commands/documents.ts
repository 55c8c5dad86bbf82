import type { PartialDate } from '../../model/index.js';
import { loadCascade } from '../../load/load-cascade.js';
import { alignColumns } from '../columns.js';
import type { CliCommand } from '../command.js';
import { EXIT } from '../io.js';
import { langOf, langOption } from '../options.js';

/** One line of the listing: a document modelled in YAML, or known only by its citation. */
interface Listed {
  readonly id: string;
  readonly kind: string;
  readonly citation: string;
  readonly date: string;
  readonly issuer: string;
  readonly status: 'modelled' | 'draft' | 'known';
}

function dateText(date: PartialDate | undefined): string {
  return date === undefined ? '' : String(date);
}

/** `cascade documents [paths]`: every document's id with its number, date and issuer, to pass to --from or generate. */
export const documentsCommand: CliCommand = {
  name: 'documents',
  register(program, ctx) {
    program
      .command('documents')
      .description('liệt kê các văn bản: mã, số, ngày, cơ quan ban hành / list the documents: id, number, date, issuer')
      .argument('[paths...]', 'tệp hoặc thư mục / files or folders', ['directives/'])
      .option('--json', 'in dạng JSON / print JSON')
      .addOption(langOption())
      .action(async (paths: string[], opts: { json?: boolean; lang?: string }) => {
        const lang = langOf(opts.lang);
        const { cascade } = await loadCascade(paths, { cwd: ctx.io.cwd, lang });
        const cite = (d: { number?: string | undefined; symbol?: string | undefined }): string => (d.symbol ? `${d.number ?? ''}/${d.symbol}` : (d.number ?? ''));
        const rows: Listed[] = [
          ...cascade.documents.map((d) => ({
            id: d.id,
            kind: d.kind,
            citation: cite(d),
            date: dateText(d.date),
            issuer: d.issuer ? (cascade.nameOf(d.issuer) ?? d.issuer) : '',
            status: d.number && d.date ? ('modelled' as const) : ('draft' as const),
          })),
          ...[...cascade.known.values()]
            .filter((k) => !cascade.documentsById.has(k.id))
            .map((k) => ({ id: k.id, kind: k.kind, citation: cite(k), date: dateText(k.date), issuer: k.issuer ? (cascade.nameOf(k.issuer) ?? k.issuer) : '', status: 'known' as const })),
        ];
        if (opts.json === true) {
          ctx.io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        } else {
          const status = { modelled: { vi: '', en: '' }, draft: { vi: 'dự thảo', en: 'draft' }, known: { vi: 'chỉ biết qua trích dẫn', en: 'known by citation only' } } as const;
          const head = lang === 'vi' ? ['mã', 'loại', 'số, ký hiệu', 'ngày', 'ghi chú', 'cơ quan ban hành'] : ['id', 'kind', 'number', 'date', 'note', 'issuer'];
          ctx.io.stdout.write(alignColumns([head, ...rows.map((r) => [r.id, r.kind, r.citation, r.date, status[r.status][lang], r.issuer])]));
        }
        ctx.setExitCode(EXIT.ok);
      });
  },
};
