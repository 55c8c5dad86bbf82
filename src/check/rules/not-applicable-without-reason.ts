import { matchKey } from '../../text/normalize.js';
import { taskLabel } from '../facts.js';
import { inScope, type Rule } from '../rule.js';

const doc = (reason: string) => `id: vi-du
kind: cong-van
number: "1"
symbol: UBND-VX
issuer: gia-lai.ubnd
date: 2026-05-11
implements: [ct-14-ttg]
not_applicable:
  - task: ct-14-ttg#2.c
    ${reason}
`;

// Words that say "not applicable" again, or nothing, instead of saying why.
const PLACEHOLDERS = new Set(
  ['n/a', 'na', 'n.a', '-', '--', '—', 'x', '?', '...', '…', 'tbd', 'todo', 'none', 'not applicable', 'không',
    'không áp dụng', 'ko áp dụng', 'k áp dụng', 'không có', 'kad', 'lý do', 'chưa có', 'không rõ', 'không có lý do'].map(matchKey),
);

/** A `not_applicable` (of the document or of a task) whose reason is empty or a placeholder. */
export const notApplicableWithoutReason: Rule = {
  id: 'not-applicable-without-reason',
  defaultSeverity: 'error',
  meta: {
    description: {
      vi: 'Khai báo nhiệm vụ không áp dụng mà không nêu lý do thật',
      en: 'A task declared not applicable without a real reason',
    },
    docs: {
      why: {
        vi: 'Báo cáo kiểm tra hiển thị lý do thay cho chỗ trống; “N/A”, “không áp dụng” hay khoảng trắng không phải là lý do.',
        en: 'The audit shows the reason instead of a gap; “N/A”, “không áp dụng” or blanks are not a reason.',
      },
      ok: doc('reason: Tỉnh đã ban hành Kế hoạch riêng áp dụng Khung kỹ năng số từ năm 2025.'),
      notOk: doc('reason: "N/A" # <-'),
    },
  },
  check({ scope, cascade, index, report }) {
    const expected = { vi: 'một câu nêu vì sao nhiệm vụ không áp dụng ở cấp này', en: 'a sentence saying why the task does not apply at this level' };
    for (const doc of cascade.documents) {
      if (!inScope({ scope }, doc.id)) continue;
      for (const na of doc.not_applicable) {
        if (isReason(na.reason)) continue;
        report({ node: na, key: 'reason', at: doc.id, found: na.reason, expected, message: {
          vi: `Nhiệm vụ \`${na.task}\` được khai báo không áp dụng nhưng lý do \`${na.reason}\` không nêu vì sao`,
          en: `\`${na.task}\` is declared not applicable but the reason \`${na.reason}\` does not say why`,
        } });
      }
      for (const entry of index.tasksOf(doc.id)) {
        const reason = entry.task.not_applicable;
        if (reason === undefined || isReason(reason)) continue;
        report({ node: entry.task, key: 'not_applicable', found: reason, expected, message: {
          vi: `Nhiệm vụ ${taskLabel(entry)} được khai báo không áp dụng nhưng lý do \`${reason}\` không nêu vì sao`,
          en: `Task ${taskLabel(entry)} is declared not applicable but the reason \`${reason}\` does not say why`,
        } });
      }
    }
  },
};

function isReason(text: string): boolean {
  return /\p{L}{2,}/u.test(text) && !PLACEHOLDERS.has(matchKey(text));
}
