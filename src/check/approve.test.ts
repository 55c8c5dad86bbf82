import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { approveLinks } from './approve.js';

const FP: Record<string, string> = { 'p#1': 'aaaaaaaaaaaa', 'p#2': 'bbbbbbbbbbbb', 'p#3': 'cccccccccccc' };
const fingerprint = (ref: string) => FP[ref];
const all = () => true;

const TEXT = `# A letter
id: d
body:
  - section: "1"
    items:
      - task: "1.1" # first
        implements: [p#1]   # keep this comment
      - task: "1.2"
        mirrors:
          - p#2
          - { task: p#3, fingerprint: 000000000000 }
  - task: "2"
    implements:
      - task: p#1 # block form
        note: kept
`;

describe('approveLinks', () => {
  it('writes the fingerprint into every kind of link and changes nothing else', () => {
    const { text } = approveLinks(TEXT, all, fingerprint);
    expect(text).toBe(`# A letter
id: d
body:
  - section: "1"
    items:
      - task: "1.1" # first
        implements: [{ task: p#1, fingerprint: aaaaaaaaaaaa }]   # keep this comment
      - task: "1.2"
        mirrors:
          - { task: p#2, fingerprint: bbbbbbbbbbbb }
          - { task: p#3, fingerprint: cccccccccccc }
  - task: "2"
    implements:
      - task: p#1 # block form
        fingerprint: aaaaaaaaaaaa
        note: kept
`);
  });

  it('says what it changed, with the fingerprint a link had before', () => {
    const { changes } = approveLinks(TEXT, all, fingerprint);
    expect(changes).toEqual([
      { task: 'd#1.1', kind: 'implements', parent: 'p#1', after: 'aaaaaaaaaaaa' },
      { task: 'd#1.2', kind: 'mirrors', parent: 'p#2', after: 'bbbbbbbbbbbb' },
      { task: 'd#1.2', kind: 'mirrors', parent: 'p#3', before: '000000000000', after: 'cccccccccccc' },
      { task: 'd#2', kind: 'implements', parent: 'p#1', after: 'aaaaaaaaaaaa' },
    ]);
  });

  it('gives YAML that reads back as the same data plus the fingerprints', () => {
    const { text } = approveLinks(TEXT, all, fingerprint);
    expect(parse(text).body[0].items[0].implements).toEqual([{ task: 'p#1', fingerprint: 'aaaaaaaaaaaa' }]);
  });

  it('touches only the selected task', () => {
    const { changes } = approveLinks(TEXT, (ref) => ref === 'd#1.2', fingerprint);
    expect(changes.map((c) => c.parent)).toEqual(['p#2', 'p#3']);
  });

  it('changes nothing the second time', () => {
    const once = approveLinks(TEXT, all, fingerprint).text;
    expect(approveLinks(once, all, fingerprint)).toEqual({ text: once, changes: [] });
  });

  it('leaves links to unknown parents alone', () => {
    expect(approveLinks('id: d\nbody:\n  - task: "1"\n    implements: [x#9]\n', all, fingerprint).changes).toEqual([]);
  });
});

describe('approveLinks on fingerprints that look like numbers', () => {
  it('quotes them so that they read back as strings', () => {
    const { text, changes } = approveLinks('id: d\nbody:\n  - task: "1"\n    implements: [p#1]\n', all, () => '12e456789012');
    expect(text).toContain('fingerprint: "12e456789012"');
    expect(parse(text).body[0].implements[0].fingerprint).toBe('12e456789012');
    expect(changes[0]?.after).toBe('12e456789012');
  });
});
