import type { Paragraph } from 'docx';
import type { FootnoteDefinition, Nodes, Root } from 'mdast';

/** The footnotes one Markdown root can reference; labels are local to their root. */
export interface FootnoteScope {
  /** The Word footnote id for a label, assigned on first reference; undefined when the label has no definition. */
  reference(identifier: string): number | undefined;
}

interface Entry {
  readonly definition: FootnoteDefinition;
  id?: number;
}

function collectDefinitions(node: Nodes, into: Map<string, Entry>): void {
  if (node.type === 'footnoteDefinition') {
    if (!into.has(node.identifier)) into.set(node.identifier, { definition: node });
    return;
  }
  if ('children' in node) for (const child of node.children) collectDefinitions(child, into);
}

/**
 * Numbers the footnotes of a whole document: the body and every appendix share Word's single
 * footnote part, so ids run on across roots while `[^1]` in an appendix stays its own note.
 */
export class FootnoteRegistry {
  private readonly scopes: Map<string, Entry>[] = [];
  private readonly order: Entry[] = [];

  /** Registers a root's definitions and returns the scope its references resolve in. */
  scope(root: Root): FootnoteScope {
    const entries = new Map<string, Entry>();
    collectDefinitions(root, entries);
    this.scopes.push(entries);
    return {
      reference: (identifier) => {
        const entry = entries.get(identifier);
        if (!entry) return undefined;
        if (entry.id === undefined) {
          entry.id = this.order.length + 1;
          this.order.push(entry);
        }
        return entry.id;
      },
    };
  }

  /** The referenced footnotes, in the `footnotes` shape `Document` takes, their content built by `render`. */
  notes(render: (definition: FootnoteDefinition) => Paragraph[]): Record<string, { children: Paragraph[] }> {
    const notes: Record<string, { children: Paragraph[] }> = {};
    // A footnote may reference another while rendering; iterate by index so late additions are seen.
    for (let i = 0; i < this.order.length; i++) {
      const entry = this.order[i];
      if (entry?.id !== undefined) notes[String(entry.id)] = { children: render(entry.definition) };
    }
    return notes;
  }

  /** Definitions that nothing referenced: their text would be lost, so the caller warns. */
  unused(): FootnoteDefinition[] {
    return this.scopes.flatMap((s) => [...s.values()].filter((e) => e.id === undefined).map((e) => e.definition));
  }
}
