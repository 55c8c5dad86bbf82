import { gist, linksOf, parentPlaces, quote, taskLabel } from '../facts.js';
import { inScope, type Rule } from '../rule.js';

const task = (lead: string) => `id: vi-du
kind: cong-van
number: "1"
symbol: UBND-VX
issuer: gia-lai.ubnd
date: 2026-05-11
implements: [ct-14-ttg]
body:
  - task: "1"${lead}
    text: Áp dụng Khung kiến thức, kỹ năng số cơ bản để đánh giá cán bộ, công chức, viên chức.
    deadline: Thường xuyên
    implements: [ct-14-ttg#2.c]
`;

/** A cascaded task that names no lead agency, itself or through its section or enclosing task. */
export const taskMissingLead: Rule = {
  id: 'task-missing-lead',
  defaultSeverity: 'error',
  meta: {
    description: {
      vi: 'Nhiệm vụ triển khai nhiệm vụ cấp trên nhưng không giao cơ quan chủ trì',
      en: 'A task that implements a parent task names no lead agency',
    },
    docs: {
      why: {
        vi: 'Điều 23.2 Nghị định 30/2020/NĐ-CP: văn bản liên quan nhiều đơn vị phải giao rõ đơn vị chủ trì, phối hợp và thời hạn. Chủ trì có thể ghi ở nhiệm vụ, ở mục chứa nó (`lead` của section) hoặc ở nhiệm vụ bao nó.',
        en: 'Decree 30/2020, Art. 23.2: a document involving several units must name the lead unit, the coordinators and the deadline. The lead may be on the task, on its section (`lead`) or on an enclosing task.',
      },
      ok: task('\n    lead: [gia-lai.skhcn]'),
      notOk: task(' # <-'),
    },
  },
  check({ scope, cascade, index, report }) {
    for (const entry of cascade.tasks.values()) {
      if (!inScope({ scope }, entry.doc.id)) continue;
      if (entry.implements.length === 0 || entry.task.not_applicable !== undefined) continue;
      if (index.lead(entry).length > 0) continue;
      const children = index.childrenOf(entry);
      // A heading task whose every sub-task names its own lead is fully assigned.
      if (children.length > 0 && children.every((c) => index.lead(c).length > 0)) continue;
      const parents = linksOf(cascade, entry, 'implements');
      const names = parents.map((l) => (l.parent ? taskLabel(l.parent) : l.ref)).join(', ');
      report({
        node: entry.task, key: 'task',
        message: {
          vi: `Nhiệm vụ ${taskLabel(entry)} ${quote(gist(entry.task))} thực hiện ${names} nhưng không có cơ quan chủ trì`,
          en: `Task ${taskLabel(entry)} ${quote(gist(entry.task))} implements ${names} but names no lead agency`,
        },
        expected: { vi: '`lead:` một cơ quan hoặc nhóm cơ quan chủ trì', en: '`lead:` a lead agency or group' },
        related: parentPlaces(parents),
      });
    }
  },
};
