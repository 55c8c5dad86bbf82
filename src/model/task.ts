import { z } from 'zod';
import { DOC_ID_SOURCE, TASK_ID_SOURCE } from './task-id.js';

/** Task ids: the document's own numbering (`2.b`, `2.1`) or a positional id (`2-1`, `2.b/2027`). */
export const TaskId = z.string().regex(new RegExp(`^${TASK_ID_SOURCE}$`, 'u'), 'một số hiệu nhiệm vụ dạng `2.1`, `2.b`, `2.đ` hoặc `2-1`');
export type TaskId = z.infer<typeof TaskId>;

/** A reference to a task of another document: `ct-14-ttg#2.b/2027`. */
export const TaskRef = z
  .string()
  .regex(new RegExp(`^${DOC_ID_SOURCE}#${TASK_ID_SOURCE}$`, 'u'), 'một tham chiếu nhiệm vụ dạng `ct-14-ttg#2.b`');
export type TaskRef = z.infer<typeof TaskRef>;

/**
 * A link to a parent task. `fingerprint` is the parent's text-and-deadline hash when the link was
 * approved; when the parent changes, the link becomes suspect.
 */
export const TaskLink = z.union([
  TaskRef,
  z.strictObject({ task: TaskRef, fingerprint: z.string().regex(/^[0-9a-f]{8,64}$/).optional() }),
]);
export type TaskLink = z.infer<typeof TaskLink>;

/**
 * An agency as a task or a letter names it: an id of the registry (agency or group) or a name the
 * registry knows ("Sở KH&CN"), or an object with the id and the words printed in this document
 * (`as`), when they differ from the registry's.
 */
export const AgencyRef = z.union([
  z.string().min(1),
  z.strictObject({ ref: z.string().min(1), as: z.string().min(1) }),
]);
export type AgencyRef = z.infer<typeof AgencyRef>;

/** A deadline: the phrase as written; a structured value may be written beside it. */
export const DeadlineField = z.union([
  z.string().min(1),
  z.strictObject({ text: z.string().min(1), by: z.string().optional(), every: z.string().optional() }),
]);
export type DeadlineField = z.infer<typeof DeadlineField>;

/** A measurable target ("100% CBCCVC ... đến hết năm 2026"). */
export const TargetField = z.union([
  z.string().min(1),
  z.strictObject({
    text: z.string().min(1),
    percent: z.number().min(0).max(100).optional(),
    /** Year by which it must be reached. */
    by: z.number().int().optional(),
    /** First year of a yearly target. */
    from: z.number().int().optional(),
  }),
]);
export type TargetField = z.infer<typeof TargetField>;
