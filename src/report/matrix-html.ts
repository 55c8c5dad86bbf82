import { addresseeCoverageLines, noDocumentText, silentAddressees, stampText } from './matrix-addressees.js';
import { LEVELS } from '../matrix/aggregate.js';
import { escapeXml } from '../text/escape-xml.js';
import type { CellStatus, CoverageMatrix } from '../matrix/types.js';
import type { Lang } from './diagnostic.js';
import { percentText } from './matrix-cells.js';
import { htmlData, STATUS_CODE } from './matrix-html-data.js';
import { MATRIX_SCRIPT } from './matrix-html-script.js';
import { MATRIX_CSS } from './matrix-html-style.js';
import { levelName, matrixWords, STATUS_MARK } from './matrix-labels.js';

/** Options of the HTML form. */
export interface MatrixHtmlOptions {
  readonly lang: Lang;
  /** Printed in the footer ("generated on …"); left out when absent, so output is reproducible. */
  readonly generatedAt?: string;
  /** Open with "missing only" ticked (`--missing-only`). */
  readonly missingOnly?: boolean;
  /** Open with this in the search box (`--search`). */
  readonly search?: string;
}

const UI = {
  vi: {
    missingOnly: 'Chỉ hiện ô thiếu',
    allAgencies: 'Mọi cơ quan ban hành',
    allProvinces: 'Mọi tỉnh, thành phố',
    search: 'Tìm: số văn bản, cơ quan, xã, nhiệm vụ, lý do…',
    overview: 'Theo cơ quan được giao',
    overviewHint: 'Mỗi dòng là một cơ quan được giao (tỉnh, thành phố, bộ), với văn bản của chính cơ quan đó; mỗi cột là một nhiệm vụ của văn bản gốc. Ngày cạnh ô ✗ hoặc ◐ là thời hạn của nhiệm vụ. Bấm tên tỉnh để xem từng văn bản của tỉnh (sở, xã).',
    detail: 'Chi tiết một tỉnh, thành phố',
    gaps: 'Danh sách ô chưa đạt',
    pickProvince: 'Bấm tên một tỉnh ở bảng trên (hoặc chọn ở bộ lọc) để xem từng văn bản.',
    showCommunes: 'Hiện từng xã, phường',
    hideCommunes: 'Gộp các xã, phường',
    communesAll: 'Các xã, phường, đặc khu',
    openHint: 'bấm để xem chi tiết',
    nothing: 'Không có ô nào khớp bộ lọc.',
    noMatch: 'Không tìm thấy văn bản hay nhiệm vụ nào khớp.',
    noGaps: 'Không có ô thiếu hoặc triển khai một phần khớp bộ lọc.',
    more: 'Hiện thêm (còn {n} ô)',
    counts: '{docs} văn bản · {x} ô thiếu · {p} ô một phần',
    state: 'Trạng thái',
    generated: 'Lập lúc',
  },
  en: {
    missingOnly: 'Missing only',
    allAgencies: 'Every issuer',
    allProvinces: 'Every province',
    search: 'Search: number, agency, commune, task, reason…',
    overview: 'By addressee',
    overviewHint: 'Each row is an addressee (a province, a ministry) with its own document; each column a task of the root document. The date beside a ✗ or ◐ cell is the task’s deadline. Click a province to see each of its documents (departments, communes).',
    detail: 'One province in detail',
    gaps: 'Cells not met',
    pickProvince: 'Click a province in the table above (or pick one in the filter) to see each document.',
    showCommunes: 'Show each commune',
    hideCommunes: 'Group the communes',
    communesAll: 'Communes and wards',
    openHint: 'click for details',
    nothing: 'No cell matches the filters.',
    noMatch: 'No document or task matches the search.',
    noGaps: 'No missing or partly covered cell matches the filters.',
    more: 'Show more ({n} left)',
    counts: '{docs} documents · {x} missing · {p} partly covered',
    state: 'Status',
    generated: 'Generated',
  },
} as const;

/**
 * The matrix as one self-contained HTML page (inline CSS and script, no network): an overview by
 * province, a drill-down of one province with its communes grouped until expanded, a filterable
 * list of gaps; filters for missing cells only, issuer, province and free text.
 */
