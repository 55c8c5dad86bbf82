import { Document as YamlDocument } from 'yaml';
import type { Text } from '../report/diagnostic.js';

/** A parent link the importer is not sure enough of to write: left for a reviewer, with its score and both texts. */
export interface ProposedLink {
  /** The task of the draft (its id). */
  readonly task: string;
  /** The parent task (`lao-cai-qd-1883#3.2.d`). */
  readonly parent: string;
  readonly relation: 'implements' | 'mirrors';
  readonly score: number;
  readonly why: Text;
  readonly text: string;
  readonly parentText: string;
}

/** The file name of a draft's link proposals: read by a reviewer, never loaded as input (load/discover.ts). */
export const LINK_PROPOSALS_SUFFIX = '.proposals-links.yaml';

/**
 * The links for review as YAML: one entry per task and parent, with the score, what it rests on and
 * both texts; accepting one is copying `parent` into the task's `implements` (or `mirrors`).
 */
export function linkProposalsYaml(links: readonly ProposedLink[], lang: 'vi' | 'en'): string | undefined {
  if (links.length === 0) return undefined;
  const doc = new YamlDocument({
    proposed_links: links.map((l) => ({ task: l.task, parent: l.parent, relation: l.relation, score: l.score, why: l.why[lang], text: l.text, parent_text: l.parentText })),
  });
  doc.commentBefore =
    lang === 'vi'
      ? ' Liên kết đề xuất, cần xem lại: lời văn và cơ quan gần với nhiệm vụ cấp trên nhưng điểm dưới ngưỡng liên kết.\n Chấp nhận: chép `parent` vào `implements:` (hoặc `mirrors:`) của nhiệm vụ `task` trong bản nháp. Tệp này không được đọc như dữ liệu đầu vào.'
      : ' Proposed parent links for review: wording and agencies close to a parent task, but a score below the link threshold.\n To accept one, copy `parent` into the `implements:` (or `mirrors:`) of task `task` in the draft. This file is not read as input.';
  return doc.toString({ lineWidth: 0 });
}
