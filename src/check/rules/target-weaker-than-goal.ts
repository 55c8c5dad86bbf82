import type { TargetField } from '../../model/task.js';
import { docLabel, quote } from '../facts.js';
import { goalsAboveOf, goalsFor, type GoalAbove } from '../goals.js';
import { inScope, type Rule, type RuleContext } from '../rule.js';
import { hasFacts, targetFacts, weaknesses } from '../targets.js';

const letter = (items: string) => `id: vi-du
kind: cong-van
number: "1"
symbol: UBND-VX
issuer: gia-lai.ubnd
date: 2026-05-11
implements: [ct-14-ttg]
body:
${items}`;

const GOAL = { vi: 'mục tiêu của văn bản cấp trên', en: 'the goal above' } as const;

/** A target written in a lower document (on a task or a restated goal) weaker than the goals above it. */
export const targetWeakerThanGoal: Rule = {
  id: 'target-weaker-than-goal',
  defaultSeverity: 'error',
  meta: {
    description: {
      vi: 'Chỉ tiêu ở văn bản cấp dưới (của nhiệm vụ hay mục tiêu nêu lại) thấp hơn hoặc muộn hơn mục tiêu của chỉ thị mà văn bản đó triển khai',
      en: 'A target in a lower document (on a task or a restated goal) is lower or later than a goal of the directive it descends from',
    },
    docs: {
      why: {
        vi: 'Mục tiêu (1.a: đến hết năm 2026, 100% CBCCVC; 1.b: từ năm 2027, 100% hằng năm) là chỉ tiêu, không phải nhiệm vụ: cấp dưới có thể nêu lại nhưng không được hạ thấp. Mọi chỉ tiêu ghi ở văn bản cấp dưới được so với mục tiêu của các văn bản mà nó triển khai, trực tiếp hay qua nhiều cấp (qua `implements` của văn bản, `implements` và `mirrors` của nhiệm vụ): tỷ lệ thấp hơn, năm hoàn thành (`by`) muộn hơn hay năm bắt đầu (`from`) muộn hơn là lỗi. Chỉ tiêu có năm hoàn thành được so với các mục tiêu có năm hoàn thành, chỉ tiêu có năm bắt đầu với các mục tiêu có năm bắt đầu; chỉ tiêu không nêu năm (hoặc không mục tiêu nào cùng loại) được so với mọi mục tiêu. Khi nhiều mục tiêu cùng loại, chỉ tiêu phải đạt mục tiêu chặt nhất: mỗi mục tiêu nó không đạt đều được nêu. Tỷ lệ và năm đọc từ các trường `percent`, `by`, `from`, hoặc từ lời văn (“100%”, “đến hết năm 2026”, “từ năm 2027”, “trước ngày 31/12/2026”).',
        en: 'Goals (1.a: 100% of civil servants by the end of 2026; 1.b: 100% every year from 2027) are targets, not tasks: a lower level may restate them but never weaken them. Every target written in a lower document is compared with the goals of the documents it descends from, directly or over several levels (through the document’s `implements`, its tasks’ `implements` and `mirrors`): a lower percentage, a later year to reach it by (`by`) or a later first year (`from`) is an error. A target with a year to reach it by is compared with the goals that have one, a target with a first year with the goals that have one; a target with no year (or with no goal of its kind) with every goal. With several goals of its kind a target must meet the strictest: each goal it falls short of is named. Percentages and years come from `percent`, `by`, `from`, or from the words (“100%”, “đến hết năm 2026”, “từ năm 2027”, “trước ngày 31/12/2026”).',
      },
      ok: letter(`  - goal: "1"
    text: Đến hết năm 2026, 100% cán bộ, công chức, viên chức của tỉnh có hiểu biết về chuyển đổi số.
    target: "đến hết năm 2026, 100% cán bộ, công chức, viên chức có hiểu biết về chuyển đổi số"
  - task: "2"
    text: Tổ chức cho cán bộ, công chức, viên chức học tập trên nền tảng “Bình dân học vụ số”.
    lead: [gia-lai.ca-so-xa]
    deadline: Trong tháng 11/2026
    target: "100% cán bộ, công chức, viên chức hoàn thành khóa học trước ngày 30/11/2026"
    implements: [ct-14-ttg#2.b/2026]
  - task: "3"
    text: Xây dựng, ban hành và đăng tải chương trình, học liệu; đánh giá, xác nhận hoàn thành học tập.
    lead: [gia-lai.skhcn]
    deadline: Năm 2027
    target: { text: "từ năm 2027, 100% cán bộ, công chức, viên chức hoàn thành bồi dưỡng hằng năm", percent: 100, from: 2027 }
    implements: [ct-14-ttg#2.b/2027]
  - task: "4"
    text: Chỉ đạo cán bộ, công chức, viên chức tham gia học tập trên nền tảng số.
    lead: [gia-lai.ca-so-xa]
    deadline: Thường xuyên
    target: "100% cán bộ, công chức, viên chức"
    implements: [ct-14-ttg#2.b]
`),
      notOk: letter(`  - goal: "1"
    text: Đến hết năm 2027, 100% cán bộ, công chức, viên chức của tỉnh có hiểu biết về chuyển đổi số.
    target: "đến hết năm 2027, 100% cán bộ, công chức, viên chức có hiểu biết về chuyển đổi số" # <-
  - task: "2"
    text: Tổ chức cho cán bộ, công chức, viên chức học tập trên nền tảng “Bình dân học vụ số”.
    lead: [gia-lai.ca-so-xa]
    deadline: Năm 2026
    target: "90% cán bộ, công chức, viên chức hoàn thành khóa học trước ngày 31/12/2026" # <-
    implements: [ct-14-ttg#2.b/2026]
  - task: "3"
    text: Xây dựng, ban hành và đăng tải chương trình, học liệu; đánh giá, xác nhận hoàn thành học tập.
    lead: [gia-lai.skhcn]
    deadline: Năm 2027
    target: { text: "từ năm 2028, 100% cán bộ, công chức, viên chức hoàn thành bồi dưỡng", percent: 100, from: 2028 } # <-
    implements: [ct-14-ttg#2.b/2027]
  - task: "4"
    text: Chỉ đạo cán bộ, công chức, viên chức tham gia học tập trên nền tảng số.
    lead: [gia-lai.ca-so-xa]
    deadline: Thường xuyên
    target: "95% cán bộ, công chức, viên chức" # <-
    implements: [ct-14-ttg#2.b]
`),
    },
  },
  check(ctx) {
    const goalsAbove = goalsAboveOf(ctx.cascade);
    for (const entry of ctx.cascade.tasks.values()) {
      if (!inScope(ctx, entry.doc.id)) continue;
      if (entry.task.target === undefined || entry.task.not_applicable !== undefined) continue;
      judge(ctx, { node: entry.task, at: entry.ref, target: entry.task.target }, goalsAbove(entry.doc.id));
    }
    for (const entry of ctx.cascade.goals.values()) {
      if (!inScope(ctx, entry.doc.id)) continue;
      if (entry.goal.target === undefined) continue;
      judge(ctx, { node: entry.goal, at: entry.ref, target: entry.goal.target }, goalsAbove(entry.doc.id));
    }
  },
};

