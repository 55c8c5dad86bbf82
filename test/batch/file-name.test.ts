import { describe, expect, it } from 'vitest';
import { recipientFileName, uniqueNames } from '../../src/batch/file-name.js';
import { expandRecipients } from '../../src/batch/recipients.js';
import type { UnitProvince } from '../../src/load/units.js';

describe('recipientFileName', () => {
  it('is the ASCII slug of the name and the code', () => {
    expect(recipientFileName('Phường Quy Nhơn Đông', '21601')).toBe('phuong-quy-nhon-dong-21601.docx');
    expect(recipientFileName("Xã Ea H'Leo", '24181')).toBe('xa-ea-h-leo-24181.docx');
  });

  it('never lets a name or a code climb out of the folder or add one', () => {
    const names = [recipientFileName('../../etc/passwd', '01'), recipientFileName('Xã A/B\\C', '../x'), recipientFileName('..', '..'), recipientFileName('/', '')];
    expect(names).toEqual(['etc-passwd-01.docx', 'xa-a-b-c-x.docx', 'don-vi.docx', 'don-vi.docx']);
    for (const n of names) expect(n).toMatch(/^[a-z0-9][a-z0-9-]*\.docx$/);
  });

  it('keeps names of a batch apart', () => {
    const unique = uniqueNames();
    expect(['a.docx', 'A.docx', 'a.docx', 'a-2.docx'].map(unique)).toEqual(['a.docx', 'A-2.docx', 'a-3.docx', 'a-2-2.docx']);
  });
});

describe('expandRecipients with a units file given by the user', () => {
  it('takes the communes from that file, names with path tricks included, and gives each a safe file', () => {
    const units: UnitProvince[] = [
      { Code: '52', FullName: 'Tỉnh Gia Lai', Wards: [
        { Code: '1', FullName: 'Xã ../../Evil' },
        { Code: '2/3', FullName: 'Phường A/B' },
      ] },
    ];
    const registry = { agencies: new Map(), groups: new Map([['gia-lai.ubnd-xa', { id: 'gia-lai.ubnd-xa', name: 'UBND các xã', variants: [], rule: { level: ['commune' as const], province: 'gia-lai' } }]]) };
    const { recipients, diagnostics } = expandRecipients('gia-lai.ubnd-xa', registry, units);
    expect(diagnostics).toEqual([]);
    expect(recipients.map((r) => [r.name, r.fileName])).toEqual([
      ['Ủy ban nhân dân xã ../../Evil', 'xa-evil-1.docx'],
      ['Ủy ban nhân dân phường A/B', 'phuong-a-b-2-3.docx'],
    ]);
  });

  it('says which group it does not know, with a suggestion', () => {
    const registry = { agencies: new Map(), groups: new Map([['gia-lai.ubnd-xa', { id: 'gia-lai.ubnd-xa', name: 'x', variants: [], rule: { level: ['commune' as const] } }]]) };
    const { diagnostics } = expandRecipients('gia-lai.ubnd-xx', registry, []);
    expect(diagnostics[0]?.message.en).toBe('No group or agency `gia-lai.ubnd-xx` in the registry (did you mean `gia-lai.ubnd-xa`?)');
  });
});
