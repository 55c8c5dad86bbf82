import { dateParts } from '../../model/date.js';
import { docLabel } from '../facts.js';
import { codesInUse, mistypedCode, withCode, type CodeTypo } from '../symbol-codes.js';
import { inScope, type Rule } from '../rule.js';

const doc = (as: string) => `id: vi-du
kind: cong-van
number: "1"
symbol: UBND-VX
issuer: gia-lai.ubnd
date: 2026-05-11
implements: [ct-14-ttg]
cites:
  ${as}
`;

/** A citation whose number, symbol or date differs from the document it names. */
export const citationInconsistent: Rule = {
  id: 'citation-inconsistent',
  defaultSeverity: 'warning',
  meta: {
    description: {
      vi: 'Cùng một văn bản được trích dẫn khác nhau (số, ký hiệu hoặc ngày)',
      en: 'The same document cited differently (number, symbol or date)',
    },
    docs: {
      why: {
        vi: 'Trích dẫn sai ký hiệu hay ngày làm người đọc không tìm được văn bản gốc, và sai sót được chép tiếp xuống cấp dưới (757/QĐ-BKHHCN trong 14/CT-TTg thay vì 757/QĐ-BKHCN). Mỗi trích dẫn được so với văn bản nó chỉ tới (đã mô hình hoặc trong danh mục văn bản đã biết); khoảng trắng quanh “/” và chữ hoa, chữ thường không tính (“14 /CT-TTg”, “14/CT-TTG” trong tiêu đề viết hoa); sai một chữ vẫn là phát hiện. Năm ghi trong số hiệu là năm ban hành: “105/2017/NĐ-CP ngày 14 tháng 9 năm 2019” sai ngày hoặc sai số. Một ký hiệu không văn bản, cơ quan nào dùng mà là ký hiệu đang dùng bị đảo hai chữ cái liền nhau (“QĐ-UNBD” cho “QĐ-UBND”, từ bốn chữ cái) hoặc một mã loại văn bản viết liền với ký hiệu đang dùng, thiếu dấu gạch nối (“NĐCP” cho “NĐ-CP”) cũng là phát hiện, kể cả khi mục danh mục được chấp nhận từ chính trích dẫn đó; trích dẫn viết đúng thì không bị so với mục sai ấy.',
        en: 'A wrong symbol or date keeps readers from finding the source and is copied down the cascade (757/QĐ-BKHHCN in 14/CT-TTg for 757/QĐ-BKHCN). Each citation is compared with the document it names (modelled, or in the known-documents registry); spaces around “/” and letter case do not count (“14 /CT-TTg”, “14/CT-TTG” in an ALL-CAPS title); a wrong letter still does. The year a number carries is its year of issue: “105/2017/NĐ-CP of 14 September 2019” has a wrong date or a wrong number. A code no document or agency uses that is a code in use with two neighbouring letters swapped (“QĐ-UNBD” for “QĐ-UBND”, four letters or more), or a type code run together with a code in use (“NĐCP” for “NĐ-CP”), is a finding too, even when the registry entry was accepted from that very citation; a citation that writes the code right is not compared with such an entry.',
      },
      ok: doc('- { ref: ct-14-ttg, as: 14 /CT-TTg, date: 2026-04-22 }\n  - { ref: ct-14-ttg, as: 14/CT-TTG, date: 2026-04-22 }'),
      notOk: doc('- { ref: qd-757-bkhcn, as: 757/QĐ-BKHHCN, date: 2025-04-29 } # <-'),
    },
  },
  check({ scope, cascade, report }) {
    let inUse: ReadonlyMap<string, string> | undefined;
    // Thousands of citations repeat a few symbols ("14/CT-TTg" in every letter): each is looked at once.
    const typos = new Map<string, CodeTypo | undefined>();
    const typoIn = (as: string) => {
      if (!typos.has(as)) typos.set(as, mistypedCode(as, (inUse ??= codesInUse(cascade))));
      return typos.get(as);
    };
    for (const doc of cascade.documents) {
      if (!inScope({ scope }, doc.id)) continue;
      doc.cites.forEach((cite) => {
        const target = cascade.documentsById.get(cite.ref) ?? cascade.known.get(cite.ref);
        if (!target || target === doc) return;
        const related = [{ node: target, key: 'symbol', message: { vi: 'văn bản được trích dẫn', en: 'the cited document' } }];
        const number = target.number?.trim();
        const official = number && target.symbol ? `${number}/${target.symbol}` : undefined;
        // A registry entry accepted from a citation with a typo (`QĐ-UNBD`) is no yardstick for a citation that writes the code right.
        const entryTypo = official === undefined ? undefined : typoIn(official);
        const rightAgainstTypo = entryTypo !== undefined && cite.as !== undefined && canonical(cite.as) === canonical(withCode(official ?? '', entryTypo));
        if (cite.as !== undefined && official !== undefined && canonical(cite.as) !== canonical(official) && !rightAgainstTypo) {
          report({ node: cite, key: 'as', at: doc.id, found: cite.as, related, message: {
            vi: `Văn bản \`${docLabel(doc)}\` trích dẫn \`${cite.as}\`, khác số, ký hiệu của văn bản được trích \`${official}\` (${cite.ref})`,
            en: `\`${docLabel(doc)}\` cites \`${cite.as}\`, which differs from the cited document’s number and symbol \`${official}\` (${cite.ref})`,
          }, expected: { vi: `\`${official}\``, en: `\`${official}\`` } });
        } else if (cite.as !== undefined) {
          const typo = typoIn(cite.as);
          if (typo) {
            const right = withCode(cite.as, typo);
            const how = typo.how === 'swapped' ? { vi: 'bị đảo hai chữ cái', en: 'with two letters swapped' } : { vi: 'thiếu dấu gạch nối', en: 'without its hyphen' };
            report({ node: cite, key: 'as', at: doc.id, found: cite.as, related, message: {
              vi: `Văn bản \`${docLabel(doc)}\` trích dẫn \`${cite.as}\`, có lẽ là \`${right}\`: ký hiệu \`${typo.found}\` là \`${typo.likely}\` ${how.vi}`,
              en: `\`${docLabel(doc)}\` cites \`${cite.as}\`, likely \`${right}\`: the code \`${typo.found}\` is \`${typo.likely}\` ${how.en}`,
            }, expected: { vi: `\`${right}\``, en: `\`${right}\`` } });
          }
        }
        if (cite.date !== undefined && target.date !== undefined && !sameDate(cite.date, target.date)) {
          report({ node: cite, key: 'date', at: doc.id, found: cite.date, related, message: {
            vi: `Văn bản \`${docLabel(doc)}\` ghi ngày \`${vn(cite.date)}\` cho \`${cite.as ?? cite.ref}\`, khác ngày ban hành \`${vn(target.date)}\``,
            en: `\`${docLabel(doc)}\` dates \`${cite.as ?? cite.ref}\` \`${vn(cite.date)}\`, not its date of issue \`${vn(target.date)}\``,
          }, expected: { vi: `\`${vn(target.date)}\``, en: `\`${vn(target.date)}\`` } });
          return;
        }
        // "105/2017/NĐ-CP … ngày 14 tháng 9 năm 2019": the year in the number is the year of issue.
        const year = cite.as === undefined ? undefined : yearInNumber(cite.as);
        if (cite.date !== undefined && year !== undefined && dateParts(cite.date).year !== year) {
          report({ node: cite, key: 'date', at: doc.id, found: cite.date, related, message: {
            vi: `Văn bản \`${docLabel(doc)}\` ghi ngày \`${vn(cite.date)}\` cho \`${cite.as}\`, khác năm ban hành \`${year}\` ghi trong số, ký hiệu`,
            en: `\`${docLabel(doc)}\` dates \`${cite.as}\` \`${vn(cite.date)}\`, not in the year of issue \`${year}\` its number carries`,
          }, expected: { vi: `một ngày của năm ${year}, hoặc số, ký hiệu đúng`, en: `a day of ${year}, or the right number and symbol` } });
        }
      });
    }
  },
};

/**
 * Number and symbol as compared: NFC, no spaces around "/" or "-", single spaces, letter case
 * folded ("13/CT-TTG" in an ALL-CAPS title is "13/CT-TTg"; a wrong letter is still a difference).
 */
export function canonical(s: string): string {
  let c = CANONICAL.get(s);
  if (c === undefined) {
    // A few thousand distinct citations, compared again on every run of a kept process.
    if (CANONICAL.size >= 50_000) CANONICAL.clear();
    c = s.normalize('NFC').replace(/\s*([/-])\s*/g, '$1').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
    CANONICAL.set(s, c);
  }
  return c;
}

const CANONICAL = new Map<string, string>();

/** The year a number carries (`105/2017/NĐ-CP` → 2017), when it carries one. */
export function yearInNumber(as: string): number | undefined {
  const m = /^\s*\d+\s*\/\s*((?:19|20)\d{2})\s*\//u.exec(as.normalize('NFC'));
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

/** A draft's partial date (`2026-05`) agrees with any day of that month. */
function sameDate(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

function vn(date: string): string {
  const { year, month, day } = dateParts(date);
  return [day, month, year].filter((x) => x !== undefined).join('/');
}
