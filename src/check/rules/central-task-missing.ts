import { carriedRefs, dueTasks, isCarried } from '../coverage.js';
import { docLabel, gist, quote, taskLabel } from '../facts.js';
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
    text: Tuyên truyền, nâng cao nhận thức về học tập kỹ năng số.
    lead: [gia-lai.ca-so-xa]
    deadline: Thường xuyên
    implements: [ct-14-ttg#2.a]
  - task: "2"
    text: Sử dụng nền tảng “Bình dân học vụ số” từng năm như Chỉ thị.
    lead: [gia-lai.ca-so-xa]
    deadline: Năm 2026
    implements: [ct-14-ttg#2.b/2026, ct-14-ttg#2.b/2027, ct-14-ttg#2.b/sau]
`;

/** A task addressed to a group this level belongs to, that no task of its letter carries. */
export const centralTaskMissing: Rule = {
  id: 'central-task-missing',
  defaultSeverity: 'error',
  meta: {
    description: {
      vi: 'Nhiệm vụ cấp trên giao cho cơ quan ban hành (đích danh, hoặc qua một nhóm: các bộ và UBND các tỉnh, các sở, UBND các xã) mà văn bản triển khai không có nhiệm vụ nào thực hiện',
      en: 'A parent task addressed to the issuer (by name, or through a group: ministries and provinces, departments, communes) that no task of the implementing letter carries',
    },
    docs: {
      why: {
        vi: 'Nhiệm vụ giao chung cho các bộ và UBND các tỉnh (2.a, từng năm của 2.b, 2.c của 14/CT-TTg) phải được mọi tỉnh triển khai; nhiệm vụ giao đích danh một bộ (nhiệm vụ 4 của 14/CT-TTg giao Bộ KH&CN) phải có trong kế hoạch của bộ đó; việc các cơ quan khác "phối hợp với" cơ quan ban hành không phải nhiệm vụ của nó. Nhiệm vụ không áp dụng thì khai báo `not_applicable` kèm lý do.',
        en: 'Tasks addressed to the ministries and provinces together (2.a, each year of 2.b, 2.c of 14/CT-TTg) must be cascaded by every province, and a task given to a ministry by name (4 of 14/CT-TTg to Bộ KH&CN) by that ministry\'s plan; a duty of other bodies "phối hợp với" the issuer is not its own. A task that does not apply is declared in `not_applicable` with a reason.',
      },
      ok: `${DOC}not_applicable:\n  - { task: ct-14-ttg#2.c, reason: Tỉnh đã áp dụng Khung kỹ năng số từ năm 2025 theo Kế hoạch riêng. }\n`,
      notOk: DOC.replace('implements: [ct-14-ttg]', 'implements: [ct-14-ttg] # <-'),
    },
  },
  check({ scope, cascade, index, report, cannotEvaluate }) {
    for (const doc of cascade.documents) {
      if (!inScope({ scope }, doc.id)) continue;
      const issuer = doc.issuer;
      if (issuer === undefined) continue;
      doc.implements.forEach((parentId, i) => {
        const parent = cascade.documentsById.get(parentId);
        if (!parent) {
          const known = cascade.known.get(parentId);
          const name = known ? `${known.number ?? ''}/${known.symbol ?? ''}` : parentId;
          cannotEvaluate({ node: doc, key: 'implements', index: i, at: doc.id, reason: {
            vi: `Văn bản cấp trên \`${name}\` chỉ được biết qua trích dẫn: không có danh sách nhiệm vụ để đối chiếu độ bao phủ`,
            en: `The parent \`${name}\` is known only by citation: it has no task list to check coverage against`,
          } });
          return;
        }
        const done = carriedRefs(index, doc);
        for (const task of dueTasks(index, parent, issuer, cascade)) {
          if (isCarried(index, task, done)) continue;
          const lead = index.lead(task).map((id) => cascade.nameOf(id) ?? id).join(', ');
          report({
            node: doc, key: 'implements', index: i, at: doc.id,
            message: {
              vi: `Văn bản \`${docLabel(doc)}\` không có nhiệm vụ nào thực hiện nhiệm vụ ${taskLabel(task)} ${quote(gist(task.task))}, giao cho ${lead}`,
              en: `\`${docLabel(doc)}\` has no task implementing ${taskLabel(task)} ${quote(gist(task.task))}, addressed to ${lead}`,
            },
            expected: {
              vi: `một nhiệm vụ có \`implements: [${task.ref}]\`, hoặc \`not_applicable\` kèm lý do`,
              en: `a task with \`implements: [${task.ref}]\`, or a \`not_applicable\` entry with its reason`,
            },
            related: [{ node: task.task, message: { vi: 'nhiệm vụ cấp trên', en: 'the parent task' } }],
          });
        }
      });
    }
  },
};
