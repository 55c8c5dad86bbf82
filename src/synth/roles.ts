/**
 * The roles a provincial task plays, and the central task each one carries. Lower letters link to
 * the provincial task by role, so a role left out of a letter (a seeded gap) is linked to the centre.
 */
export const PROVINCE_ROLES = [
  'propaganda',
  'year-2026',
  'year-2027',
  'later-years',
  'framework',
  'guide',
  'police-report',
  'assistant',
  'materials',
  'report',
] as const;
/** The role of a provincial task. */
export type ProvinceRole = (typeof PROVINCE_ROLES)[number];

/** How a provincial task is tied to the directive: it implements a task, mirrors one, or stands alone. */
export interface RoleLink {
  readonly central?: string;
  readonly how: 'implements' | 'mirrors' | 'none';
}

/** The directive's tasks, by role (`ct-14-ttg#…`). */
export const ROLE_LINKS: Readonly<Record<ProvinceRole, RoleLink>> = {
  propaganda: { central: 'ct-14-ttg#2.a', how: 'implements' },
  'year-2026': { central: 'ct-14-ttg#2.b/2026', how: 'implements' },
  'year-2027': { central: 'ct-14-ttg#2.b/2027', how: 'implements' },
  'later-years': { central: 'ct-14-ttg#2.b/sau', how: 'implements' },
  framework: { central: 'ct-14-ttg#2.c', how: 'implements' },
  guide: { central: 'ct-14-ttg#5.b', how: 'mirrors' },
  'police-report': { central: 'ct-14-ttg#5.c', how: 'mirrors' },
  assistant: { central: 'ct-14-ttg#4', how: 'mirrors' },
  materials: { central: 'ct-14-ttg#3', how: 'mirrors' },
  report: { how: 'none' },
};

/** A provincial letter as the lower letters see it: what to cite and which task plays which role. */
export interface ProvinceLetterRef {
  readonly id: string;
  readonly file: string;
  readonly number: string;
  readonly symbol: string;
  readonly date: string;
  /** Task id by role; a role the letter leaves out is absent. */
  readonly roles: Partial<Record<ProvinceRole, string>>;
  /** The deadline each role's task gives, as written (what lower tasks must not exceed). */
  readonly deadlines: Partial<Record<ProvinceRole, string>>;
}

/** The parent a lower task links to for a role: the provincial task, or the centre's when the province left it out. */
export function parentFor(letter: ProvinceLetterRef, role: ProvinceRole): string | undefined {
  const id = letter.roles[role];
  if (id !== undefined) return `${letter.id}#${id}`;
  const link = ROLE_LINKS[role];
  return link.how === 'implements' ? link.central : undefined;
}
