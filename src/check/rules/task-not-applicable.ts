import { docLabel, taskLabel } from '../facts.js';
import { inScope, type Rule } from '../rule.js';

const doc = (na: string) => `id: vi-du
kind: cong-van
number: "1"
symbol: UBND-VX
issuer: gia-lai.ubnd
date: 2026-05-11
implements: [ct-14-ttg]
${na}`;

/** A task declared not applicable, shown with its reason where the audit would show a gap. */
export const taskNotApplicable: Rule = {
  id: 'task-not-applicable',
  defaultSeverity: 'info',
  meta: {
    description: {
      vi: 'Nhiệm vụ được khai báo không áp dụng ở cấp này, kèm lý do',
      en: 'A task declared not applicable at this level, with its reason',
    },
    docs: {
      why: {
        vi: 'Nhiệm vụ không áp dụng không phải là thiếu sót, nhưng người kiểm tra cần đọc lý do để chấp nhận.',
        en: 'A task that does not apply is not a gap, but an auditor reads the reason to accept it.',
      },
      ok: doc(''),
      notOk: doc('not_applicable:\n  - { task: ct-14-ttg#2.c, reason: Tỉnh đã áp dụng Khung kỹ năng số từ năm 2025. } # <-\n'),
    },
  },
  check({ scope, cascade, index, report }) {
    for (const doc of cascade.documents) {
      if (!inScope({ scope }, doc.id)) continue;
      for (const na of doc.not_applicable) {
        const parent = cascade.tasks.get(na.task);
        report({ node: na, key: 'task', at: doc.id, found: na.reason,
          related: parent ? [{ node: parent.task, message: { vi: 'nhiệm vụ không áp dụng', en: 'the task that does not apply' } }] : undefined,
          message: {
            vi: `Văn bản \`${docLabel(doc)}\` khai báo nhiệm vụ ${parent ? taskLabel(parent) : na.task} không áp dụng, lý do: \`${na.reason}\``,
            en: `\`${docLabel(doc)}\` declares ${parent ? taskLabel(parent) : na.task} not applicable, because: \`${na.reason}\``,
          } });
      }
      for (const entry of index.tasksOf(doc.id)) {
        const reason = entry.task.not_applicable;
        if (reason === undefined) continue;
        report({ node: entry.task, key: 'not_applicable', found: reason, message: {
          vi: `Nhiệm vụ ${taskLabel(entry)} được khai báo không áp dụng, lý do: \`${reason}\``,
          en: `Task ${taskLabel(entry)} is declared not applicable, because: \`${reason}\``,
        } });
      }
    }
  },
};
