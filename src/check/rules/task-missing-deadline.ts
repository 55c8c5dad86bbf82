import type { TaskEntry } from '../../load/cascade.js';
import type { Document } from '../../model/document.js';
import type { CascadeIndex } from '../facts.js';
import { docLabel, gist, linksOf, parentPlaces, quote, taskLabel } from '../facts.js';
import { inScope, type Rule, type RuleContext } from '../rule.js';

const task = (deadline: string) => `id: vi-du
kind: cong-van
number: "1"
symbol: UBND-VX
issuer: gia-lai.ubnd
date: 2026-05-11
implements: [ct-14-ttg]
body:
  - task: "1"${deadline}
    text: Xây dựng, ban hành và đăng tải chương trình, học liệu kiến thức, kỹ năng số.
    lead: [gia-lai.skhcn]
    implements: [ct-14-ttg#2.b/2027]
`;

/** Does a sub-task of the parent carry a deadline (2.b's years)? Then the parent is dated. */
function datedBelow(index: CascadeIndex, parent: TaskEntry): boolean {
  return index.childrenOf(parent).some((c) => index.deadline(c) !== undefined || datedBelow(index, c));
}

/** A cascaded task with no deadline, neither its own nor one of an enclosing task. */
export const taskMissingDeadline: Rule = {
  id: 'task-missing-deadline',
  defaultSeverity: 'warning',
  meta: {
    description: {
      vi: 'Nhiệm vụ triển khai nhiệm vụ cấp trên nhưng không có thời hạn',
      en: 'A task that implements a parent task has no deadline',
    },
    docs: {
      why: {
        vi: 'Điều 23.2 Nghị định 30/2020/NĐ-CP: khi giao việc phải nêu thời hạn. Không có thời hạn thì không kiểm tra được việc đáp ứng thời hạn của cấp trên. Thời hạn ghi ở nhiệm vụ bao nó, hoặc ở dòng phụ lục của nhiệm vụ (dòng `PL.n` dẫn chiếu nhiệm vụ, cùng thực hiện một nhiệm vụ cấp trên, hoặc được nhiệm vụ nêu “mục n Phụ lục”), cũng được tính. Khi nhiệm vụ cấp trên cũng không có thời hạn, không có gì để trễ: chỉ là thông tin.',
        en: 'Decree 30/2020, Art. 23.2: an assignment states its deadline; without one, meeting the parent’s deadline cannot be checked. A deadline on an enclosing task counts, and so does the time frame of the task’s appendix row (a `PL.n` row linked to it, implementing the same parent task, or named in its text as “mục n Phụ lục”). Where the parent has none either, nothing can be late: information only.',
      },
      ok: task('\n    deadline: Năm 2027'),
      notOk: task(' # <-'),
    },
  },
  check({ scope, cascade, index, report }) {
    for (const entry of cascade.tasks.values()) {
      if (!inScope({ scope }, entry.doc.id)) continue;
      if (entry.implements.length === 0 || entry.task.not_applicable !== undefined) continue;
      if (index.deadline(entry) !== undefined) continue;
      const children = index.childrenOf(entry);
      // A heading task whose every sub-task has its own deadline is fully dated (An Giang's 1-2).
      if (children.length > 0 && children.every((c) => index.deadline(c) !== undefined)) continue;
      const parents = linksOf(cascade, entry, 'implements');
      const names = parents.map((l) => (l.parent ? taskLabel(l.parent) : l.ref)).join(', ');
      // Under parents that set no deadline either, nothing is late: worth knowing, not a warning.
      const undated = parents.every((l) => l.parent !== undefined && index.deadline(l.parent) === undefined && !datedBelow(index, l.parent));
      report({
        node: entry.task, key: 'task',
        ...(undated ? { severity: 'info' as const } : {}),
        message: undated
          ? {
              vi: `Nhiệm vụ ${taskLabel(entry)} ${quote(gist(entry.task))} thực hiện ${names} không có thời hạn; nhiệm vụ cấp trên cũng không có`,
              en: `Task ${taskLabel(entry)} ${quote(gist(entry.task))} implements ${names} and has no deadline; neither has the parent`,
            }
          : {
              vi: `Nhiệm vụ ${taskLabel(entry)} ${quote(gist(entry.task))} thực hiện ${names} nhưng không có thời hạn`,
              en: `Task ${taskLabel(entry)} ${quote(gist(entry.task))} implements ${names} but has no deadline`,
            },
        expected: { vi: '`deadline:` thời hạn như văn bản ghi (`Năm 2026`, `Trong tháng 6/2026`)', en: '`deadline:` the phrase as written (`Năm 2026`, `Trong tháng 6/2026`)' },
        related: parentPlaces(parents),
      });
    }
    for (const doc of cascade.documents) if (inScope({ scope }, doc.id)) undatedAtTheTop(doc, index, report);
  },
};

/**
 * A document that takes up no parent and gives no task a deadline (a standing delegation, a
 * decision's permanent duties: QĐ 1894 of Lào Cai, CV 9416/VPCP-QHQT in the corpus): one piece of
 * information for the document, since there is nothing above it to be late against. A document with
 * one dated task (14/CT-TTg) is not reported: its undated tasks are the drafter's choice.
 */
function undatedAtTheTop(doc: Document, index: CascadeIndex, report: RuleContext['report']): void {
  if (doc.implements.length > 0) return;
  const tasks = index.tasksOf(doc.id).filter((e) => e.task.not_applicable === undefined);
  if (tasks.length === 0 || tasks.some((e) => e.implements.length > 0 || e.mirrors.length > 0 || index.deadline(e) !== undefined)) return;
  report({
    node: doc, key: 'id', severity: 'info',
    message: {
      vi: `Không nhiệm vụ nào trong ${tasks.length} nhiệm vụ của văn bản \`${docLabel(doc)}\` có thời hạn; văn bản không triển khai văn bản cấp trên nào nên không có gì để trễ`,
      en: `None of the ${tasks.length} tasks of \`${docLabel(doc)}\` has a deadline; the document takes up no parent, so nothing can be late`,
    },
    expected: { vi: '`deadline:` ở các nhiệm vụ có thời hạn, nếu văn bản có ghi', en: '`deadline:` on the tasks that have one, where the document gives it' },
  });
}
