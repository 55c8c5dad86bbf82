import { z } from 'zod';

/** Levels of the cascade, from the centre down to the units under a department. */
export const AGENCY_LEVELS = ['central', 'province', 'department', 'commune', 'unit'] as const;
export const AgencyLevel = z.enum(AGENCY_LEVELS);
export type AgencyLevel = z.infer<typeof AgencyLevel>;

/** Agency ids: lowercase ASCII words joined by `-`, scoped by `.` (`gia-lai.skhcn`). */
export const AgencyId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/, 'một mã cơ quan dạng `gia-lai.skhcn`');
export type AgencyId = z.infer<typeof AgencyId>;

/** A day written `2025-03-01`. */
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'một ngày dạng `2025-03-01`');

/** One agency of the registry: its official name and every variant a drafter may write. */
export const Agency = z.strictObject({
  id: AgencyId,
  name: z.string().min(1),
  variants: z.array(z.string().min(1)).default([]),
  level: AgencyLevel,
  superior: AgencyId.optional(),
  counterpart: AgencyId.optional(),
  /** Province (slug) the agency belongs to, for every level below the centre. */
  province: z.string().optional(),
  /** First day the agency existed under this name (ISO date), where it matters: a ministry formed by the 2025 merger. */
  from: IsoDay.optional(),
  /** Last day it existed (ISO date): a ministry merged or renamed. */
  until: IsoDay.optional(),
  /** The agency that took over its duties when it ended ("đã hợp nhất vào …"). */
  merged_into: AgencyId.optional(),
  /** `false`: never a member through a group's rule, only when listed by name (the Fatherland Front's committee is no body of the People's Committee: "các sở, ban, ngành" does not include it). */
  in_rules: z.boolean().optional(),
});
export type Agency = z.infer<typeof Agency>;

/** How a group finds its members when they are not listed one by one. */
export const GroupRule = z.strictObject({
  level: z.array(AgencyLevel).min(1),
  /** Only agencies of this province (slug). */
  province: z.string().optional(),
  /** Only agencies directly under this one. */
  superior: AgencyId.optional(),
  /** Only agencies of this provincial template, in every province (`sct`: each province's Sở Công Thương). */
  key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).optional(),
});
export type GroupRule = z.infer<typeof GroupRule>;

/** A group of agencies addressed together: "UBND các xã, phường", "các sở, ban, ngành tỉnh". */
export const Group = z
  .strictObject({
    id: AgencyId,
    name: z.string().min(1),
    variants: z.array(z.string().min(1)).default([]),
    members: z.array(AgencyId).optional(),
    rule: GroupRule.optional(),
    /** Groups whose members all belong to this one too. */
    includes: z.array(AgencyId).optional(),
  })
  .refine((g) => g.members || g.rule || g.includes, {
    message: 'một nhóm cần `members`, `rule` hoặc `includes`',
  });
export type Group = z.infer<typeof Group>;

/**
 * Per-province template: each entry becomes one agency or group in every province of the
 * administrative-units registry. `<tỉnh>` is replaced by "tỉnh Gia Lai" / "thành phố Hồ Chí Minh",
 * `<Tỉnh>` by "Tỉnh Gia Lai", `<cấp>` by "tỉnh" / "thành phố".
 */
export const ProvincialTemplate = z.strictObject({
  key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().min(1),
  variants: z.array(z.string().min(1)).default([]),
  level: AgencyLevel.optional(),
  counterpart: AgencyId.optional(),
  /** Key of the provincial agency this one is under (default: `ubnd`). */
  superior: z.string().optional(),
  members: z.array(z.string()).optional(),
  rule: z
    .strictObject({ level: z.array(AgencyLevel).min(1), superior: z.string().optional() })
    .optional(),
  includes: z.array(z.string()).optional(),
  /** Present only in these provinces (slugs); absent means every province. */
  only: z.array(z.string()).optional(),
  /** Key of the provincial agency that took its duties over when it ended (the 2025 mergers). */
  merged_into: z.string().optional(),
  /** Last day it existed, where the same for every province (ISO date). */
  until: IsoDay.optional(),
  /** `false`: never a member through a group's rule, only when listed by name (the Fatherland Front's committee is no body of the People's Committee: "các sở, ban, ngành" does not include it). */
  in_rules: z.boolean().optional(),
});
export type ProvincialTemplate = z.infer<typeof ProvincialTemplate>;

/** The agencies file (`directives/registry/agencies.yaml`). */
export const AgencyRegistryFile = z.strictObject({
  agencies: z.array(Agency).default([]),
  groups: z.array(Group).default([]),
  provincial: z
    .strictObject({
      agencies: z.array(ProvincialTemplate).default([]),
      groups: z.array(ProvincialTemplate).default([]),
    })
    .optional(),
  /** Path of the administrative-units file, relative to this file. */
  units: z.string().optional(),
});
export type AgencyRegistryFile = z.infer<typeof AgencyRegistryFile>;
