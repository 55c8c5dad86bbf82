import type { TaskEntry } from '../../load/cascade.js';
import { gist, quote, taskLabel, type CascadeIndex } from '../facts.js';
import { inScope, type Rule } from '../rule.js';

const doc = (link: string) => `id: vi-du
kind: cong-van
number: "1"
symbol: UBND-VX
issuer: gia-lai.ubnd
date: 2026-05-11
implements: [ct-14-ttg]
body:
  - task: "1" # <-
    text: Tổ chức hội thi tìm hiểu kỹ năng số trong cán bộ, công chức, viên chức toàn tỉnh.
    lead: [gia-lai.snv]
    deadline: Quý IV/2026${link}
`;

/** A task of a cascaded document that neither implements nor mirrors anything: added locally. */
export const taskWithoutParent: Rule = {
  id: 'task-without-parent',
  defaultSeverity: 'info',
  meta: {
    description: {
      vi: 'Nhiệm vụ do địa phương tự đặt, không thực hiện hay phản chiếu nhiệm vụ cấp trên nào',
      en: 'A task added locally: it neither implements nor mirrors a parent task',
    },
    docs: {
      why: {
        vi: 'Nhiệm vụ địa phương tự đặt là hợp lệ; liệt kê để người kiểm tra phân biệt với nhiệm vụ quên gắn liên kết. Nhiệm vụ nằm trong (hoặc bao) một nhiệm vụ có liên kết thì không tính.',
        en: 'Locally added tasks are legitimate; they are listed so an auditor can tell them from tasks whose link was forgotten. Tasks inside (or around) a linked task do not count.',
      },
      ok: doc('\n    implements: [ct-14-ttg#2.a]').replace(' # <-', ''),
      notOk: doc(''),
    },
  },
  check({ scope, cascade, index, report }) {
    for (const doc of cascade.documents) {
      if (!inScope({ scope }, doc.id)) continue;
      if (doc.implements.length === 0) continue;
      for (const entry of index.tasksOf(doc.id)) {
        if (isLinked(entry) || hasLinkedAncestor(index, entry) || hasLinkedDescendant(index, entry)) continue;
        report({ node: entry.task, key: 'task', message: {
          vi: `Nhiệm vụ ${taskLabel(entry)} ${quote(gist(entry.task))} do địa phương tự đặt: không thực hiện hay phản chiếu nhiệm vụ cấp trên nào`,
          en: `Task ${taskLabel(entry)} ${quote(gist(entry.task))} is added locally: it implements or mirrors no parent task`,
        } });
      }
    }
  },
};

function isLinked(e: TaskEntry): boolean {
  return e.implements.length > 0 || e.mirrors.length > 0 || (e.task.implements?.length ?? 0) + (e.task.mirrors?.length ?? 0) > 0;
}

function hasLinkedAncestor(index: CascadeIndex, e: TaskEntry): boolean {
  for (let t = index.parentOf(e); t; t = index.parentOf(t)) if (isLinked(t)) return true;
  return false;
}

function hasLinkedDescendant(index: CascadeIndex, e: TaskEntry): boolean {
  return index.childrenOf(e).some((c) => isLinked(c) || hasLinkedDescendant(index, c));
}
