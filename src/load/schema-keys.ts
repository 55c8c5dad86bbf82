import { z } from 'zod';
import { AgencyRegistryFile } from '../model/agency.js';
import { KnownDocumentsFile } from '../model/citation.js';
import { Document } from '../model/document.js';

/** Every key any object of these schemas accepts: the vocabulary "did you mean" picks from. */
function collectKeys(schema: z.core.$ZodType, keys: Set<string>, seen: Set<z.core.$ZodType>): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  const next = (s: z.core.$ZodType): void => collectKeys(s, keys, seen);
  if (schema instanceof z.ZodObject) {
    for (const [k, v] of Object.entries(schema.shape)) {
      keys.add(k);
      next(v as z.core.$ZodType);
    }
  } else if (schema instanceof z.ZodUnion) {
    for (const o of schema.options) next(o);
  } else if (schema instanceof z.ZodArray) {
    next(schema.element);
  } else if (schema instanceof z.ZodRecord) {
    next(schema.valueType);
  } else if (
    schema instanceof z.ZodLazy ||
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodNullable
  ) {
    next(schema.unwrap());
  }
}

let cache: ReadonlySet<string> | undefined;

/** The keys of the document, registry and known-documents schemas. */
export function knownKeys(): ReadonlySet<string> {
  if (!cache) {
    const keys = new Set<string>();
    const seen = new Set<z.core.$ZodType>();
    for (const s of [Document, AgencyRegistryFile, KnownDocumentsFile]) collectKeys(s, keys, seen);
    cache = keys;
  }
  return cache;
}
