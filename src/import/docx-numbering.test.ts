import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { numberLabels } from './docx-numbering.js';
import { docxToText } from './docx-text.js';

const levels = [
  { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
  { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)', alignment: AlignmentType.LEFT },
  { level: 2, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT },
];

/** A letter whose items Word numbers itself: "1.", "a)", "-" come from numbering.xml, not from the text. */
async function numberedLetter(): Promise<Buffer> {
  const item = (text: string, level: number, reference = 'tasks', instance?: number): Paragraph =>
    new Paragraph({ children: [new TextRun(text)], numbering: { reference, level, ...(instance !== undefined ? { instance } : {}) } });
  const doc = new Document({
    numbering: {
      config: [
        { reference: 'tasks', levels },
        { reference: 'roman', levels: [{ level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT, start: 2 }] },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph('Đề nghị các cơ quan thực hiện:'),
          item('Sở Tài chính rà soát kinh phí.', 0),
          item('Sở Nội vụ chủ trì:', 0),
          item('Kiện toàn tổ chức bộ máy;', 1),
          item('Báo cáo kết quả.', 1),
          item('Trước ngày 15 tháng 12 hằng năm.', 2),
          item('Sở Xây dựng hướng dẫn.', 0),
          item('Nhóm nhiệm vụ khác', 0, 'roman'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('numbers of automatically numbered paragraphs (.docx)', () => {
  it('gives each numbered paragraph the number Word prints: levels, restarts, bullets, start values', async () => {
    const labels = await numberLabels(await JSZip.loadAsync(await numberedLetter()));
    expect(labels).toEqual(['1.', '2.', 'a)', 'b)', '-', '3.', 'II.']);
  });

  it('writes the numbers before the paragraphs of the text the importer reads', async () => {
    const text = await docxToText(await numberedLetter());
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toEqual([
      'Đề nghị các cơ quan thực hiện:',
      '1. Sở Tài chính rà soát kinh phí.',
      '2. Sở Nội vụ chủ trì:',
      'a) Kiện toàn tổ chức bộ máy;',
      'b) Báo cáo kết quả.',
      '- Trước ngày 15 tháng 12 hằng năm.',
      '3. Sở Xây dựng hướng dẫn.',
      'II. Nhóm nhiệm vụ khác',
    ]);
  });

  it('gives nothing for a document without numbering', async () => {
    const plain = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('1. Đã đánh số bằng tay.')] }] }));
    expect(await numberLabels(await JSZip.loadAsync(plain))).toEqual([]);
    expect((await docxToText(plain)).trim()).toBe('1. Đã đánh số bằng tay.');
  });
});
