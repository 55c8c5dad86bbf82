import { dateParts } from '../../model/date.js';
import type { Document } from '../../model/document.js';
import { inScope, type Rule } from '../rule.js';

const doc = (head: string) => `id: vi-du
kind: cong-van
${head}
issuer: gia-lai.ubnd
implements: [ct-14-ttg]
`;

/** A document whose number or day of issue is blank: still a draft. */
export const draftNotIssued: Rule = {
  id: 'draft-not-issued',
  defaultSeverity: 'warning',
  meta: {
    description: {
      vi: 'Văn bản còn là dự thảo: số hoặc ngày ban hành để trống',
      en: 'A draft: the number or the day of issue is blank',
    },
    docs: {
      why: {
        vi: 'Văn bản chưa có số và ngày thì chưa được ban hành, chưa có hiệu lực để cấp dưới căn cứ. Phần mà bản gốc không có (`unknown`) thì không kết luận được và được liệt kê là chưa đánh giá.',
        en: 'Without a number and a date a letter has not been issued, and lower levels cannot rely on it. Parts the source lacks (`unknown`) cannot be judged and are listed as not evaluated.',
      },
      ok: doc('number: "5900"\nsymbol: UBND-NC\ndate: 2026-05-11'),
      notOk: doc('symbol: UBND-TH # <-\ndate: 2026-05 # <-'),
    },
  },
  check({ scope, cascade, report, cannotEvaluate }) {
    for (const doc of cascade.documents) {
      if (!inScope({ scope }, doc.id)) continue;
      const label = `\`${doc.id}\``;
      if (doc.unknown?.includes('number')) unknownPart(doc, 'number');
      else if (!doc.number?.trim()) {
        const printed = `Số: /${doc.symbol ?? ''}`;
        report({ node: doc, key: keyOf(doc, ['number', 'symbol', 'id']), found: printed, message: {
          vi: `Văn bản ${label} là dự thảo: số để trống (\`${printed}\`)`,
          en: `${label} is a draft: its number is blank (\`${printed}\`)`,
        }, expected: { vi: 'số văn bản khi ban hành', en: 'the number given at issue' } });
      }
      if (doc.unknown?.includes('date')) unknownPart(doc, 'date');
      else if (doc.date === undefined || dateParts(doc.date).day === undefined) {
        report({ node: doc, key: keyOf(doc, ['date', 'id']), found: doc.date ?? '', message: {
          vi: `Văn bản ${label} là dự thảo: ngày ban hành chưa đủ (\`${doc.date ?? 'không có'}\`)`,
          en: `${label} is a draft: its date of issue is incomplete (\`${doc.date ?? 'none'}\`)`,
        }, expected: { vi: 'ngày, tháng, năm ban hành', en: 'the day, month and year of issue' } });
      }
    }

    function unknownPart(doc: Document, part: 'number' | 'date'): void {
      const what = part === 'number' ? { vi: 'số', en: 'number' } : { vi: 'ngày ban hành', en: 'date of issue' };
      cannotEvaluate({ node: doc, key: 'unknown', at: doc.id, reason: {
        vi: `Bản gốc của \`${doc.id}\` không có ${what.vi} (\`unknown\`): không biết văn bản đã ban hành hay chưa`,
        en: `The source of \`${doc.id}\` lacks its ${what.en} (\`unknown\`): whether it was issued is not known`,
      } });
    }
  },
};

function keyOf(doc: Document, keys: readonly string[]): string {
  return keys.find((k) => (doc as Record<string, unknown>)[k] !== undefined) ?? 'id';
}
