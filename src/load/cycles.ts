/**
 * Every elementary cycle reached by a depth-first walk, each once, as the path that closes it
 * (`[a, b, a]`). Iterative, so a deep cascade cannot overflow the stack.
 */
export function findCycles(nodes: Iterable<string>, edges: (node: string) => readonly string[]): string[][] {
  const state = new Map<string, 1 | 2>(); // 1 on the current path, 2 done
  const cycles: string[][] = [];
  const seen = new Set<string>();
  for (const start of nodes) {
    if (state.has(start)) continue;
    const path: string[] = [];
    const stack: { node: string; next: number }[] = [{ node: start, next: 0 }];
    state.set(start, 1);
    path.push(start);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (!top) break;
      const out = edges(top.node);
      if (top.next >= out.length) {
        state.set(top.node, 2);
        stack.pop();
        path.pop();
        continue;
      }
      const to = out[top.next++] ?? '';
      const s = state.get(to);
      if (s === 1) {
        const cycle = [...path.slice(path.indexOf(to)), to];
        const key = [...cycle.slice(0, -1)].sort().join('\u0000');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else if (s === undefined) {
        state.set(to, 1);
        path.push(to);
        stack.push({ node: to, next: 0 });
      }
    }
  }
  return cycles;
}
