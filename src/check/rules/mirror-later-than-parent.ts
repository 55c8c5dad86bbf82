import { isNoLaterThan } from '../../text/deadline.js';
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
    text: Hướng dẫn sử dụng nền tảng “Bình dân học vụ số” sau khi Bộ Công an phân quyền.
    lead: [gia-lai.ca]
    ${deadline}
    mirrors: [ct-14-ttg#5.b]
`;

/** Along a mirrors link, a deadline later than the ministry's: normal, reported as information. */
export const mirrorLaterThanParent: Rule = {
  id: 'mirror-later-than-parent',
  defaultSeverity: 'info',
  meta: {
    description: {
      vi: 'Nhiệm vụ phản chiếu nhiệm vụ của Bộ có thời hạn muộn hơn thời hạn của Bộ (bình thường, chỉ để thông tin)',
      en: 'A task mirroring a ministry’s task is due later than the ministry’s (normal; for information)',
    },
    docs: {
      why: {
        vi: 'Cơ quan tương ứng ở tỉnh thường làm sau khi Bộ làm xong (Công an tỉnh hướng dẫn sau khi Bộ Công an phân quyền), nên thời hạn muộn hơn là bình thường; người kiểm tra vẫn muốn thấy.',
        en: 'The province’s counterpart usually acts once the ministry has (the provincial police guide after the ministry grants the rights), so a later date is normal; an auditor still wants to see it.',
      },
      ok: task('deadline: Hoàn thành trước ngày 31 tháng 5 năm 2026'),
      notOk: task('deadline: Năm 2026 (Sau khi có hướng dẫn của Bộ Công an) # <-'),
    },
  },
  check(ctx) {
    const compare = remembered(isNoLaterThan);
    for (const pair of deadlinePairs(ctx, 'mirrors')) {
      const verdict = compare(pair.child, pair.parentDeadline);
      if (verdict === 'yes') continue;
      const mine = quote(pair.child.text);
      const theirs = quote(pair.parentDeadline.text);
      if (verdict === 'no') {
        ctx.report({
          ...pair.at, at: pair.entry.ref, found: pair.child.text, related: pair.related,
          message: {
            vi: `Nhiệm vụ phản chiếu có thời hạn ${mine} muộn hơn thời hạn của Bộ ${theirs} ${pair.parentLabel}: bình thường khi cấp tỉnh làm theo sau Bộ`,
            en: `The mirroring task is due ${mine}, later than the ministry’s ${theirs} ${pair.parentLabel}: normal when the province follows the ministry`,
          },
        });
      } else if (verdict === 'unknown') {
        ctx.cannotEvaluate({
          ...pair.at, at: pair.entry.ref, related: pair.related,
          reason: {
            vi: `Không so được thời hạn ${mine} với thời hạn của Bộ ${theirs} ${pair.parentLabel}`,
            en: `Deadline ${mine} cannot be compared with the ministry’s ${theirs} ${pair.parentLabel}`,
          },
        });
      }
    }
  },
};
