import { FAILSAFE_SCHEMA, Type, type Schema } from 'js-yaml';

type Form = readonly [test: RegExp, construct: (s: string) => unknown];

/**
 * One js-yaml type for one tag, trying its forms in order (js-yaml keeps a single implicit type
 * per tag, so the `yaml` package's three int and three float tests are one type each here).
 */
function implicit(tag: string, forms: readonly Form[]): Type {
  // One test for the common answer (a string is none of these), the forms only for a match.
  const any = new RegExp(forms.map(([test]) => `(?:${test.source})`).join('|'));
  return new Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (s: string) => any.test(s),
    construct: (s: string) => forms.find(([test]) => test.test(s))?.[1](s),
  });
}

const infinity = (s: string): number =>
  s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;

/**
 * The YAML 1.2 core schema exactly as the `yaml` package reads it (its tests, in its order, and
 * its conversions), for `js-yaml`: js-yaml's own core schema also takes `1_000`, `0b101` and
 * `1_0.5` that `yaml` leaves as strings, and the fast reader must give the very values `yaml`
 * gives. No timestamps: a date stays the string written ("2026-05-11").
 */
export const YAML_CORE_SCHEMA: Schema = FAILSAFE_SCHEMA.extend({
  implicit: [
    implicit('null', [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]),
    implicit('bool', [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']]),
    implicit('int', [
      [/^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
      [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
      [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
    ]),
    implicit('float', [
      [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, infinity],
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
      [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
    ]),
  ],
});
