import type { Cascade } from '../load/cascade.js';

/** A cascade that can tell an object's file without building its YAML tree again. */
type WithFileOf = Cascade & { readonly fileOf?: (node: object) => string | undefined };

/**
 * The file a model object was read from. Uses the cascade's `fileOf` when it has one (no parsing);
 * otherwise its place, which may parse the file again when the loader keeps no trees.
 */
export function fileOf(cascade: Cascade, node: object): string | undefined {
  const c = cascade as WithFileOf;
  return c.fileOf ? c.fileOf(node) : cascade.locate(node)?.file;
}
