/**
 * A letter written in Word with automatic numbering: the items carry no number in their text, Word
 * prints it from numbering.xml. Imported, the tasks get the ids the reader sees.
 */
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/import/import-text.js';
import { readSource } from '../../src/import/source.js';
import { registryAndDirective } from './cascades.js';

async function letter(): Promise<Uint8Array> {
  const item = (text: string, level: number): Paragraph => new Paragraph({ children: [new TextRun(text)], numbering: { reference: 'tasks', level } });
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'tasks',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph('Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị thực hiện các nội dung sau:'),
          item('Sở Tài chính rà soát, bố trí kinh phí thực hiện, hoàn thành trước ngày 30 tháng 6 năm 2027.', 0),
          item('Sở Nội vụ chủ trì, phối hợp với các sở, ngành:', 0),
          item('Kiện toàn tổ chức bộ máy làm công tác chuyển đổi số;', 1),
          item('Tổng hợp, báo cáo kết quả thực hiện trong Quý IV năm 2027.', 1),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('import of a .docx numbered by Word', () => {
  it('gives the tasks the numbers Word prints, with the deadlines in their sentences', async () => {
    const source = await readSource(await letter(), 'van-ban.docx');
    if (!source.ok) throw new Error(source.diagnostic.message.en);
    const r = importText(source.text, await registryAndDirective(), { fileName: 'van-ban.docx' });
    const got = r.tasks.map((t) => t.task.task);
    // Item 2 names the lead and opens its points: a heading over tasks 2.a and 2.b.
    expect(got).toEqual(['1', '2.a', '2.b']);
    const deadline = (id: string): unknown => r.tasks.find((t) => t.task.task === id)?.task.deadline;
    expect(deadline('1')).toBe('hoàn thành trước ngày 30 tháng 6 năm 2027');
  });
});
