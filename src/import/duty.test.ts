/**
 * Leads read where decisions and resolutions put them: a duty heading over an article's clauses, the
 * closing article's list of who carries the decision out, a power given "cho" a body, a Party body
 * named inside an agency. The wording is taken from the corpus's Lào Cai decisions and the Party's
 * resolution; the registry is the bundled one.
 */
import { describe, expect, it } from 'vitest';
import { registryAndDirective } from '../../test/import/cascades.js';
import { readAgencies, type AgencyHit } from './agencies.js';
import { registryView, type RegistryView } from './context.js';
import { dutyHolders } from './duty-heading.js';
import { dutySubject, expandElided } from './duty-subject.js';
import { looksLikeName, readTaskFields, subjectName } from './task-fields.js';

const P = 'lao-cai';
const view = async (): Promise<RegistryView> => registryView(await registryAndDirective());
const proposed: string[] = [];
const propose = (name: string): AgencyHit => {
  proposed.push(name);
  return { id: `new:${name}`, as: name, via: 'exact', score: 0.5 };
};
const ids = (hits: readonly AgencyHit[] | undefined): string[] | undefined => hits?.map((h) => h.id);
const leadOf = async (text: string, province: string | undefined = P): Promise<string[] | undefined> =>
  ids(readTaskFields({ text: [text], fields: [], yearLabel: undefined }, await view(), province, propose).lead?.value);

describe('a duty heading leads the items under it', () => {
  it('reads the body a power is given to ("Phân cấp cho Sở Y tế thực hiện …")', async () => {
    expect(ids(dutyHolders('Phân cấp cho Sở Y tế thực hiện một số nhiệm vụ, quyền hạn sau', await view(), P))).toEqual(['lao-cai.syt']);
    expect(ids(dutyHolders('Phân cấp cho Ủy ban nhân dân cấp xã thực hiện một số nhiệm vụ, quyền hạn sau:', await view(), P))).toEqual(['lao-cai.ubnd-xa']);
  });

  it('reads the bodies whose responsibilities follow ("Trách nhiệm của …"), in either tone placement', async () => {
    const hits = dutyHolders('Trách nhiệm của Sở Y tế, Sở Công Thương, Sở Nông nghiệp và Môi trường, Uỷ ban nhân dân cấp xã:', await view(), P);
    expect(ids(hits)).toEqual(['lao-cai.syt', 'lao-cai.sct', 'lao-cai.snnmt', 'lao-cai.ubnd-xa']);
  });

  it('gives no lead to a heading that names no body ("Trách nhiệm của các cơ quan", "Tổ chức thực hiện")', async () => {
    expect(dutyHolders('Trách nhiệm của các cơ quan', await view(), P)).toBeUndefined();
    expect(dutyHolders('Tổ chức thực hiện', await view(), P)).toBeUndefined();
  });
});

describe("the closing article's list of who carries the decision out", () => {
  const closing =
    'Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Tài chính, Xây dựng, Nông nghiệp và Môi trường, Công Thương; Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.';

  it('reads each part between semicolons, a head standing for the body, "các tổ chức, cá nhân có liên quan" naming nobody', async () => {
    const r = dutySubject(closing, await view(), P, propose, looksLikeName);
    expect(ids(r?.hits)).toEqual(['lao-cai.vp', 'lao-cai.stc', 'lao-cai.sxd', 'lao-cai.snnmt', 'lao-cai.sct', 'lao-cai.ubnd-xa']);
  });

  it('expands a list that writes "Sở" once ("Giám đốc các Sở Y tế, Công Thương, Nông nghiệp và Môi trường")', async () => {
    expect(expandElided('Giám đốc các Sở Y tế, Công Thương, Nông nghiệp và Môi trường', await view(), P)).toBe(
      'Giám đốc Sở Y tế, Sở Công Thương, Sở Nông nghiệp và Môi trường',
    );
  });

  it('proposes a body the registry lacks, without its head\'s title, and reads the province\'s departments as a group', async () => {
    proposed.length = 0;
    const text =
      'Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Công Thương; Giám đốc Trung tâm Phục vụ Hành chính công tỉnh; Thủ trưởng các sở, ban, ngành, đơn vị cấp tỉnh; Chủ tịch Uỷ ban nhân dân các xã, phường; Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.';
    const r = dutySubject(text, await view(), P, propose, looksLikeName);
    expect(ids(r?.hits)).toEqual(['lao-cai.vp', 'lao-cai.sct', 'new:Trung tâm Phục vụ Hành chính công tỉnh', 'lao-cai.cac-so', 'lao-cai.ubnd-xa']);
  });

  it('reads the ministers and the provinces\' chairmen of a central decision as their bodies', async () => {
    const text =
      'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Quyết định này./.';
    expect(await leadOf(text, undefined)).toEqual(['cac-bo', 'ubnd-cac-tinh']);
  });

  it('leaves a side duty in a later sentence to the lead the item already has', async () => {
    const text =
      'Chỉ đạo, hướng dẫn về chuyên môn nghiệp vụ cho cán bộ cấp xã. Uỷ ban nhân dân cấp xã có trách nhiệm chủ động báo cáo, đề nghị hỗ trợ khi phát sinh các vấn đề phức tạp.';
    expect(dutySubject(text, await view(), P, propose, looksLikeName)).toBeUndefined();
  });
});

