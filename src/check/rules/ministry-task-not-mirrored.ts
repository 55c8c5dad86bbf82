import type { TaskEntry } from '../../load/cascade.js';
import { carriedRefs, isCarried } from '../coverage.js';
import { docLabel, gist, quote, taskLabel, PARENT_TASK } from '../facts.js';
import { counterpartOf, ministriesOf, ministryTasks, provinceOf } from '../ministry.js';
import { inScope, type Rule } from '../rule.js';

const DOC = `id: vi-du
kind: cong-van
number: "1"
symbol: UBND-VX
issuer: gia-lai.ubnd
date: 2026-05-11
implements: [ct-14-ttg]
body:
  - task: "1"
    text: Hướng dẫn sử dụng bộ học liệu kiến thức, kỹ năng số.
    lead: [gia-lai.sgddt]
    deadline: Trong tháng 6/2026
    mirrors: [ct-14-ttg#3]
`;
const more = `  - task: "2"
    text: Phối hợp vận hành, triển khai các nhiệm vụ theo hướng dẫn của các Bộ.
    lead: [gia-lai.ca]
    deadline: Năm 2026
    mirrors: [ct-14-ttg#4, ct-14-ttg#5.a, ct-14-ttg#5.b, ct-14-ttg#5.c, ct-14-ttg#6]
`;

/** A ministry's task that a province's letter gives to nobody (information: mirroring is optional). */
export const ministryTaskNotMirrored: Rule = {
  id: 'ministry-task-not-mirrored',
  defaultSeverity: 'info',
  meta: {
    description: {
      vi: 'Nhiệm vụ giao Bộ mà văn bản của tỉnh không phản chiếu cho cơ quan nào',
      en: 'A ministry’s task that the province’s letter does not mirror to any agency',
    },
    docs: {
      why: {
        vi: 'Phản chiếu nhiệm vụ của Bộ là tùy chọn, nên đây chỉ là thông tin: người kiểm tra thấy được cơ quan tương ứng ở tỉnh (Sở KH&CN, Công an tỉnh…) chưa được giao việc gì.',
        en: 'Mirroring a ministry’s task is optional, so this is information: an auditor sees which counterpart agencies of the province (Sở KH&CN, Công an tỉnh…) were given nothing.',
      },
      ok: DOC + more,
      notOk: DOC.replace('implements: [ct-14-ttg]', 'implements: [ct-14-ttg] # <-'),
    },
  },
  check({ scope, cascade, index, report }) {
    const due = new Map<string, TaskEntry[]>();
    for (const doc of cascade.documents) {
      if (!inScope({ scope }, doc.id)) continue;
      if (doc.issuer === undefined || cascade.agencies.get(doc.issuer)?.level !== 'province') continue;
      const taken = carriedRefs(index, doc, ['mirrors', 'implements']);
      doc.implements.forEach((parentId, i) => {
        const parent = cascade.documentsById.get(parentId);
        if (!parent) return;
        let tasks = due.get(parent.id);
        if (!tasks) due.set(parent.id, (tasks = ministryTasks(cascade, index, parent)));
        for (const task of tasks) {
          if (isCarried(index, task, taken)) continue;
          const ministries = ministriesOf(cascade, index, task);
          const counterpart = ministries.map((m) => counterpartOf(cascade, m, provinceOf(cascade, doc))).filter((c) => c !== undefined);
          const to = counterpart.map((c) => cascade.nameOf(c) ?? c).join(', ') || '—';
          const ministry = ministries.map((m) => cascade.nameOf(m) ?? m).join(', ');
          report({
            node: doc, key: 'implements', index: i, at: doc.id,
            related: [{ node: task.task, message: PARENT_TASK }],
            message: {
              vi: `Văn bản \`${docLabel(doc)}\` không phản chiếu nhiệm vụ ${taskLabel(task)} của ${ministry} ${quote(gist(task.task, false))}; cơ quan tương ứng: ${to}`,
              en: `\`${docLabel(doc)}\` does not mirror ${taskLabel(task)} of ${ministry} ${quote(gist(task.task, false))}; counterpart: ${to}`,
            },
            expected: {
              vi: `(tùy chọn) một nhiệm vụ \`mirrors: [${task.ref}]\` giao ${to}`,
              en: `(optional) a task with \`mirrors: [${task.ref}]\` led by ${to}`,
            },
          });
        }
      });
    }
  },
};
