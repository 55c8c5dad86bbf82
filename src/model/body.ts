import { z } from 'zod';
import { AgencyRef, DeadlineField, TargetField, TaskId, TaskLink, TaskRef } from './task.js';

/**
 * Markdown inline text: `**bold**`, `*italic*`, footnote references `[^1]`, links `<https://…>`.
 * Several paragraphs are separate strings.
 */
export const Paragraphs = z.union([z.string(), z.array(z.string())]);
export type Paragraphs = z.infer<typeof Paragraphs>;

/** How the fields of a task are printed under its text: `a) Cơ quan thực hiện: …`, `- …`, or plain lines. */
export const FIELD_STYLES = ['letters', 'dashes', 'plain'] as const;
export const FieldStyle = z.enum(FIELD_STYLES);
export type FieldStyle = z.infer<typeof FieldStyle>;

/** A goal (mục tiêu): a target, not a task. */
export interface Goal {
  goal: string;
  text: Paragraphs;
  target?: TargetField | undefined;
}

/** A task (nhiệm vụ) of a document, with its place in the body. */
export interface Task {
  task: string;
  /** Printed as `N. Title` on its own line, the text below it. */
  title?: string | undefined;
  /** Printed before the text on the same line: `3. Bộ Giáo dục và Đào tạo: Phối hợp …`. */
  lead_in?: string | undefined;
  /** Printed marker when not the id itself (`-`, `+`, or none for ``). */
  marker?: string | undefined;
  text?: Paragraphs | undefined;
  lead?: AgencyRef[] | undefined;
  coordinators?: AgencyRef[] | undefined;
  deadline?: DeadlineField | undefined;
  target?: TargetField | undefined;
  products?: string[] | undefined;
  implements?: TaskLink[] | undefined;
  mirrors?: TaskLink[] | undefined;
  not_applicable?: string | undefined;
  /** The words printed for the fields, when the document words them itself. */
  fields?: FieldsPrint | undefined;
  items?: Node[] | undefined;
  /** Paragraphs after the sub-items. */
  after?: Paragraphs | undefined;
}

/** A numbered section (`I.`, `1.`, `2.`) grouping goals, tasks and paragraphs. */
export interface Section {
  section: string;
  title?: string | undefined;
  marker?: string | undefined;
  /** Lead agencies of every task inside, unless a task names its own (An Giang's "2. Sở KH&CN:"). */
  lead?: AgencyRef[] | undefined;
  items?: Node[] | undefined;
}

/** A free paragraph that is neither a task nor a goal. */
export interface Para {
  p: Paragraphs;
}

export type Node = Section | Task | Goal | Para;

/** The labels and style used to print the fields of a task. */
export interface FieldsPrint {
  style?: FieldStyle | undefined;
  lead?: string | undefined;
  coordinators?: string | undefined;
  deadline?: string | undefined;
  /** Fields already present in the text, not printed again. */
  inline?: ('lead' | 'coordinators' | 'deadline')[] | undefined;
}

export const FieldsPrint: z.ZodType<FieldsPrint> = z.strictObject({
  style: FieldStyle.optional(),
  lead: z.string().optional(),
  coordinators: z.string().optional(),
  deadline: z.string().optional(),
  inline: z.array(z.enum(['lead', 'coordinators', 'deadline'])).optional(),
});

export const Goal: z.ZodType<Goal> = z.strictObject({
  goal: TaskId,
  text: Paragraphs,
  target: TargetField.optional(),
});

export const Para: z.ZodType<Para> = z.strictObject({ p: Paragraphs });

export const Task: z.ZodType<Task> = z.lazy(() =>
  z.strictObject({
    task: TaskId,
    title: z.string().optional(),
    lead_in: z.string().optional(),
    marker: z.string().optional(),
    text: Paragraphs.optional(),
    lead: z.array(AgencyRef).optional(),
    coordinators: z.array(AgencyRef).optional(),
    deadline: DeadlineField.optional(),
    target: TargetField.optional(),
    products: z.array(z.string()).optional(),
    implements: z.array(TaskLink).optional(),
    mirrors: z.array(TaskLink).optional(),
    not_applicable: z.string().min(1).optional(),
    fields: FieldsPrint.optional(),
    items: z.array(Node).optional(),
    after: Paragraphs.optional(),
  }),
);

export const Section: z.ZodType<Section> = z.lazy(() =>
  z.strictObject({
    section: z.string().min(1),
    title: z.string().optional(),
    marker: z.string().optional(),
    lead: z.array(AgencyRef).optional(),
    items: z.array(Node).optional(),
  }),
);

/** A body node; told apart by its key (`task`, `section`, `goal`, `p`). Tasks first: most nodes are tasks, and a union tries its branches in order. */
export const Node: z.ZodType<Node> = z.lazy(() => z.union([Task, Section, Goal, Para]));

export { TaskRef };
