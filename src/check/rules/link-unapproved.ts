import type { TaskEntry } from '../../load/cascade.js';
import { docLabel, linksOf, type Link } from '../facts.js';
import { inScope, type Rule } from '../rule.js';

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

/** Links without a fingerprint, one finding per document: a change of their parents would go unnoticed. */
export const linkUnapproved: Rule = {
  id: 'link-unapproved',
  defaultSeverity: 'info',
  meta: {
    description: {
      vi: 'Liên kết tới nhiệm vụ cấp trên chưa được duyệt (chưa có dấu vân tay)',
      en: 'Links to parent tasks not yet approved (no fingerprint)',
    },
    docs: {
      why: {
        vi: 'Không có dấu vân tay thì khi cấp trên sửa nhiệm vụ, kiểm tra không biết nhiệm vụ nào cần xem lại. Mỗi văn bản một phát hiện, ở liên kết đầu tiên, liệt kê mọi liên kết chưa duyệt; duyệt bằng `cascade approve <tệp> --all` sau khi rà soát.',
        en: 'Without a fingerprint, a change of the parent cannot flag the task for review. One finding per document, at its first such link, listing them all; approve with `cascade approve <file> --all` after review.',
      },
      ok: doc('{ task: ct-14-ttg#6, fingerprint: 130fa1135735 }'),
      notOk: doc('ct-14-ttg#6 # <-'),
    },
  },
  check({ scope, cascade, index, report }) {
    for (const d of cascade.documents) {
      if (!inScope({ scope }, d.id)) continue;
      const open: { entry: TaskEntry; link: Link }[] = [];
      for (const entry of index.tasksOf(d.id)) {
        for (const link of [...linksOf(cascade, entry, 'implements'), ...linksOf(cascade, entry, 'mirrors')]) {
          if (link.parent && (typeof link.raw === 'string' || link.raw.fingerprint === undefined)) open.push({ entry, link });
        }
      }
      const first = open[0];
      if (!first) continue;
      const list = open.map((o) => `${o.entry.task.task} → ${o.link.parent?.task.task ?? o.link.ref}`).join(', ');
      report({
        node: first.entry.task, key: first.link.kind, index: first.link.index, at: d.id,
        message: {
          vi: `Văn bản \`${docLabel(d)}\` có ${open.length} liên kết chưa được duyệt (chưa có dấu vân tay): ${list}`,
          en: `\`${docLabel(d)}\` has ${open.length} link${open.length === 1 ? '' : 's'} not approved (no fingerprint): ${list}`,
        },
        expected: { vi: 'rà soát, rồi `cascade approve <tệp> --all`', en: 'review, then `cascade approve <file> --all`' },
      });
    }
  },
};
