import { linksOf, taskLabel, PARENT_TASK } from '../facts.js';
import { counterpartOf, ministriesOf, provinceOf } from '../ministry.js';
import { inScope, type Rule } from '../rule.js';

const task = (link: string) => `id: vi-du
kind: cong-van
number: "1"
symbol: UBND-VX
issuer: gia-lai.ubnd
date: 2026-05-11
implements: [ct-14-ttg]
body:
  - task: "1"
    text: Nghiên cứu, tham mưu triển khai trợ lý ảo hỗ trợ học tập kiến thức, kỹ năng số.
    lead: [gia-lai.skhcn]
    deadline: Trong năm 2026
    ${link}
`;

/** A task that takes up a ministry's task (mirrors it), and whether its lead is the counterpart. */
export const ministryTaskMirrored: Rule = {
  id: 'ministry-task-mirrored',
  defaultSeverity: 'info',
  meta: {
    description: {
      vi: 'Nhiệm vụ giao Bộ được cấp dưới phản chiếu (giao cho cơ quan tương ứng)',
      en: 'A ministry’s task taken up (mirrored) at a lower level, normally by the counterpart agency',
    },
    docs: {
      why: {
        vi: 'Nhiệm vụ giao riêng một Bộ (3, 4, 5, 6 của 14/CT-TTg) không bắt buộc triển khai, nhưng người kiểm tra muốn thấy tỉnh đã giao cho cơ quan tương ứng (Bộ KH&CN → Sở KH&CN, Bộ Công an → Công an tỉnh) hay chưa.',
        en: 'Tasks of one ministry (3, 4, 5, 6 of 14/CT-TTg) need not be cascaded, but an auditor wants to see whether the province gave them to the counterpart agency (Bộ KH&CN → Sở KH&CN, Bộ Công an → Công an tỉnh).',
      },
      ok: task('implements: [ct-14-ttg#2.c]'),
      notOk: task('mirrors: [ct-14-ttg#4] # <-'),
    },
  },
  check({ scope, cascade, index, report }) {
    for (const entry of cascade.tasks.values()) {
      if (!inScope({ scope }, entry.doc.id)) continue;
      for (const link of linksOf(cascade, entry, 'mirrors')) {
        const ministries = link.parent ? ministriesOf(cascade, index, link.parent) : [];
        if (!link.parent || ministries.length === 0) continue;
        const province = provinceOf(cascade, entry.doc);
        const counterparts = ministries.map((m) => counterpartOf(cascade, m, province)).filter((c) => c !== undefined);
        const lead = index.lead(entry);
        const names = lead.map((id) => cascade.nameOf(id) ?? id).join(', ') || '—';
        const ministry = ministries.map((m) => cascade.nameOf(m) ?? m).join(', ');
        const byCounterpart = counterparts.some((c) => lead.includes(c));
        const other = counterparts.map((c) => cascade.nameOf(c) ?? c).join(', ') || '—';
        report({
          node: entry.task, key: 'mirrors', index: link.index, at: entry.ref,
          related: [{ node: link.parent.task, message: PARENT_TASK }],
          message: byCounterpart
            ? {
                vi: `Nhiệm vụ ${taskLabel(link.parent)} của ${ministry} được phản chiếu: chủ trì ${names} (cơ quan tương ứng)`,
                en: `${taskLabel(link.parent)} of ${ministry} is mirrored: led by ${names} (the counterpart)`,
              }
            : {
                vi: `Nhiệm vụ ${taskLabel(link.parent)} của ${ministry} được phản chiếu: chủ trì ${names}; cơ quan tương ứng của Bộ là ${other}`,
                en: `${taskLabel(link.parent)} of ${ministry} is mirrored: led by ${names}; the ministry’s counterpart is ${other}`,
              },
        });
      }
    }
  },
};
