import { daysBetween, vnDate } from '../as-of.js';
import { addresseesCached, type Addressee } from '../addressees.js';
import { docLabel } from '../facts.js';
import { inScope, type Finding, type Rule } from '../rule.js';

const parent = (tasks: string, to: string) => `id: vi-du-cap-tren
kind: cong-van
number: "100"
symbol: UBND-VX
issuer: gia-lai.ubnd
date: 2026-05-04
implements: [ct-14-ttg]
to:${to}
body:
  - task: "1"
    text: Xây dựng kế hoạch bồi dưỡng kỹ năng số của ngành.
    lead: [gia-lai.sgddt]
    deadline: Trước ngày 30/6/2026
    implements: [ct-14-ttg#2.b/2026]
${tasks}`;

const SKHCN = `  - task: "2"
    text: Xây dựng học liệu kỹ năng số.
    lead: [gia-lai.skhcn]
    deadline: Trước ngày 30/6/2026
    implements: [ct-14-ttg#2.b/2026]
`;

// The answer of Sở GD&ĐT, loaded beside both examples: Sở KH&CN has none.
const ANSWER = `id: vi-du-7
kind: cong-van
number: "7"
symbol: SGDĐT-TCCB
issuer: gia-lai.sgddt
date: 2026-05-20
implements: [vi-du-cap-tren]
body:
  - task: "1"
    text: Xây dựng kế hoạch.
    lead: [gia-lai.sgddt]
    deadline: Trước ngày 15/6/2026
    implements: [vi-du-cap-tren#1]
`;

/** An addressee of a document (a province, a ministry, a department, a commune) that has issued nothing implementing it. */
export const documentMissing: Rule = {
  id: 'document-missing',
  defaultSeverity: 'error',
  meta: {
    description: {
      vi: 'Cơ quan được giao nhiệm vụ (trực tiếp hoặc qua một nhóm) chưa có văn bản triển khai văn bản cấp trên',
      en: 'A body the document addresses (by name or through a group) has no document implementing it',
    },
    docs: {
      why: {
        vi: 'Kiểm toán chỉ thấy văn bản có trong thư mục: một tỉnh chưa làm gì thì vô hình, trừ khi đối chiếu với danh sách cơ quan được giao. Mọi nhóm được mở rộng theo danh mục (34 tỉnh, các sở, các xã); dự thảo và văn bản chỉ biết qua trích dẫn cũng tính là đã có văn bản. Trước thời hạn sớm nhất cơ quan đó phải thực hiện: thông tin; sau thời hạn: lỗi (ngày tính theo `--as-of`). Một cấp không có văn bản nào trong thư mục thì không đánh giá được (ghi là chưa đánh giá).',
        en: 'An audit only sees the documents in the folder: a province that did nothing is invisible unless the addressees are listed. Every group is expanded through the registry (the 34 provinces, the departments, the communes); a draft, and a document known only by citation, count as issued. Before the earliest deadline the body owes: information; after it: an error (the day is `--as-of`). A level with no document at all in the folder cannot be judged (listed as not evaluated).',
      },
      ok: parent('', ' [gia-lai.sgddt]\n'),
      notOk: parent(SKHCN, ' [gia-lai.sgddt, gia-lai.skhcn] # <-\n'),
      parent: ANSWER,
    },
  },
  check({ scope, cascade, index, asOf, report, cannotEvaluate }) {
    for (const parent of cascade.documents) {
      if (!inScope({ scope }, parent.id)) continue;
      if (index.tasksOf(parent.id).length === 0) continue;
      for (const level of addresseesCached(cascade, index, parent)) {
        const silent = level.addressees.filter((a) => a.documents.length === 0);
        if (silent.length === 0) continue;
        if (!level.evaluated) {
          cannotEvaluate({ node: parent, at: parent.id, reason: {
            vi: `Thư mục không có văn bản nào ở ${LEVEL_VI[level.level]} triển khai \`${docLabel(parent)}\`: chưa biết ${level.addressees.length} cơ quan được giao (${names(level.addressees)}) đã ban hành văn bản hay chưa`,
            en: `The folder holds no document at the ${LEVEL_EN[level.level]} level implementing \`${docLabel(parent)}\`: whether its ${level.addressees.length} addressees (${names(level.addressees)}) issued anything is not known`,
          } });
          continue;
        }
        for (const a of silent) report(findingOf(parent, a, asOf));
      }
    }
  },
};

const LEVEL_VI = { central: 'cấp bộ', province: 'cấp tỉnh', department: 'cấp sở, ngành', commune: 'cấp xã', unit: 'cấp đơn vị' } as const;
const LEVEL_EN = { central: 'ministry', province: 'province', department: 'department', commune: 'commune', unit: 'unit' } as const;

function names(list: readonly Addressee[]): string {
  const shown = list.slice(0, 3).map((a) => a.name).join(', ');
  return list.length > 3 ? `${shown}, …` : shown;
}

function findingOf(parent: Parameters<typeof docLabel>[0], a: Addressee, asOf: string): Finding {
  const label = docLabel(parent);
  // The lead of the task owed earliest (by deadline; else the first in the text).
  const first = a.due?.task ?? a.owed[0];
  const where = parent.to.length > 0 ? { node: parent, key: 'to' } : first ? { node: first.task, key: 'lead' } : { node: parent };
  const tasks = a.owed.map((t) => t.task.task);
  const owedVi = tasks.length > 0 ? `; phải thực hiện ${tasks.join(', ')}` : '';
  const owedEn = tasks.length > 0 ? `; it owes ${tasks.join(', ')}` : '';
  const late = a.due ? daysBetween(a.due.date, asOf) : undefined;
  const dueVi = a.due
    ? late !== undefined && late > 0
      ? `; thời hạn sớm nhất \`${a.due.text}\` (${a.due.task.task.task}, ${vnDate(a.due.date)}) đã quá ${late} ngày tính đến ${vnDate(asOf)}`
      : `; thời hạn sớm nhất \`${a.due.text}\` (${a.due.task.task.task}, ${vnDate(a.due.date)}), tính đến ${vnDate(asOf)} chưa đến hạn`
    : `; không có thời hạn để đối chiếu (tính đến ${vnDate(asOf)})`;
  const dueEn = a.due
    ? late !== undefined && late > 0
      ? `; its earliest deadline \`${a.due.text}\` (${a.due.task.task.task}, ${a.due.date}) passed ${late} days before ${asOf}`
      : `; its earliest deadline \`${a.due.text}\` (${a.due.task.task.task}, ${a.due.date}) is not yet due on ${asOf}`
    : `; no deadline to hold it to (as of ${asOf})`;
  return {
    ...where,
    at: parent.id,
    severity: a.due === undefined ? 'warning' : late !== undefined && late > 0 ? 'error' : 'info',
    found: a.name,
    message: {
      vi: `${a.name} chưa có văn bản triển khai \`${label}\`${owedVi}${dueVi}`,
      en: `${a.name} has no document implementing \`${label}\`${owedEn}${dueEn}`,
    },
    expected: {
      vi: `một văn bản có \`issuer: ${a.agency}\` và \`implements: [${parent.id}]\` (dự thảo cũng tính), hoặc văn bản đó trong danh mục văn bản đã biết`,
      en: `a document with \`issuer: ${a.agency}\` and \`implements: [${parent.id}]\` (a draft counts), or that document in the known-documents registry`,
    },
    ...(first ? { related: [{ node: first.task, message: { vi: 'nhiệm vụ sớm nhất phải thực hiện', en: 'the earliest task owed' } }] } : {}),
  };
}
