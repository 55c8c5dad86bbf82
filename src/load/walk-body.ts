import type { Goal, Node, Para, Section, Task } from '../model/body.js';

/** One node of a document's body with the sections and tasks around it, outermost first. */
export type BodyVisit =
  | { readonly kind: 'task'; readonly node: Task; readonly ancestors: readonly (Section | Task)[] }
  | { readonly kind: 'goal'; readonly node: Goal; readonly ancestors: readonly (Section | Task)[] }
  | { readonly kind: 'section'; readonly node: Section; readonly ancestors: readonly (Section | Task)[] }
  | { readonly kind: 'p'; readonly node: Para; readonly ancestors: readonly (Section | Task)[] };

/** Every node of a body in document order, depth first. */
export function* walkBody(nodes: readonly Node[], ancestors: readonly (Section | Task)[] = []): Generator<BodyVisit> {
  for (const node of nodes) {
    if ('task' in node) {
      yield { kind: 'task', node, ancestors };
      if (node.items) yield* walkBody(node.items, [...ancestors, node]);
    } else if ('section' in node) {
      yield { kind: 'section', node, ancestors };
      if (node.items) yield* walkBody(node.items, [...ancestors, node]);
    } else if ('goal' in node) {
      yield { kind: 'goal', node, ancestors };
    } else {
      yield { kind: 'p', node, ancestors };
    }
  }
}
