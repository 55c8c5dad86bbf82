import type { Cascade } from '../../src/load/cascade.js';
import { loadCascade } from '../../src/load/load-cascade.js';

let registry: Promise<Cascade> | undefined;
let bundled: Promise<Cascade> | undefined;

/** The registry and the directive only: what the importer knows of a letter it has never seen. */
export function registryAndDirective(): Promise<Cascade> {
  registry ??= loadCascade(['directives/registry', 'directives/documents/ct-14-ttg.yaml']).then((r) => r.cascade);
  return registry;
}

/** Every bundled YAML (registry, directive, the modelled letters). */
export function bundledCascade(): Promise<Cascade> {
  bundled ??= loadCascade(['directives/']).then((r) => r.cascade);
  return bundled;
}
