import type { Node } from '../model/body.js';
import type { Lang } from '../report/diagnostic.js';
import type { Draft } from './emit.js';
import type { ImportResult } from './import-text.js';

/** Counts of what the draft holds. */
export interface DraftCounts {
  readonly tasks: number;
  readonly sections: number;
  readonly paragraphs: number;
  readonly links: number;
}

/** Counts tasks, sections, free paragraphs and parent links of the draft's body. */
export function countDraft(result: Draft): DraftCounts {
  const c = { tasks: 0, sections: 0, paragraphs: 0, links: 0 };
  const walk = (nodes: readonly Node[]): void => {
    for (const n of nodes) {
      if ('task' in n) {
        c.tasks++;
        c.links += (n.implements?.length ?? 0) + (n.mirrors?.length ?? 0);
      } else if ('section' in n) c.sections++;
      else if ('p' in n) c.paragraphs++;
      if ('items' in n && n.items) walk(n.items);
    }
  };
  walk(result.document.body);
  return c;
}

/**
 * Whether the importer recognised the text as a letter at all: a number, date, subject,
 * addressees, signature or distribution list, or numbered items.
 */
export function isRecognised(result: ImportResult): boolean {
  const d = result.document;
  const header = d.symbol !== undefined || d.date !== undefined || d.subject !== undefined || d.to.length > 0 || d.signer !== undefined || d.distribution.length > 0;
  const c = countDraft(result);
  return header || c.tasks > 0 || c.sections > 0;
}

/** The report printed after an import: what was read, what was not placed (with lines), proposals. */
export function importReport(result: ImportResult, file: string, lang: Lang, outputs: { draft: string; proposals?: string | undefined; links?: string | undefined }): string {
  const c = countDraft(result);
  const d = result.document;
  const vi = lang === 'vi';
  const lines: string[] = [];
  lines.push(
    vi
      ? `${file}: ${d.id} (${d.kind}) — ${c.tasks} nhiệm vụ, ${c.sections} mục, ${c.links} liên kết nhiệm vụ cấp trên → ${outputs.draft}`
      : `${file}: ${d.id} (${d.kind}) — ${c.tasks} tasks, ${c.sections} sections, ${c.links} parent links → ${outputs.draft}`,
  );
  const unplaced = result.notes.unplaced;
  if (unplaced.length > 0) {
    lines.push(vi ? `  không xếp được ${unplaced.length} đoạn (giữ nguyên văn trong bản nháp):` : `  ${unplaced.length} passage(s) not placed (kept as text in the draft):`);
    for (const u of unplaced) {
      const text = u.text.length > 70 ? `${u.text.slice(0, 67)}…` : u.text;
      lines.push(`    ${file}:${u.start}${u.end > u.start ? `-${u.end}` : ''}: ${text.replace(/\n/g, ' ')} (${u.why[lang]})`);
    }
  }
  for (const w of result.notes.warnings) lines.push(`  ${file}:${w.line}:${w.column}: ${vi ? 'cảnh báo' : 'warning'}: ${w.text[lang]}`);
  const p = result.proposals;
  if (p.agencies.length + p.documents.length > 0) {
    lines.push(
      vi
        ? `  đề xuất bổ sung danh mục: ${p.agencies.length} cơ quan, ${p.documents.length} văn bản → ${outputs.proposals ?? 'cuối bản nháp'}`
        : `  proposed registry entries: ${p.agencies.length} agencies, ${p.documents.length} documents → ${outputs.proposals ?? 'end of the draft'}`,
    );
  }
  const review = p.links ?? [];
  if (review.length > 0) {
    lines.push(
      vi
        ? `  liên kết nhiệm vụ cấp trên cần xem lại (dưới ngưỡng, chưa ghi): ${review.length} → ${outputs.links ?? 'cuối bản nháp'}`
        : `  parent links for review (below the threshold, not written): ${review.length} → ${outputs.links ?? 'end of the draft'}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
