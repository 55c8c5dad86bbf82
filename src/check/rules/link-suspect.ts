import { gist, linksOf, quote, taskLabel, PARENT_TASK } from '../facts.js';
import { fingerprintMatches, fingerprintOf } from '../fingerprint.js';
import { inScope, type Rule } from '../rule.js';

const doc = (fingerprint: string) => `id: vi-du
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
      - { task: ct-14-ttg#6, fingerprint: ${fingerprint} }
`;

/** A link approved against a parent whose text or deadline has changed since. */
export const linkSuspect: Rule = {
  id: 'link-suspect',
  defaultSeverity: 'warning',
  meta: {
    description: {
      vi: 'Nhiệm vụ cấp trên đã thay đổi (nội dung hoặc thời hạn) sau khi liên kết được duyệt: cần rà soát lại',
      en: 'The parent task changed (text or deadline) after the link was approved: review the task',
    },
    docs: {
      why: {
        vi: 'Mỗi liên kết lưu dấu vân tay của nhiệm vụ cấp trên lúc được duyệt (12 chữ số hex đầu của SHA-256 nội dung NFC và thời hạn). Khi trung ương sửa chỉ thị, kiểm tra liệt kê đúng những nhiệm vụ cấp dưới cần xem lại; duyệt lại bằng `cascade approve --task <văn bản>#<nhiệm vụ>`.',
        en: 'Each link keeps a fingerprint of its parent at approval (the first 12 hex digits of the SHA-256 of its NFC text and deadline). When the centre edits its directive, the audit lists exactly the lower tasks to revisit; re-approve with `cascade approve --task <doc>#<task>`.',
      },
      ok: doc('130fa1135735'),
      notOk: doc('0123456789ab').replace('fingerprint: 0123456789ab }', 'fingerprint: 0123456789ab } # <-'),
    },
  },
  check({ scope, cascade, report }) {
    for (const entry of cascade.tasks.values()) {
      if (!inScope({ scope }, entry.doc.id)) continue;
      for (const link of [...linksOf(cascade, entry, 'implements'), ...linksOf(cascade, entry, 'mirrors')]) {
        if (typeof link.raw === 'string' || link.raw.fingerprint === undefined || !link.parent) continue;
        if (fingerprintMatches(link.raw.fingerprint, link.parent.task)) continue;
        const now = fingerprintOf(link.parent.task);
        report({
          node: entry.task, key: link.kind, index: link.index, at: entry.ref, found: link.raw.fingerprint,
          related: [{ node: link.parent.task, message: PARENT_TASK }],
          message: {
            vi: `Nhiệm vụ cấp trên ${taskLabel(link.parent)} đã thay đổi sau khi liên kết được duyệt (dấu \`${link.raw.fingerprint}\`, nay \`${now}\`): cần rà soát lại nhiệm vụ ${taskLabel(entry)} ${quote(gist(entry.task))}`,
            en: `Parent ${taskLabel(link.parent)} changed after the link was approved (fingerprint \`${link.raw.fingerprint}\`, now \`${now}\`): review task ${taskLabel(entry)}`,
          },
          expected: {
            vi: `rà soát, rồi \`cascade approve --task ${entry.ref}\``,
            en: `review, then \`cascade approve --task ${entry.ref}\``,
          },
        });
      }
    }
  },
};
