import type { GapOrder, SeededGap, SynthLevel } from './gaps.js';
import { shortDate } from './names.js';
import { parentFor, type ProvinceLetterRef, type ProvinceRole } from './roles.js';

/** A task of a department or commune letter, with the provincial role it implements (if any). */
export interface LowerTask {
  readonly role?: ProvinceRole;
  readonly body: Record<string, unknown> & { task: string };
}

/** A citation as written in YAML. */
export interface CiteInput {
  ref: string;
  as: string;
  date: string;
}

/** Numbers the tasks 1..n, so that a gap can name the task it touches before any is left out. */
export function numberTasks(tasks: readonly LowerTask[]): void {
  tasks.forEach((t, i) => {
    t.body.task = String(i + 1);
  });
}

/** Links each task to its parent for its role: the provincial task, or the centre's when the province left it out. */
export function linkTasks(tasks: readonly LowerTask[], letter: ProvinceLetterRef): void {
  for (const t of tasks) {
    const parent = t.role && parentFor(letter, t.role);
    if (parent) t.body.implements = [parent];
  }
}

/** What a lower letter cites: the directive and the provincial letter, as they are numbered. */
export function lowerCites(letter: ProvinceLetterRef): CiteInput[] {
  return [
    { ref: 'ct-14-ttg', as: '14/CT-TTg', date: '2026-04-22' },
    { ref: letter.id, as: `${letter.number}/${letter.symbol}`, date: letter.date },
  ];
}

/** "Công văn số 5900/UBND-NC ngày 11/5/2026 của Ủy ban nhân dân tỉnh Gia Lai". */
export function letterCitation(letter: ProvinceLetterRef, tierName: string): string {
  return `Công văn số ${letter.number}/${letter.symbol} ngày ${shortDate(letter.date)} của Ủy ban nhân dân ${tierName}`;
}

/** Where a lower gap goes. */
export interface LowerGapSite {
  readonly level: SynthLevel;
  readonly doc: string;
  readonly file: string;
}

const LATER_2026 = ['Quý I/2027', 'Năm 2027', 'Trước ngày 31/3/2027'] as const;
const WEAKER = [
  { text: 'đến hết năm 2026, 90% cán bộ, công chức, viên chức hoàn thành khóa học', percent: 90, by: 2026 },
  { text: 'đến hết năm 2027, 100% cán bộ, công chức, viên chức hoàn thành khóa học', percent: 100, by: 2027 },
] as const;
const RARER = ['Hằng năm', 'Định kỳ hằng năm'] as const;

/**
 * Writes one gap into a lower letter's tasks (or its citations) and says what it wrote; a task
 * left out is removed from `tasks`. Undefined when the letter has nothing the gap could touch.
 */
export function seedLowerGap(
  order: GapOrder,
  tasks: LowerTask[],
  cites: CiteInput[],
  letter: ProvinceLetterRef,
  site: LowerGapSite,
): SeededGap | undefined {
  const base = { kind: order.kind, level: site.level, file: site.file, doc: site.doc };
  const byRole = (role: ProvinceRole): LowerTask | undefined => tasks.find((t) => t.role === role);
  const ref = (t: LowerTask): string => `${site.doc}#${t.body.task}`;
  const parentOf = (t: LowerTask): string | undefined => (t.role ? parentFor(letter, t.role) : undefined);
  const linked = tasks.filter((t) => t.role);
  const pickLinked = (): LowerTask | undefined => linked[order.variant % Math.max(1, linked.length)];
  switch (order.kind) {
    case 'missing-task': {
      // The roles a commune leads (via "các cơ quan, đơn vị, địa phương"), so leaving one out is a gap.
      const role: ProvinceRole = order.variant % 2 ? 'year-2026' : 'propaganda';
      const t = byRole(role);
      const parent = parentFor(letter, role);
      if (!t || !parent) return undefined;
      tasks.splice(tasks.indexOf(t), 1);
      return { ...base, parent, detail: `left out the task implementing ${parent}` };
    }
    case 'later-deadline': {
      const t = byRole('year-2026');
      const parent = t && parentOf(t);
      if (!t || !parent) return undefined;
      t.body.deadline = LATER_2026[order.variant % LATER_2026.length];
      return { ...base, task: ref(t), parent, detail: `deadline ${String(t.body.deadline)}` };
    }
    case 'weaker-target': {
      const t = byRole('year-2026');
      const parent = t && parentOf(t);
      if (!t || !parent) return undefined;
      t.body.target = { ...WEAKER[order.variant % WEAKER.length] };
      return { ...base, task: ref(t), parent, detail: `target ${JSON.stringify(t.body.target)}` };
    }
    case 'rarer-report': {
      const t = byRole('report');
      const parent = t && parentOf(t);
      if (!t || !parent) return undefined;
      t.body.deadline = RARER[order.variant % RARER.length];
      return { ...base, task: ref(t), parent, detail: `rhythm ${String(t.body.deadline)} under Định kỳ 6 tháng` };
    }
    case 'missing-lead': {
      const t = pickLinked();
      if (!t) return undefined;
      delete t.body.lead;
      return { ...base, task: ref(t), detail: 'no lead' };
    }
    case 'missing-deadline': {
      const t = pickLinked();
      if (!t) return undefined;
      delete t.body.deadline;
      return { ...base, task: ref(t), detail: 'no deadline' };
    }
    case 'citation-variant': {
      const c = cites[1];
      if (!c) return undefined;
      if (order.variant % 2) c.date = shiftDay(c.date);
      else c.as = `${letter.number}/${letter.symbol === 'UBND-VP' ? 'UBND-TH' : 'UBND-VP'}`;
      return { ...base, cited: letter.id, detail: `cites ${letter.number}/${letter.symbol} of ${letter.date} as ${c.as} of ${c.date}` };
    }
  }
}

// A typo of one day: the 11th written as the 12th (the 28th at most, so the day always exists).
function shiftDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  const day = Number(d);
  return `${y}-${m}-${String(day >= 28 ? day - 1 : day + 1).padStart(2, '0')}`;
}
