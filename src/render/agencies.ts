import type { Agency, Group } from '../model/agency.js';
import type { AgencyRef } from '../model/task.js';
import { nfc } from '../text/normalize.js';
import { RenderError } from './render-error.js';

/** What the views read of the registry; a loaded `Cascade` fits. */
export interface AgencyRegistry {
  readonly agencies: ReadonlyMap<string, Agency>;
  readonly groups: ReadonlyMap<string, Group>;
}

/** An agency reference as a view prints it. */
export interface NamedAgency {
  /** Registry id, when the reference is one (or resolves to one). */
  readonly id: string | undefined;
  /** The words to print: the document's own (`as`), the registry's name, or the name as written. */
  readonly name: string;
  readonly isGroup: boolean;
}

// What a reference looks like when it is meant as an id rather than a name: `gia-lai.skhcn`, `bo-ca`.
const LOOKS_LIKE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

function refId(ref: AgencyRef): string {
  return typeof ref === 'string' ? ref : ref.ref;
}

/**
 * Names an agency reference. An id of the registry prints the registry's name (or the document's
 * `as`); a name as written ("Sở KH&CN") prints as written. An id the registry does not know is an
 * error: printing `gia-lai.skhnc` in a letter would be worse than stopping.
 */
export function nameAgency(ref: AgencyRef, registry: AgencyRegistry): NamedAgency {
  const id = refId(ref);
  const agency = registry.agencies.get(id);
  const group = registry.groups.get(id);
  const written = typeof ref === 'string' ? undefined : ref.as;
  if (agency || group) return { id, name: nfc(written ?? agency?.name ?? group?.name ?? id), isGroup: group !== undefined };
  if (LOOKS_LIKE_ID.test(id)) {
    throw new RenderError({
      vi: `Không tìm thấy cơ quan \`${id}\` trong danh mục (directives/registry/agencies.yaml)`,
      en: `No agency \`${id}\` in the registry (directives/registry/agencies.yaml)`,
    });
  }
  return { id: undefined, name: nfc(written ?? id), isGroup: false };
}

// A group's name that starts with one of these reads as a common noun in mid-sentence ("và các cơ quan").
const DETERMINERS = new Set(['các', 'những', 'toàn', 'mọi']);

function upperFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

function lowerDeterminer(s: string): string {
  const first = s.split(/\s/, 1)[0] ?? '';
  return DETERMINERS.has(first.toLocaleLowerCase('vi')) ? first.toLocaleLowerCase('vi') + s.slice(first.length) : s;
}

/**
 * A list of agencies as letters write it: agencies joined with ", ", and the groups that follow
 * them joined with " và ", in lower case ("Công an tỉnh, Sở Nội vụ và các cơ quan, đơn vị, địa
 * phương"). The first word is capitalised, since the list starts a field's value.
 */
export function joinAgencies(named: readonly NamedAgency[]): string {
  if (named.length === 0) return '';
  let split = named.length;
  while (split > 0 && named[split - 1]?.isGroup) split -= 1;
  const head = named.slice(0, split).map((a) => a.name);
  const tail = named.slice(split).map((a, i) => (split > 0 || i > 0 ? lowerDeterminer(a.name) : a.name));
  const text = head.length > 0 && tail.length > 0 ? `${head.join(', ')} và ${tail.join(', ')}` : [...head, ...tail].join(', ');
  return upperFirst(text);
}

// Where an agency's name turns into its place: "Ủy ban nhân dân | tỉnh Gia Lai".
const PLACE_WORD = /\s(?=(?:tỉnh|thành phố|xã|phường|đặc khu|quận|huyện|thị xã)\s)/iu;

/** Header lines of an agency's name, upper case: "Ủy ban nhân dân tỉnh Gia Lai" → `ỦY BAN NHÂN DÂN`, `TỈNH GIA LAI`. */
export function headerLines(name: string): string[] {
  const text = nfc(name).trim();
  const at = PLACE_WORD.exec(text)?.index;
  const parts = at === undefined ? [text] : [text.slice(0, at), text.slice(at + 1)];
  return parts.map((p) => p.toLocaleUpperCase('vi'));
}
