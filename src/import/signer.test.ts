import { describe, expect, it } from 'vitest';
import { readSigner } from './signer.js';

describe('readSigner', () => {
  it('reads authority, on whose behalf, title and name', () => {
    expect(readSigner(['**KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH**', 'Lâm Hải Giang'])?.signer).toEqual({ authority: 'KT', for: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Lâm Hải Giang' });
    expect(readSigner(['GIÁM ĐỐC', '(Đã ký)', 'Nguyễn Văn An'])?.signer).toEqual({ title: 'GIÁM ĐỐC', name: 'Nguyễn Văn An' });
  });

  it('keeps the signer’s authority when two are printed, the other above it', () => {
    const r = readSigner(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nông Thị Hà']);
    expect(r?.signer).toEqual({ above: ['TM. ỦY BAN NHÂN DÂN'], authority: 'KT', for: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nông Thị Hà' });
    expect(r?.extra).toEqual([]);
  });

  it('reads the Party\'s "T/M BỘ CHÍNH TRỊ", also when two columns print it after the title', () => {
    const want = { authority: 'TM', for: 'BỘ CHÍNH TRỊ', title: 'TỔNG BÍ THƯ', name: 'Nguyễn Phú Trọng' };
    expect(readSigner(['T/M BỘ CHÍNH TRỊ', 'TỔNG BÍ THƯ', 'Nguyễn Phú Trọng'])?.signer).toEqual(want);
    const late = readSigner(['TỔNG BÍ THƯ', 'Nguyễn Phú Trọng', 'T/M BỘ CHÍNH TRỊ']);
    expect(late?.signer).toEqual(want);
    expect(late?.extra).toEqual([]);
  });

  it('is not fooled by a sentence', () => {
    expect(readSigner(['Thủ trưởng các cơ quan tổ chức thực hiện./.'])).toBeUndefined();
  });
});
