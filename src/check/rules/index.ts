import type { Rule } from '../rule.js';
import { centralTaskMissing } from './central-task-missing.js';
import { citationInconsistent } from './citation-inconsistent.js';
import { deadlineLaterThanParent } from './deadline-later-than-parent.js';
import { documentMissing } from './document-missing.js';
import { draftNotIssued } from './draft-not-issued.js';
import { linkSuspect } from './link-suspect.js';
import { linkUnapproved } from './link-unapproved.js';
import { ministryTaskMirrored } from './ministry-task-mirrored.js';
import { ministryTaskNotMirrored } from './ministry-task-not-mirrored.js';
import { mirrorLaterThanParent } from './mirror-later-than-parent.js';
import { notApplicableWithoutReason } from './not-applicable-without-reason.js';
import { reportRarerThanParent } from './report-rarer-than-parent.js';
import { targetWeakerThanGoal } from './target-weaker-than-goal.js';
import { targetWeakerThanParent } from './target-weaker-than-parent.js';
import { taskMissingDeadline } from './task-missing-deadline.js';
import { taskMissingLead } from './task-missing-lead.js';
import { taskNotApplicable } from './task-not-applicable.js';
import { taskWithoutParent } from './task-without-parent.js';
import { takeUpLate } from './take-up-late.js';

/** Every audit rule, in the order an auditor reads them: coverage, assignment, links, paperwork. */
export const RULES: readonly Rule[] = [
  documentMissing,
  centralTaskMissing,
  taskNotApplicable,
  notApplicableWithoutReason,
  taskMissingLead,
  taskMissingDeadline,
  deadlineLaterThanParent,
  takeUpLate,
  reportRarerThanParent,
  targetWeakerThanParent,
  targetWeakerThanGoal,
  mirrorLaterThanParent,
  ministryTaskMirrored,
  ministryTaskNotMirrored,
  taskWithoutParent,
  linkSuspect,
  linkUnapproved,
  citationInconsistent,
  draftNotIssued,
];

/** Rule ids, for validating the configuration. */
export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));
