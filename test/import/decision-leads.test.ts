/**
 * Leads and issuer of a short decision and a Party resolution, imported whole: the wording is the
 * corpus's (Lào Cai's delegation decisions, the Politburo's resolution 10-NQ/TW), cut short.
 */
import { describe, expect, it } from 'vitest';
import { importText, type ImportResult } from '../../src/import/import-text.js';
import type { AgencyRef } from '../../src/model/task.js';
import { registryAndDirective } from './cascades.js';

const DECISION = `ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
Số: 904/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày 26 tháng 8 năm 2025

QUYẾT ĐỊNH
Về việc ủy quyền thành lập Đoàn thẩm định

ỦY BAN NHÂN DÂN TỈNH LÀO CAI

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

QUYẾT ĐỊNH:

Điều 1. Ủy quyền cho Giám đốc Sở Công Thương thành lập Đoàn thẩm định cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm trên địa bàn tỉnh.

Điều 2. Phân cấp cho Sở Y tế thực hiện một số nhiệm vụ, quyền hạn sau

1. Quản lý an toàn thực phẩm đối với bếp ăn tập thể.

2. Tổ chức tiếp nhận bản tự công bố sản phẩm.

Điều 3. Tổ chức thực hiện

1. Trách nhiệm của nhà đầu tư

- Thực hiện nghiêm túc các nội dung theo Quyết định chủ trương đầu tư được cấp.

- Báo cáo giám sát đánh giá đầu tư dự án hằng quý.

Điều 4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai và các cơ quan liên quan: Tăng cường giám sát việc thực hiện Quyết định này.

Điều 5. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.

Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Tài chính, Công Thương; Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 5;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Ngô Hạnh Phúc
`;

const PARTY = `BAN CHẤP HÀNH TRUNG ƯƠNG
ĐẢNG CỘNG SẢN VIỆT NAM
Số: 10-NQ/TW
Hà Nội, ngày 10 tháng 02 năm 2022

NGHỊ QUYẾT
CỦA BỘ CHÍNH TRỊ VỀ ĐỊNH HƯỚNG CHIẾN LƯỢC ĐỊA CHẤT, KHOÁNG SẢN

I- TÌNH HÌNH VÀ NGUYÊN NHÂN

Sau 10 năm thực hiện Nghị quyết số 02-NQ/TW, công tác quản lý và hoạt động của ngành đã đạt được nhiều kết quả tích cực.

IV- TỔ CHỨC THỰC HIỆN

1. Đảng đoàn Quốc hội lãnh đạo, chỉ đạo việc rà soát, sửa đổi, hoàn thiện pháp luật về địa chất, khoáng sản.

2. Ban cán sự đảng Bộ Tài nguyên và Môi trường chủ trì phối hợp với các cơ quan có liên quan thường xuyên theo dõi, hướng dẫn, kiểm tra.

Nơi nhận:
- Các tỉnh ủy, thành ủy,
- Lưu Văn phòng Trung ương Đảng.

T/M BỘ CHÍNH TRỊ
TỔNG BÍ THƯ

Nguyễn Phú Trọng
`;

const refId = (r: AgencyRef): string => (typeof r === 'string' ? r : r.ref);

async function load(text: string): Promise<ImportResult> {
  return importText(text, await registryAndDirective(), { fileName: 'van-ban.txt' });
}

/** The lead in force of each task: its own, or its section's. */
function leads(r: ImportResult): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (nodes: readonly unknown[], inherited: string[]): void => {
    for (const n of nodes as Record<string, unknown>[]) {
      const own = (n.lead as AgencyRef[] | undefined)?.map(refId);
      if ('section' in n) walk((n.items as unknown[]) ?? [], own ?? inherited);
      if ('task' in n) {
        out[n.task as string] = own ?? inherited;
        walk((n.items as unknown[]) ?? [], own ?? inherited);
      }
    }
  };
  walk(r.document.body, []);
  return out;
}

describe('a decision: delegation, a duty article, the closing article', () => {
  it('gives each article the body it names', async () => {
    const l = leads(await load(DECISION));
    expect(l['1']).toEqual(['lao-cai.sct']);
    expect(l['2.1']).toEqual(['lao-cai.syt']);
    expect(l['2.2']).toEqual(['lao-cai.syt']);
  });

  it('proposes the body a duty heading names that the registry lacks ("Trách nhiệm của nhà đầu tư")', async () => {
    const r = await load(DECISION);
    const l = leads(r);
    const investor = r.proposals.agencies.find((a) => a.name === 'nhà đầu tư');
    expect(investor).toBeDefined();
    expect(l['3.1-1']).toEqual([investor?.id]);
    expect(l['3.1-2']).toEqual([investor?.id]);
  });

  it('reads the bodies a request names before its colon ("Đề nghị Ủy ban MTTQ … và các cơ quan liên quan: …")', async () => {
    expect(leads(await load(DECISION))['4']).toEqual(['lao-cai.mttq']);
  });

  it('keeps the closing list in the last article and reads its bodies', async () => {
    const r = await load(DECISION);
    expect(r.document.closing).toBeUndefined();
    expect(leads(r)['5']).toEqual(['lao-cai.vp', 'lao-cai.stc', 'lao-cai.sct', 'lao-cai.ubnd-xa']);
  });
});

describe('a Party resolution', () => {
  it('takes the issuer from "T/M BỘ CHÍNH TRỊ" and places the document in no province', async () => {
    const r = await load(PARTY);
    expect(r.document.issuer).toBe('bct-tw');
    expect(r.document.signer).toMatchObject({ authority: 'TM', for: 'BỘ CHÍNH TRỊ' });
    expect(r.proposals.agencies.every((a) => a.province === undefined)).toBe(true);
  });

  it('proposes the Party bodies that lead, never the ministry a Party committee sits in', async () => {
    const r = await load(PARTY);
    const l = leads(r);
    const name = (id: string | undefined) => r.proposals.agencies.find((a) => a.id === id)?.name;
    expect(name(l['IV.1']?.[0])).toBe('Đảng đoàn Quốc hội');
    expect(name(l['IV.2']?.[0])).toBe('Ban cán sự đảng Bộ Tài nguyên và Môi trường');
    expect(Object.values(l).flat()).not.toContain('bo-tnmt');
  });
});