export function formatMatrixHtml(m: CoverageMatrix, options: MatrixHtmlOptions): string {
  const { lang } = options;
  const w = matrixWords(lang);
  const ui = UI[lang];
  const data = htmlData(m, lang);
  const status = Object.fromEntries(Object.entries(STATUS_CODE).map(([s, code]) => [code, w.status[s as CellStatus]]));
  const payload = {
    ...data,
    communeLevel: LEVELS.indexOf('commune'),
    ui: { ...ui, status, addressee: w.addressee, noDocument: noDocumentText(lang), deadline: lang === 'vi' ? 'Thời hạn' : 'Deadline', task: w.task, coverage: w.coverage, documents: w.documents, province: w.province, document: w.document, issuer: w.issuer, localTasks: w.localTasks, reason: w.reason },
  };
  const cards = [
    card(`${percentText(m.overall, lang)} %`, `${w.overall} · ${m.columns.length} ${w.documents}`),
    ...[...m.byLevel].map(([level, cov]) => card(`${percentText(cov, lang)} %`, `${levelName(level, lang)} · ${m.columns.filter((c) => c.level === level).length} ${w.documents}`)),
  ].join('');
  const agencies = data.agencies.map(([label, n], i) => `<option value="${i}">${esc(label)} (${n})</option>`).join('');
  const provinces = data.provinces.map(([name], i) => `<option value="${i}">${esc(name)}</option>`).join('');
  const legend = (Object.keys(STATUS_MARK) as CellStatus[])
    .map((s) => `<span><span class="k c ${STATUS_CODE[s] === '.' ? 'N' : STATUS_CODE[s]}" style="display:inline-block">${STATUS_MARK[s]}</span>${esc(w.status[s])}</span>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${esc(`${w.title} — ${m.root.label}`)}</title>
<style>${MATRIX_CSS}</style>
</head>
<body>
<header>
<h1>${esc(`${w.title} — ${m.root.label}`)}</h1>
<p class="sub">${esc(m.root.subject ?? '')}</p>
${stampText(m, lang) ? `<p class="sub" id="stamp">${esc(stampText(m, lang) ?? '')}</p>` : ''}
${addresseeCoverageLines(m, lang).map((l) => `<p class="coverage"><b>${esc(l)}</b></p>`).join('\n')}
<div class="cards">${cards}</div>
</header>
<div class="controls" role="search">
<label class="toggle"><input type="checkbox" id="missing-only"${options.missingOnly ? ' checked' : ''}> ${esc(ui.missingOnly)}</label>
<select id="agency" aria-label="${esc(w.issuer)}"><option value="">${esc(ui.allAgencies)}</option>${agencies}</select>
<select id="province" aria-label="${esc(w.province)}"><option value="">${esc(ui.allProvinces)}</option>${provinces}</select>
<input type="search" id="q" placeholder="${esc(ui.search)}" aria-label="${esc(ui.search)}"${options.search ? ` value="${esc(options.search)}"` : ''}>
<span id="count"></span>
</div>
<main>
<h2>${esc(ui.overview)}</h2>
<p class="sub">${esc(ui.overviewHint)}</p>
<div class="legend">${legend}</div>
<section id="overview"></section>
<section id="detail"></section>
${silentSection(m, lang)}
<h2>${esc(ui.gaps)}</h2>
<section id="gaps"></section>
</main>
<footer>
<p>${esc(w.formula)}</p>
<p>${esc(w.dueNote)} ${esc(w.columnsKey)}: ↗ = ${esc(w.mirrorRow)}.${options.generatedAt ? ` ${esc(ui.generated)} ${esc(options.generatedAt)}.` : ''}</p>
</footer>
<script type="application/json" id="matrix-data">${jsonForScript(payload)}</script>
<script>${MATRIX_SCRIPT}</script>
</body>
</html>
`;
}

/** The addressees without a document: a table, one row each, ✗ chưa có văn bản, what they owe, by when. */
function silentSection(m: CoverageMatrix, lang: Lang): string {
  const list = silentAddressees(m);
  if (list.length === 0) return '';
  const vi = lang === 'vi';
  const head = (vi ? ['Cơ quan', 'Văn bản', 'Phải thực hiện', 'Thời hạn sớm nhất'] : ['Addressee', 'Document', 'Owes', 'Earliest deadline']).map((h) => `<th>${esc(h)}</th>`).join('');
  const rows = list
    .map((a) => `<tr><td>${esc(a.name)}</td><td class="c X">${STATUS_MARK.missing} ${esc(noDocumentText(lang))}</td><td>${esc(a.owed.join(', '))}</td><td>${esc(a.due ? `${a.due.text} (${a.due.task})` : '—')}</td></tr>`)
    .join('\n');
  // The grid above has their rows already: the list stays folded, for copying.
  return `<details id="silent"><summary><h2>${esc(vi ? 'Cơ quan được giao chưa có văn bản' : 'Addressees without a document')} (${list.length})</h2></summary>\n<table class="silent"><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table></details>`;
}

function card(value: string, label: string): string {
  return `<div class="card"><b>${esc(value)}</b><span>${esc(label)}</span></div>`;
}

const esc = escapeXml;

/** JSON that cannot close its script element or open a comment: `<` is written as `\u003c`. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
