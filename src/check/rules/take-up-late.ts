import { daysBetween, isFullDate, vnDate } from '../as-of.js';
import { deadlineText, docLabel, gist, linksOf, parseField, quote, taskLabel } from '../facts.js';
import { inScope, type Rule } from '../rule.js';

const doc = (date: string) => `id: vi-du
kind: cong-van
number: "1"
symbol: UBND-VX
issuer: gia-lai.ubnd
date: ${date}
implements: [ct-14-ttg]
body:
  - task: "1"
    text: Phối hợp đăng tải bộ học liệu lên nền tảng “Bình dân học vụ số”.
    lead: [gia-lai.sgddt]
    deadline: Trước ngày 31/12/2026
    implements: [ct-14-ttg#2.b/2026]
`;

/** A document issued after the deadline of a parent task it takes up: the take-up itself is late. */
export const takeUpLate: Rule = {
  id: 'take-up-late',
  defaultSeverity: 'warning',
  meta: {
    description: {
      vi: 'Văn bản ban hành sau thời hạn của nhiệm vụ cấp trên mà nó triển khai',
      en: 'A document issued after the deadline of a parent task it takes up',
    },
    docs: {
      why: {
        vi: 'Một đề xuất được yêu cầu “trước ngày 15/9/2025” mà đến 06/11/2025 mới có quyết định thì việc triển khai đã trễ, dù các nhiệm vụ trong văn bản có thời hạn hợp lệ. Số ngày trễ tính từ hạn chót của nhiệm vụ cấp trên đến ngày ban hành. Thời hạn định kỳ, thường xuyên hay “từ năm … trở đi” không có hạn chót nên không tính; nhiệm vụ phản chiếu (của Bộ) cũng không tính.',
        en: 'A proposal asked for “trước ngày 15/9/2025” and decided on 06/11/2025 was taken up late, however sound the deadlines inside the decision. The delay counts from the parent task’s last day to the date of issue. Recurring, continuous and “from year … on” deadlines have no last day and are not compared; mirrored (ministry) tasks are not either.',
      },
      ok: doc('2026-05-11'),
      notOk: doc('2027-01-20 # <-'),
    },
  },
  check({ scope, cascade, index, report }) {
    for (const d of cascade.documents) {
      if (!inScope({ scope }, d.id)) continue;
      if (!isFullDate(d.date)) continue;
      const issued = d.date;
      const seen = new Set<string>();
      for (const entry of index.tasksOf(d.id)) {
        for (const link of linksOf(cascade, entry, 'implements')) {
          const parent = link.parent;
          if (!parent || parent.doc === d || seen.has(parent.ref)) continue;
          const field = index.deadline(parent);
          if (!field) continue;
          const parsed = parseField(index, field.value);
          if (!parsed.ok || parsed.value.recurrence !== undefined || parsed.value.latest === undefined) continue;
          if (parsed.value.kind === 'from-year-on' || parsed.value.kind === 'continuous') continue;
          const late = daysBetween(parsed.value.latest, issued);
          if (late <= 0) continue;
          seen.add(parent.ref);
          const due = deadlineText(field.value);
          report({
            node: d, key: 'date', at: d.id, found: issued,
            message: {
              vi: `Văn bản \`${docLabel(d)}\` ban hành ngày ${vnDate(issued)}, trễ ${late} ngày so với thời hạn \`${due}\` (${vnDate(parsed.value.latest)}) của nhiệm vụ ${taskLabel(parent)} ${quote(gist(parent.task))} mà nó triển khai`,
              en: `\`${docLabel(d)}\` was issued on ${issued}, ${late} days after the deadline \`${due}\` (${parsed.value.latest}) of ${taskLabel(parent)} ${quote(gist(parent.task))}, which it takes up`,
            },
            expected: { vi: `ban hành trước ${vnDate(parsed.value.latest)}`, en: `issued by ${parsed.value.latest}` },
            related: [{ node: parent.task, key: 'deadline', message: { vi: 'nhiệm vụ cấp trên', en: 'the parent task' } }],
          });
        }
      }
    }
  },
};
