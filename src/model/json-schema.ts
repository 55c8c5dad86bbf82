import { z } from 'zod';
import { Document } from './document.js';

/** Keys whose values name agencies: an id of the registry (offered for completion) or a name it knows. */
const AGENCY_KEYS = new Set(['issuer', 'superior', 'follow_up', 'to', 'lead', 'coordinators']);
const AGENCY_IDS_REF = '#/$defs/agencyIds';

type JsonObject = { [key: string]: unknown };

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Points every string that may name an agency at the registry's ids (`examples`), so an editor offers them. */
function offerIds(node: unknown, ids: readonly string[], underAgencyKey: boolean): void {
  if (Array.isArray(node)) {
    for (const item of node) offerIds(item, ids, underAgencyKey);
    return;
  }
  if (!isObject(node)) return;
  if (underAgencyKey && node['type'] === 'string') node['$ref'] = AGENCY_IDS_REF;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && isObject(value)) {
      for (const [prop, schema] of Object.entries(value)) offerIds(schema, ids, AGENCY_KEYS.has(prop));
    } else if (key === 'items' || key === 'anyOf' || key === 'oneOf' || key === 'allOf') {
      // `ref` inside `{ref, as}` names the agency too.
      offerIds(value, ids, underAgencyKey);
    } else if (key === '$defs' && isObject(value)) {
      for (const schema of Object.values(value)) offerIds(schema, ids, false);
    }
  }
  if (underAgencyKey && isObject(node['properties']) && isObject((node['properties'] as JsonObject)['ref'])) {
    ((node['properties'] as JsonObject)['ref'] as JsonObject)['$ref'] = AGENCY_IDS_REF;
  }
}

/**
 * The JSON Schema of a document file, from the zod schema itself (so the two cannot drift), for
 * editors: VS Code's YAML extension completes keys and agency ids and underlines mistakes as one types.
 */
export function documentJsonSchema(agencyIds: readonly string[] = []): JsonObject {
  const schema = z.toJSONSchema(Document, { io: 'input', unrepresentable: 'any' }) as JsonObject;
  if (agencyIds.length > 0) {
    offerIds(schema, agencyIds, false);
    schema['$defs'] = { ...(isObject(schema['$defs']) ? schema['$defs'] : {}), agencyIds: { type: 'string', examples: agencyIds } };
  }
  return {
    ...schema,
    $id: 'https://cascade-14ct.invalid/document.schema.json',
    title: 'Văn bản trong chuỗi triển khai (cascade) / A document of the cascade',
  };
}
