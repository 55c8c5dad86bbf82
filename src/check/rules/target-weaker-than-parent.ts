import type { Document } from '../../model/document.js';
import { docLabel, linksOf, quote, taskLabel, PARENT_TASK } from '../facts.js';
import { inScope, type Pointer, type Rule } from '../rule.js';
import { hasFacts, targetFacts, weaknesses } from '../targets.js';

// 14/CT-TTg's tasks set no target (its goals do: target-weaker-than-goal), so the examples sit
// under a provincial letter whose task 2 does.
const PROVINCE = `id: vi-du-tinh
kind: cong-van
number: "123"
symbol: UBND-VX
issuer: gia-lai.ubnd
date: 2026-05-11
implements: [ct-14-ttg]
body:
  - task: "2"
    text: Tổ chức cho cán bộ, công chức, viên chức tự học tập, bồi dưỡng kiến thức, kỹ năng số.
    lead: [gia-lai.ca-so-xa]
    deadline: Năm 2026
    target: { text: "100% cán bộ, công chức, viên chức có hiểu biết về chuyển đổi số", percent: 100, by: 2026 }
    implements: [ct-14-ttg#2.b/2026]
`;

const task = (target: string) => `id: vi-du
kind: cong-van
number: "45"
symbol: SKHCN-VP
issuer: gia-lai.skhcn
date: 2026-05-20
implements: [vi-du-tinh]
body:
  - task: "1"
    text: Tổ chức cho công chức, viên chức của Sở tự học tập trên nền tảng “Bình dân học vụ số”.
    lead: [gia-lai.skhcn]
    deadline: Năm 2026
    ${target}
    implements: [vi-du-tinh#2]
`;

/** Along an implements link, a target lower, later, or dropped where the parent sets one. */
export const targetWeakerThanParent: Rule = {
  id: 'target-weaker-than-parent',
  defaultSeverity: 'error',
  meta: {
    description: {
      vi: 'Chỉ tiêu của nhiệm vụ thấp hơn, muộn hơn, hoặc bị bỏ so với chỉ tiêu của nhiệm vụ cấp trên',
      en: 'A task’s target is lower, later, or dropped compared with its parent’s',
    },
    docs: {
      why: {
        vi: 'Cấp dưới có thể nhắc lại chỉ tiêu của nhiệm vụ cấp trên nhưng không được hạ thấp (tỷ lệ thấp hơn, năm muộn hơn) hay bỏ đi: chỉ tiêu bị bỏ khi không nhiệm vụ nào của văn bản thực hiện nhiệm vụ đó nêu lại nó. Chỉ xét liên kết `implements` tới nhiệm vụ cấp trên có chỉ tiêu (của chính nó hay của nhiệm vụ bao nó); nhiệm vụ cấp trên không có chỉ tiêu thì không có gì để so hay để bỏ. Mục tiêu của chỉ thị (1.a, 1.b) do `target-weaker-than-goal` đối chiếu.',
        en: 'A lower level may restate a parent task’s target but never weaken it (a lower percentage, a later year) or drop it: a target is dropped when no task of the document implementing that parent restates it. Only `implements` links to a parent with a target (its own or an enclosing task’s) count; a parent with no target has nothing to weaken or drop. The directive’s goals (1.a, 1.b) are `target-weaker-than-goal`’s.',
      },
      ok: task('target: { text: "100% cán bộ, công chức, viên chức có hiểu biết về chuyển đổi số", percent: 100, by: 2026 }'),
      notOk: task('target: { text: "80% cán bộ, công chức, viên chức", percent: 80, by: 2026 } # <-'),
      parent: PROVINCE,
    },
  },
  check({ scope, cascade, index, report, cannotEvaluate }) {
    // Dropped: no task of the document that carries the parent restates its target.
    const carriers = new Map<Document, Map<string, { first: Pointer & { at: string }; stated: boolean; parent: string; doc: Document }>>();
    for (const entry of cascade.tasks.values()) {
      if (!inScope({ scope }, entry.doc.id)) continue;
      if (entry.task.not_applicable !== undefined || !entry.task.implements?.length) continue;
      const mine = index.target(entry);
      for (const link of linksOf(cascade, entry, 'implements')) {
        const theirs = link.parent ? index.target(link.parent) : undefined;
        if (!link.parent || !theirs) continue;
        const at = mine && mine.from === entry ? { node: entry.task, key: 'target' } : { node: entry.task, key: 'implements', index: link.index };
        let ofDoc = carriers.get(entry.doc);
        if (!ofDoc) carriers.set(entry.doc, (ofDoc = new Map()));
        const seen = ofDoc.get(link.ref);
        if (!seen) ofDoc.set(link.ref, { first: { ...at, at: entry.ref }, stated: mine !== undefined, parent: link.ref, doc: entry.doc });
        else if (mine !== undefined) seen.stated = true;
        if (!mine) continue;
        const [parent, child] = [targetFacts(theirs.value), targetFacts(mine.value)];
        const unreadable = hasFacts(parent) && !hasFacts(child);
        const weak = unreadable ? [] : weaknesses(child, parent);
        if (!unreadable && weak.length === 0) continue;
        const [label, related] = [`(${taskLabel(link.parent)})`, [{ node: theirs.from.task, key: 'target', message: PARENT_TASK }]];
        if (unreadable) {
          cannotEvaluate({ ...at, at: entry.ref, related, reason: {
            vi: `Không đọc được tỷ lệ hay năm trong chỉ tiêu ${quote(child.text)} để so với ${quote(parent.text)} ${label}`,
            en: `No percentage or year could be read in ${quote(child.text)} to compare with ${quote(parent.text)} ${label}`,
          } });
          continue;
        }
        report({ ...at, at: entry.ref, found: child.text, related, message: {
          vi: `Chỉ tiêu ${quote(child.text)} yếu hơn chỉ tiêu của nhiệm vụ cấp trên ${quote(parent.text)} ${label}: ${weak.map((w) => w[0]).join('; ')}`,
          en: `Target ${quote(child.text)} is weaker than the parent’s ${quote(parent.text)} ${label}: ${weak.map((w) => w[1]).join('; ')}`,
        }, expected: { vi: `không thấp hơn ${quote(parent.text)}`, en: `no weaker than ${quote(parent.text)}` } });
      }
    }
    for (const { first, stated, parent: ref, doc } of [...carriers.values()].flatMap((m) => [...m.values()])) {
      const parent = stated ? undefined : cascade.tasks.get(ref);
      const theirs = parent ? index.target(parent) : undefined;
      if (!parent || !theirs) continue;
      const text = quote(targetFacts(theirs.value).text);
      report({ ...first, related: [{ node: theirs.from.task, key: 'target', message: PARENT_TASK }], message: {
        vi: `Văn bản \`${docLabel(doc)}\` thực hiện ${taskLabel(parent)} nhưng không nhiệm vụ nào nêu lại chỉ tiêu ${text} của nhiệm vụ đó`,
        en: `\`${docLabel(doc)}\` implements ${taskLabel(parent)} but no task of it restates the target ${text}`,
      }, expected: { vi: `\`target:\` không thấp hơn ${text}`, en: `\`target:\` no weaker than ${text}` } });
    }
  },
};
