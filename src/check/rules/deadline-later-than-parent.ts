import { isNoLaterThan, reportsAtLeastAsOften } from '../../text/deadline.js';
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
    text: Xây dựng, ban hành và đăng tải chương trình, học liệu kiến thức, kỹ năng số.
    lead: [gia-lai.skhcn]
    ${deadline}
    implements: [ct-14-ttg#2.b/2027]
`;

/** Along an implements link, a deadline later than the parent's. */
export const deadlineLaterThanParent: Rule = {
  id: 'deadline-later-than-parent',
  defaultSeverity: 'error',
  meta: {
    description: {
      vi: 'Thời hạn của nhiệm vụ muộn hơn thời hạn của nhiệm vụ cấp trên mà nó thực hiện',
      en: 'A task’s deadline is later than that of the parent task it implements',
    },
    docs: {
      why: {
        vi: 'Cấp dưới được đặt thời hạn sớm hơn hoặc bằng, không được muộn hơn thời hạn cấp trên giao. Chỉ xét liên kết `implements`; nhiệm vụ phản chiếu (`mirrors`) đi sau Bộ là bình thường. Nhịp thưa hơn cấp trên thuộc quy tắc `report-rarer-than-parent`. Khi không so được (một bên không có ngày), cặp đó được liệt kê là chưa đánh giá.',
        en: 'A lower level may set an earlier or equal deadline, never a later one. Only `implements` links count; a mirroring task (`mirrors`) normally follows the ministry. A rhythm rarer than the parent’s is left to `report-rarer-than-parent`. Pairs that cannot be compared (no date on one side) are listed as not evaluated.',
      },
      ok: task('deadline: Trong tháng 9/2027'),
      notOk: task('deadline: Quý I/2028 # <-'),
    },
  },
  check(ctx) {
    const compare = remembered(isNoLaterThan);
    const often = remembered(reportsAtLeastAsOften);
    for (const pair of deadlinePairs(ctx, 'implements')) {
      // A rhythm rarer than the parent's is report-rarer-than-parent's finding, not a second one here.
      if (pair.parentDeadline.recurrence && often(pair.child, pair.parentDeadline) === 'no') continue;
      const verdict = compare(pair.child, pair.parentDeadline);
      if (verdict === 'yes') continue;
      const mine = quote(pair.child.text);
      const theirs = quote(pair.parentDeadline.text);
      if (verdict === 'no') {
        ctx.report({
          ...pair.at, at: pair.entry.ref, found: pair.child.text, related: pair.related,
          message: {
            vi: `Thời hạn ${mine} muộn hơn thời hạn của nhiệm vụ cấp trên ${theirs} ${pair.parentLabel}`,
            en: `Deadline ${mine} is later than the parent’s ${theirs} ${pair.parentLabel}`,
          },
          expected: { vi: `không muộn hơn ${theirs}`, en: `no later than ${theirs}` },
        });
      } else if (verdict === 'unknown') {
        ctx.cannotEvaluate({
          ...pair.at, at: pair.entry.ref, related: pair.related,
          reason: {
            vi: `Không so được thời hạn ${mine} với thời hạn của nhiệm vụ cấp trên ${theirs} ${pair.parentLabel}`,
            en: `Deadline ${mine} cannot be compared with the parent’s ${theirs} ${pair.parentLabel}`,
          },
        });
      }
    }
  },
};