describe('leads in a sentence', () => {
  it('gives the lead to the body a power is delegated to ("Ủy quyền cho Giám đốc Sở Công Thương …")', async () => {
    expect(await leadOf('Ủy quyền cho Giám đốc Sở Công Thương thành lập Đoàn thẩm định cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm.')).toEqual([
      'lao-cai.sct',
    ]);
  });

  it('gives no lead to a body powers were decentralised to in a description ("… phân cấp cho Ủy ban nhân dân tỉnh")', async () => {
    const text = 'Cấp, cấp lại giấy phép sử dụng vật liệu nổ công nghiệp cho các tổ chức trên địa bàn quản lý phân cấp cho Ủy ban nhân dân tỉnh.';
    expect(await leadOf(text)).toBeUndefined();
  });

  it('reads "Chánh Văn phòng Ủy ban nhân dân tỉnh" as the Office, not the committee', async () => {
    expect(ids(readAgencies('Chánh Văn phòng Ủy ban nhân dân tỉnh', await view(), { province: P }).hits)).toEqual(['lao-cai.vp']);
  });

  it('proposes a Party body inside a ministry ("Ban cán sự đảng Bộ Tài nguyên và Môi trường"), never the ministry', async () => {
    const lead = await leadOf('Ban cán sự đảng Bộ Tài nguyên và Môi trường chủ trì phối hợp với các cơ quan có liên quan thường xuyên theo dõi, hướng dẫn.', undefined);
    expect(lead).toEqual(['new:Ban cán sự đảng Bộ Tài nguyên và Môi trường']);
  });

  it('proposes an unregistered body opening the sentence, and nothing for a sentence opening with a verb', () => {
    expect(subjectName('Đảng đoàn Quốc hội lãnh đạo, chỉ đạo việc rà soát, sửa đổi pháp luật.')).toBe('Đảng đoàn Quốc hội');
    expect(subjectName('Ban Tuyên giáo Trung ương chủ trì, phối hợp với các cơ quan liên quan.')).toBe('Ban Tuyên giáo Trung ương');
    expect(subjectName('Ban hành Kế hoạch tổ chức thực hiện Nghị quyết.')).toBeUndefined();
    expect(subjectName('Tăng cường Công tác thanh tra, kiểm tra.')).toBeUndefined();
  });

  it('gives the lead to the bodies a request opens on, not to the speaker ("Chủ tịch UBND tỉnh yêu cầu …")', async () => {
    const text =
      'Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các Sở, ban, ngành của tỉnh, Chủ tịch UBND các xã, phường và các tổ chức, cá nhân có liên quan nghiêm túc triển khai thực hiện.';
    expect(await leadOf(text)).toEqual(['lao-cai.cac-so', 'lao-cai.ubnd-xa']);
  });

  it('proposes a class of bodies named by what they hold, as one entry', async () => {
    const text = 'Các tổ chức, cá nhân được cấp giấy phép thăm dò, khai thác khoáng sản có trách nhiệm bảo vệ khoáng sản trong diện tích được cấp phép.';
    expect(await leadOf(text)).toEqual(['new:Các tổ chức, cá nhân được cấp giấy phép thăm dò, khai thác khoáng sản']);
  });

  it('finds the subject after words that are none ("Trên cơ sở …; các nhiệm vụ …, căn cứ …, Bộ trưởng, …")', async () => {
    const text =
      'Trên cơ sở các nhiệm vụ trong Nghị quyết số 88/NQ-CP của Chính phủ; các nhiệm vụ và giải pháp trong Chiến lược này, căn cứ chức năng, nhiệm vụ được phân công, Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ có liên quan, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương và Thủ trưởng các cơ quan liên quan có trách nhiệm xây dựng kế hoạch tổ chức thực hiện Chiến lược.';
    expect(await leadOf(text, undefined)).toEqual(['cac-bo', 'ubnd-cac-tinh']);
  });

  it('reads the subject after a time that opens the sentence ("Hàng năm, các địa phương …")', async () => {
    expect(await leadOf('Hàng năm, các địa phương lập kế hoạch bố trí kinh phí trong dự toán ngân sách của địa phương.', undefined)).toEqual(['ubnd-cac-tinh']);
  });

  it('reads "địa phương" after a province\'s departments as its communes, and as no body outside a province', async () => {
    expect(ids(readAgencies('Các Sở, ban, ngành, địa phương', await view(), { province: P }).hits)).toEqual(['lao-cai.cac-so', 'lao-cai.ubnd-xa']);
    expect(readAgencies('địa phương', await view()).hits).toEqual([]);
  });

  it('never reads a table\'s "TT" or "STT" as an agency', async () => {
    expect(readAgencies('TT', await view()).hits).toEqual([]);
    expect(readAgencies('STT', await view()).hits).toEqual([]);
  });
});
