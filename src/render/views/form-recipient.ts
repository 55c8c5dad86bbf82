import type { Node, Task } from '../../model/body.js';
import type { Document } from '../../model/document.js';
import type { AgencyRef } from '../../model/task.js';
import { nfc } from '../../text/normalize.js';
import type { AgencyRegistry } from '../agencies.js';
import { paragraphs } from './body.js';

// "gửi về Sở Nội vụ (đối với Ủy ban nhân dân phường, xã, đặc khu)", "gửi Sở Nội vụ theo dõi": the
// body named after "gửi", up to a bracket, a comma or the verb that follows it; and whose results.
const SEND_TO = /gửi(?:\s+về)?\s+((?:Sở|Bộ|Ủy ban|UBND|Công an|Văn phòng|Ban|Phòng)[^,;.()]*?)(?=\s*(?:\(|,|;|\.|$|\s(?:để|theo|trước|chậm|trong|định)\s))(?:\s*\(đối với\s+([^)]+)\))?/gu;

/** A task and the agencies that lead it (its own, else its section's). */
interface LedTask {
  readonly task: Task;
  readonly lead: readonly AgencyRef[];
}

function ledTasks(nodes: readonly Node[], lead: readonly AgencyRef[], out: LedTask[] = []): LedTask[] {
  for (const n of nodes) {
    if ('section' in n) ledTasks(n.items ?? [], n.lead ?? lead, out);
    else if ('task' in n) {
      out.push({ task: n, lead: n.lead ?? lead });
      ledTasks(n.items ?? [], n.lead ?? lead, out);
    }
  }
  return out;
}

const refId = (r: AgencyRef): string => (typeof r === 'string' ? r : r.ref);
const plain = (s: string): string => nfc(s).replace(/\*\*|__|[*_]/g, '').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

/** Every name a unit goes by in the letter and the registry: its own, its group's, the letter's `as`. */
function namesOf(ids: readonly string[], lead: readonly AgencyRef[], registry: AgencyRegistry): string[] {
  const written = lead.filter((r) => ids.includes(refId(r)) && typeof r !== 'string').map((r) => (r as { as?: string }).as ?? '');
  const registered = ids.flatMap((id) => {
    const entry = registry.agencies.get(id) ?? registry.groups.get(id);
    return entry ? [entry.name, ...entry.variants] : [];
  });
  return [...written, ...registered].map(plain).filter((s) => s !== '');
}

/** The registry entry a body's name stands for, looked for in the issuer's province first. */
function agencyNamed(name: string, province: string | undefined, registry: AgencyRegistry): string | undefined {
  const wanted = plain(name);
  const matches = [...registry.agencies.values()].filter((a) => [a.name, ...a.variants].some((n) => plain(n) === wanted));
  return (matches.find((a) => a.province === province) ?? matches.find((a) => a.level === 'central'))?.id;
}

/**
 * Where a unit sends its form, as the letter says it: in a task the unit (or the group it is
 * addressed through) leads, the body after "gửi (về)" — the one whose "(đối với …)" names the unit
 * when the letter sends different units to different bodies (Sở Nội vụ for the communes, Sở GD&ĐT
 * for the schools); else the lead of the task that compiles the units' results ("tổng hợp, báo
 * cáo …"); else the letter's issuer. An agency id.
 */
export function formRecipient(doc: Document, unit: string, via: string | undefined, registry: AgencyRegistry): string | undefined {
  const ids = via ? [unit, via] : [unit];
  const province = doc.issuer ? registry.agencies.get(doc.issuer)?.province : undefined;
  const tasks = ledTasks(doc.body, []);
  for (const { task, lead } of tasks.filter((t) => t.lead.some((r) => ids.includes(refId(r))))) {
    const names = namesOf(ids, lead, registry);
    const sends = [...paragraphs(task.text).join(' ').matchAll(SEND_TO)].map((m) => ({ to: m[1] ?? '', about: m[2] }));
    const forUnit = sends.find((s) => s.about !== undefined && names.some((n) => plain(s.about ?? '').includes(n) || n.includes(plain(s.about ?? ''))));
    const chosen = forUnit ?? sends.find((s) => s.about === undefined);
    const id = chosen ? agencyNamed(chosen.to, province, registry) : undefined;
    if (id) return id;
  }
  const compiler = tasks.find((t) => /tổng hợp/iu.test(paragraphs(t.task.text).join(' ')) && (t.task.products ?? []).length > 0 && !t.lead.some((r) => ids.includes(refId(r))));
  const lead = compiler?.lead[0];
  return lead ? refId(lead) : doc.issuer;
}
