/** A string somewhere in a model object, with the object and key (or list and index) holding it. */
export interface StringAt {
  readonly text: string;
  readonly holder: object;
  readonly key: string | number;
}

/** Every string inside `value`, depth first, with its holder (for its place in the YAML). */
export function* stringsIn(value: unknown): Generator<StringAt> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'string') yield { text: item, holder: value, key: i };
      else yield* stringsIn(item);
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string') yield { text: v, holder: value, key: k };
      else yield* stringsIn(v);
    }
  }
}
