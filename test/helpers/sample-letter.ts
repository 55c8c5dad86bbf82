import { parseMarkdown } from '../../src/docx/markdown.js';
import type { OfficialDocInput } from '../../src/docx/layout-input.js';

/** The body of a Gia Lai–like implementing letter: numbered parts, a), b), c) fields, a footnote, a task table. */
export const SAMPLE_BODY_MD = `Thực hiện Chỉ thị số 14/CT-TTg ngày 22/4/2026 của Thủ tướng Chính phủ về việc đẩy mạnh bồi dưỡng và đánh giá kiến thức, kỹ năng số đối với cán bộ, công chức, viên chức, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Công an tỉnh, các sở, ngành, đơn vị sự nghiệp công lập thuộc tỉnh, Ủy ban nhân dân các xã, phường (gọi chung là các cơ quan, đơn vị, địa phương) triển khai thực hiện một số nội dung sau:

1. Công tác tuyên truyền, phổ biến

Đẩy mạnh tuyên truyền, nâng cao nhận thức của các cơ quan, đơn vị, địa phương và đội ngũ cán bộ, công chức, viên chức về sự cần thiết học tập, nâng cao và đánh giá kiến thức, kỹ năng số trong bối cảnh đẩy mạnh chuyển đổi số quốc gia và của tỉnh.

- Cơ quan thực hiện: Các cơ quan, đơn vị, địa phương.
- Thời gian thực hiện: Thường xuyên.

2. Sử dụng nền tảng “Bình Dân học vụ số”

2.1. Các cơ quan, đơn vị, địa phương sử dụng bộ học liệu[^1] dành cho cán bộ, công chức, viên chức, người lao động trong các cơ quan nhà nước được ban hành theo Quyết định số 522/QĐ-BGDĐT ngày 10/3/2026 của Bộ trưởng Bộ Giáo dục và Đào tạo để tổ chức cho cán bộ, công chức, viên chức thuộc thẩm quyền quản lý chủ động, tự học tập, bồi dưỡng kiến thức, kỹ năng số.

a) Cơ quan thực hiện: Các cơ quan, đơn vị, địa phương.

b) Cơ quan phối hợp: Sở Giáo dục và Đào tạo, Sở Khoa học và Công nghệ, Sở Nội vụ, Công an tỉnh.

c) Thời gian thực hiện: Năm 2026.

3. Phân công thực hiện

| STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian | Sản phẩm |
|---|---|---|---|---|---|
| 1 | Xây dựng, ban hành và đăng tải chương trình, học liệu kiến thức, kỹ năng số | Sở Khoa học và Công nghệ | Công an tỉnh, Sở Giáo dục và Đào tạo, Sở Nội vụ | Năm 2027 | Chương trình, học liệu |
| 2 | Hướng dẫn sử dụng nền tảng “Bình Dân học vụ số” | Công an tỉnh | Sở Khoa học và Công nghệ, Sở Nội vụ | Năm 2026 | Văn bản hướng dẫn |

Thủ trưởng các cơ quan, đơn vị, địa phương tổ chức triển khai thực hiện./.

[^1]: Video bài giảng chính tải về theo đường dẫn tại: <https://drive.google.com/file/d/1EPwpFpcqcCy1oaFa27lrKZEMBvbkwZrz/view?usp=sharing>
`;

/** A hand-built input shaped like Gia Lai's 5900/UBND-NC (11/5/2026). */
export function sampleLetter(overrides: Partial<OfficialDocInput> = {}): OfficialDocInput {
  return {
    header: {
      issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH GIA LAI'],
      number: '5900',
      symbol: 'UBND-NC',
      place: 'Gia Lai',
      date: { day: 11, month: 5, year: 2026 },
      subject: 'triển khai thực hiện Chỉ thị số 14/CT-TTg ngày 22/4/2026 của Thủ tướng Chính phủ',
    },
    to: ['Công an tỉnh', 'Các sở, ngành, đơn vị sự nghiệp công lập thuộc tỉnh', 'Ủy ban nhân dân các xã, phường'],
    body: parseMarkdown(SAMPLE_BODY_MD),
    distribution: [
      'Như trên',
      'Thường trực Tỉnh ủy',
      'Thường trực HĐND tỉnh',
      'Ban Tổ chức Tỉnh ủy',
      'CT, các PCT UBND tỉnh',
      'CVP, PVPVX',
      'UBND các xã, phường',
      'Lưu: VT, C6',
    ],
    signer: { lines: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Lâm Hải Giang' },
    ...overrides,
  };
}
