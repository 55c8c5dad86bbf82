import { linksOf, taskLabel, PARENT_TASK } from '../facts.js';
import type { Rule } from '../rule.js';

const doc = (link: string) => `id: vi-du
kind: cong-van
number: "1"
symbol: UBND-VX
issuer: gia-lai.ubnd
date: 2026-05-11
implements: [ct-14-ttg]
body:
  - task: "1"
    text: Theo dõi, tổng hợp, đôn đốc việc thực hiện Chỉ thị trên địa bàn tỉnh.
    lead: [gia-lai.snv]
    deadline: Thường xuyên
    mirrors:
      - ${link}
`;

/** A link that carries no fingerprint: a change of its parent would go unnoticed. */
export const linkUnapproved: Rule = {
  id: 'link-unapproved',
  defaultSeverity: 'info',
  meta: {
    description: {
      vi: 'Liên kết tới nhiệm vụ cấp trên chưa được duyệt (chưa có dấu vân tay)',
      en: 'A link to a parent task has not been approved (no fingerprint)',
    },
    docs: {
      why: {
        vi: 'Không có dấu vân tay thì khi cấp trên sửa nhiệm vụ, kiểm tra không biết nhiệm vụ này cần xem lại. Duyệt bằng `cascade approve`.',
        en: 'Without a fingerprint, a change of the parent task cannot flag this task for review. Approve with `cascade approve`.',
      },
      ok: doc('{ task: ct-14-ttg#6, fingerprint: 130fa1135735 }'),
      notOk: doc('ct-14-ttg#6 # <-'),
    },
  },
  check({ cascade, report }) {
    for (const entry of cascade.tasks.values()) {
      for (const link of [...linksOf(cascade, entry, 'implements'), ...linksOf(cascade, entry, 'mirrors')]) {
        if (typeof link.raw !== 'string' && link.raw.fingerprint !== undefined) continue;
        if (!link.parent) continue;
        report({
          node: entry.task, key: link.kind, index: link.index, at: entry.ref, found: link.ref,
          related: [{ node: link.parent.task, message: PARENT_TASK }],
          message: {
            vi: `Liên kết từ ${taskLabel(entry)} tới ${taskLabel(link.parent)} chưa được duyệt (chưa có dấu vân tay)`,
            en: `The link from ${taskLabel(entry)} to ${taskLabel(link.parent)} is not approved (no fingerprint)`,
          },
          expected: { vi: `\`cascade approve --task ${entry.ref}\``, en: `\`cascade approve --task ${entry.ref}\`` },
        });
      }
    }
  },
};
