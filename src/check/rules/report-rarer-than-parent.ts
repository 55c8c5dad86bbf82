import { reportsAtLeastAsOften } from '../../text/deadline.js';
import { deadlinePairs, remembered } from '../deadline-pairs.js';
import { quote } from '../facts.js';
import type { Rule } from '../rule.js';

const task = (deadline: string) => `id: vi-du
kind: cong-van
number: "1"
symbol: UBND-VX
issuer: gia-lai.ubnd
date: 2026-05-11
implements: [ct-14-ttg]
body:
  - task: "1"
    text: Đánh giá, xác nhận cán bộ, công chức, viên chức hoàn thành học tập chương trình cập nhật.
    lead: [gia-lai.ca-so-xa]
    ${deadline}
    implements: [ct-14-ttg#2.b/sau]
`;

/** Along an implements link, a rhythm rarer than the parent's (yearly under "every 6 months"). */
export const reportRarerThanParent: Rule = {
  id: 'report-rarer-than-parent',
  defaultSeverity: 'error',
  meta: {
    description: {
      vi: 'Nhiệm vụ định kỳ thưa hơn nhịp mà nhiệm vụ cấp trên yêu cầu',
      en: 'A recurring task reports less often than the parent task asks',
    },
    docs: {
      why: {
        vi: 'Cấp dưới phải báo cáo ít nhất dày bằng cấp trên yêu cầu (hằng tuần là đủ cho “định kỳ 6 tháng”, hằng năm thì không). Chỉ xét liên kết `implements`.',
        en: 'A lower level must report at least as often as asked (weekly satisfies “every 6 months”, yearly does not). Only `implements` links count.',
      },
      ok: task('deadline: hằng năm'),
      notOk: task('deadline: 02 năm/lần # <-'),
    },
  },
  check(ctx) {
    const compare = remembered(reportsAtLeastAsOften);
    for (const pair of deadlinePairs(ctx, 'implements')) {
      if (pair.parentDeadline.recurrence === undefined) continue;
      const verdict = compare(pair.child, pair.parentDeadline);
      if (verdict === 'yes') continue;
      const mine = quote(pair.child.text);
      const theirs = quote(pair.parentDeadline.text);
      if (verdict === 'no') {
        ctx.report({
          ...pair.at, at: pair.entry.ref, found: pair.child.text, related: pair.related,
          message: {
            vi: `Nhịp ${mine} thưa hơn nhịp của nhiệm vụ cấp trên ${theirs} ${pair.parentLabel}`,
            en: `Rhythm ${mine} is rarer than the parent’s ${theirs} ${pair.parentLabel}`,
          },
          expected: { vi: `ít nhất dày bằng ${theirs}`, en: `at least as often as ${theirs}` },
        });
      } else if (verdict === 'unknown') {
        ctx.cannotEvaluate({
          ...pair.at, at: pair.entry.ref, related: pair.related,
          reason: {
            vi: `Không so được nhịp ${mine} với nhịp của nhiệm vụ cấp trên ${theirs} ${pair.parentLabel}`,
            en: `Rhythm ${mine} cannot be compared with the parent’s ${theirs} ${pair.parentLabel}`,
          },
        });
      }
    }
  },
};
