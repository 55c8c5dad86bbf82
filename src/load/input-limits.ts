import type { Node } from '../model/body.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { aliasProblem } from './alias-budget.js';
import { limitOf, overLimit } from './limits.js';
import { placeOfFile } from './source.js';
import { yamlTooDeep } from './yaml-depth.js';

/** The first limit a YAML text goes over before it is parsed (nesting, aliases), or undefined. */
export function textOverLimit(file: string, text: string): Diagnostic | undefined {
  return yamlTooDeep(file, text) ?? aliasProblem(file, text);
}

/** The nodes of a body (tasks, sections, goals, paragraphs), counted without recursion, up to `stop`. */
function countNodes(body: readonly Node[], stop: number): number {
  let n = 0;
  const todo: (readonly Node[])[] = [body];
  for (let list = todo.pop(); list && n <= stop; list = todo.pop()) {
    for (const node of list) {
      n++;
      const items = (node as { items?: readonly Node[] }).items;
      if (items) todo.push(items);
    }
  }
  return n;
}

/** A document with more body nodes than the limit: refused whole (the checks grow with them). */
export function tooManyTasks(file: string, body: readonly Node[] | undefined): Diagnostic | undefined {
  const max = limitOf('tasksPerDocument');
  const n = body ? countNodes(body, max) : 0;
  if (n <= max) return undefined;
  return {
    rule: 'document-too-many-tasks',
    severity: 'error',
    message: overLimit('tasksPerDocument', { vi: `hơn ${max} nhiệm vụ và mục`, en: `more than ${max} tasks and sections` }, max),
    place: placeOfFile(file),
  };
}