interface Written {
  readonly node: object;
  readonly at: string;
  readonly target: TargetField;
}

function judge({ report, cannotEvaluate }: RuleContext, w: Written, above: readonly GoalAbove[]): void {
  const mine = targetFacts(w.target);
  const held = goalsFor(mine, above);
  if (held.length === 0) return;
  const related = (goals: readonly GoalAbove[]) => goals.map((g) => ({ node: g.entry.goal, key: 'target', message: GOAL }));
  if (!hasFacts(mine)) {
    cannotEvaluate({ node: w.node, key: 'target', at: w.at, related: related(held), reason: {
      vi: `Không đọc được tỷ lệ hay năm trong chỉ tiêu ${quote(mine.text)} để so với mục tiêu ${held.map(goalName).join(', ')}`,
      en: `No percentage or year could be read in ${quote(mine.text)} to compare with the goal ${held.map(goalName).join(', ')}`,
    } });
    return;
  }
  const short = held.flatMap((g) => {
    const weak = weaknesses(mine, g.facts);
    return weak.length > 0 ? [{ g, weak }] : [];
  });
  if (short.length === 0) return;
  report({
    node: w.node, key: 'target', at: w.at, found: mine.text, related: related(short.map((s) => s.g)),
    message: {
      vi: `Chỉ tiêu ${quote(mine.text)} yếu hơn ${short.map(({ g, weak }) => `mục tiêu ${goalName(g)}: ${weak.map((x) => x[0]).join(', ')}`).join('; ')}`,
      en: `Target ${quote(mine.text)} is weaker than ${short.map(({ g, weak }) => `goal ${goalName(g)}: ${weak.map((x) => x[1]).join(', ')}`).join('; ')}`,
    },
    expected: {
      vi: `không thấp hơn, không muộn hơn ${short.map(({ g }) => quote(g.facts.text)).join(' và ')}`,
      en: `no lower and no later than ${short.map(({ g }) => quote(g.facts.text)).join(' and ')}`,
    },
  });
}

/** `\`đến hết năm 2026, 100% …\` (14/CT-TTg 1.a)`: a goal quoted the way an auditor cites it. */
function goalName(g: GoalAbove): string {
  return `${quote(g.facts.text)} (${docLabel(g.entry.doc)} ${g.entry.goal.goal})`;
}
