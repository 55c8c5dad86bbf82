/** Short descriptions of a parsed deadline, in Vietnamese and English, for messages and letters. */
import type { Deadline, Recurrence, RecurrenceAt, RelativeTerm } from './deadline-types.js';

/** A text in both languages. */
export interface BilingualText {
  readonly vi: string;
  readonly en: string;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS_VI = ['thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'];
const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ROMAN = ['I', 'II', 'III', 'IV'];

/** The deadline described in one language. */
export function describeDeadline(d: Readonly<Deadline>, lang: 'vi' | 'en' = 'vi'): string {
  return deadlineToText(d)[lang];
}

/** The deadline described in both languages: "trong tháng 6/2026 (chậm nhất ngày 30/6/2026)" / "within June 2026 (by 30 June 2026)". */
export function deadlineToText(d: Readonly<Deadline>): BilingualText {
  const base = baseText(d);
  if (d.condition === undefined) return base;
  if (d.kind === 'after-event') return { vi: d.condition, en: `once “${d.condition}”` };
  return { vi: `${base.vi}, ${lowerFirst(d.condition)}`, en: `${base.en}, subject to “${d.condition}”` };
}

function baseText(d: Readonly<Deadline>): BilingualText {
  switch (d.kind) {
    case 'by-date': return byDate(d.latest ?? '', d.period);
    case 'within-period': return withinPeriod(d.start ?? '', d.latest ?? '', d.period);
    case 'continuous': return { vi: 'thường xuyên', en: 'continuous, no end date' };
    case 'recurring': return d.recurrence ? rhythm(d.recurrence) : { vi: 'định kỳ', en: 'recurring' };
    case 'from-year-on':
      return d.start
        ? { vi: `hằng năm, từ năm ${year(d.start)}`, en: `every year from ${year(d.start)}` }
        : { vi: 'hằng năm, các năm tiếp theo', en: 'every year, in the following years' };
    case 'relative': return d.relative ? relative(d.relative, d.latest) : { vi: 'tính từ một mốc', en: 'relative' };
    case 'after-event': return { vi: 'sau một sự kiện', en: 'after an event' };
  }
}

function byDate(latest: string, period: Deadline['period']): BilingualText {
  const y = year(latest);
  const m = month(latest);
  switch (period) {
    case 'month': return { vi: `đến hết tháng ${m}/${y}`, en: `by the end of ${MONTHS_EN[m - 1]} ${y}` };
    case 'quarter': return { vi: `đến hết quý ${ROMAN[m / 3 - 1]}/${y}`, en: `by the end of Q${m / 3} ${y}` };
    case 'half-year': return { vi: `đến hết 6 tháng ${m === 6 ? 'đầu' : 'cuối'} năm ${y}`, en: `by the end of the ${m === 6 ? 'first' : 'second'} half of ${y}` };
    case 'year': return { vi: `đến hết năm ${y}`, en: `by the end of ${y}` };
    default: return { vi: `chậm nhất ngày ${dayVi(latest)}`, en: `by ${dayEn(latest)}` };
  }
}

function withinPeriod(start: string, latest: string, period: Deadline['period']): BilingualText {
  const y = year(latest);
  const m = month(latest);
  const by = { vi: ` (chậm nhất ngày ${dayVi(latest)})`, en: ` (by ${dayEn(latest)})` };
  const within: BilingualText =
    period === 'month' ? { vi: `trong tháng ${m}/${y}`, en: `within ${MONTHS_EN[m - 1]} ${y}` }
      : period === 'quarter' ? { vi: `trong quý ${ROMAN[m / 3 - 1]}/${y}`, en: `within Q${m / 3} ${y}` }
        : period === 'half-year' ? { vi: `trong 6 tháng ${m === 6 ? 'đầu' : 'cuối'} năm ${y}`, en: `within the ${m === 6 ? 'first' : 'second'} half of ${y}` }
          : period === 'year' ? { vi: `trong năm ${y}`, en: `within ${y}` }
            : { vi: `từ ngày ${dayVi(start)} đến ngày ${dayVi(latest)}`, en: `from ${dayEn(start)} to ${dayEn(latest)}` };
  return period === 'range' ? within : { vi: within.vi + by.vi, en: within.en + by.en };
}

function rhythm(r: Recurrence): BilingualText {
  const once: Readonly<Record<Recurrence['unit'], BilingualText>> = {
    day: { vi: 'hằng ngày', en: 'daily' },
    week: { vi: 'hằng tuần', en: 'weekly' },
    month: { vi: 'hằng tháng', en: 'monthly' },
    quarter: { vi: 'hằng quý', en: 'quarterly' },
    'half-year': { vi: 'định kỳ 6 tháng', en: 'every 6 months' },
    year: { vi: 'hằng năm', en: 'yearly' },
  };
  const units: Readonly<Record<Recurrence['unit'], readonly [string, string, number]>> = {
    day: ['ngày', 'days', 1], week: ['tuần', 'weeks', 1], month: ['tháng', 'months', 1],
    quarter: ['quý', 'quarters', 1], 'half-year': ['tháng', 'months', 6], year: ['năm', 'years', 1],
  };
  const [vi, en, factor] = units[r.unit];
  const every = r.every === 1 ? once[r.unit] : { vi: `định kỳ ${r.every * factor} ${vi}/lần`, en: `every ${r.every * factor} ${en}` };
  const at = r.at ? pointText(r.at, r.unit) : undefined;
  return at ? { vi: `${every.vi}, ${at.vi}`, en: `${every.en}, ${at.en}` } : every;
}

function pointText(at: RecurrenceAt, unit: Recurrence['unit']): BilingualText | undefined {
  if (at.weekday !== undefined || at.time !== undefined) {
    const dayVi = at.weekday === undefined ? '' : WEEKDAYS_VI[at.weekday - 1] ?? '';
    const dayEnName = at.weekday === undefined ? '' : WEEKDAYS_EN[at.weekday - 1] ?? '';
    return {
      vi: ['vào', at.time, dayVi].filter(Boolean).join(' '),
      en: ['on', dayEnName, at.time ? `at ${at.time}` : ''].filter(Boolean).join(' ').replace(/^on at/, 'at'),
    };
  }
  if (at.day === undefined) return undefined;
  if (at.month !== undefined) return { vi: `chậm nhất ngày ${at.day}/${at.month}`, en: `by ${at.day} ${MONTHS_EN[at.month - 1]}` };
  if (at.monthOfPeriod !== undefined) {
    const periodVi = unit === 'half-year' ? '6 tháng' : 'quý';
    const periodEn = unit === 'half-year' ? 'half-year' : 'quarter';
    const lastMonth = unit === 'half-year' ? 6 : 3;
    const whichVi = at.monthOfPeriod === 1 ? 'đầu' : at.monthOfPeriod === lastMonth ? 'cuối' : `thứ ${at.monthOfPeriod}`;
    const whichEn = at.monthOfPeriod === 1 ? 'first' : at.monthOfPeriod === lastMonth ? 'last' : `month ${at.monthOfPeriod}`;
    return {
      vi: `chậm nhất ngày ${at.day} của tháng ${whichVi} ${periodVi}`,
      en: `by day ${at.day} of the ${whichEn} month of the ${periodEn}`.replace('the month ', 'month '),
    };
  }
  return { vi: `chậm nhất ngày ${at.day}`, en: `by day ${at.day}` };
}

function relative(r: RelativeTerm, latest: string | undefined): BilingualText {
  const [n, vi, en] =
    r.months !== undefined && r.months % 12 === 0 ? [r.months / 12, 'năm', 'years']
      : r.months !== undefined ? [r.months, 'tháng', 'months']
      : r.workingDays !== undefined ? [r.workingDays, 'ngày làm việc', 'working days']
        : [r.days ?? 0, 'ngày', 'days'];
  const event: Readonly<Record<RelativeTerm['from'], BilingualText>> = {
    signing: { vi: 'ký', en: 'signing' },
    issuing: { vi: 'ban hành', en: 'issue' },
    receipt: { vi: 'nhận được văn bản', en: 'receipt' },
    effect: { vi: 'văn bản có hiệu lực', en: 'entry into force' },
    event: { vi: r.event ?? 'sự kiện', en: r.event ?? 'an event' },
  };
  const by = latest === undefined ? { vi: '', en: '' } : { vi: ` (chậm nhất ngày ${dayVi(latest)})`, en: ` (by ${dayEn(latest)})` };
  return {
    vi: `trong vòng ${n} ${vi} kể từ ngày ${event[r.from].vi}${by.vi}`,
    en: `within ${n} ${en} of ${event[r.from].en}${by.en}`,
  };
}

// "Sau khi có hướng dẫn" continues a sentence: only its first letter changes, names keep their capitals.
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function year(iso: string): number {
  return Number(iso.slice(0, 4));
}

function month(iso: string): number {
  return Number(iso.slice(5, 7));
}

function dayVi(iso: string): string {
  return `${Number(iso.slice(8, 10))}/${month(iso)}/${year(iso)}`;
}

function dayEn(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTHS_EN[month(iso) - 1]} ${year(iso)}`;
}
