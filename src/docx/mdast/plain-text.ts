import type { Nodes } from 'mdast';

/** The text content of a node, as a reader would see it (for measuring and comparing, not printing). */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return node.children.map((c) => plainText(c)).join('');
  return '';
}
