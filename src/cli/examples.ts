import type { Lang } from '../report/diagnostic.js';

/** A command line to copy and what it does, in both languages. */
interface Example {
  readonly line: string;
  readonly vi: string;
  readonly en: string;
}

/** Examples printed at the end of each command's `--help`; every line runs on the bundled directives. */
export const EXAMPLES: Readonly<Record<string, readonly Example[]>> = {
  validate: [
    { line: 'npx cascade validate directives/', vi: 'kiểm tra cú pháp và danh mục của mọi tệp YAML', en: 'check the syntax and names of every YAML file' },
  ],
  check: [
    { line: 'npx cascade check directives/', vi: 'kiểm tra việc triển khai, in các phát hiện', en: 'audit the cascade, print the findings' },
    { line: 'npx cascade check directives/ --format json --quiet', vi: 'chỉ các lỗi, dạng JSON', en: 'errors only, as JSON' },
  ],
  approve: [
    { line: 'npx cascade approve directives/ --all', vi: 'ghi nhận đã duyệt mọi liên kết', en: 'record every link as reviewed' },
  ],
  matrix: [
    { line: 'npx cascade matrix directives/', vi: 'ma trận bao phủ trên màn hình', en: 'the coverage matrix in the terminal' },
    { line: 'npx cascade matrix directives/ --format xlsx --out output/ma-tran.xlsx', vi: 'ma trận dạng Excel', en: 'the matrix as a spreadsheet' },
  ],
  generate: [
    { line: 'npx cascade generate gia-lai-5900', vi: 'công văn 5900/UBND-NC thành .docx trong output/', en: 'letter 5900/UBND-NC as .docx in output/' },
    { line: 'npx cascade generate gia-lai-5900 --kind bieu-mau --each gia-lai.ubnd-xa', vi: 'một biểu mẫu cho mỗi xã, phường của Gia Lai', en: 'one form per commune of Gia Lai' },
  ],
  report: [
    { line: 'npx cascade report --figures so-lieu.csv --for gia-lai.ubnd', vi: 'báo cáo 6 tháng và công văn đôn đốc từ số liệu', en: 'six-monthly report and reminders from the figures' },
  ],
  run: [
    { line: 'npx cascade run directives/', vi: 'việc chính: kiểm tra, ma trận, mọi văn bản vào output/', en: 'the main job: audit, matrix, every document into output/' },
  ],
  templates: [
    { line: 'npx cascade templates', vi: 'các mẫu văn bản và dữ liệu mỗi mẫu cần', en: 'the templates and the data each needs' },
  ],
  import: [
    { line: 'npx cascade import cong-van.docx --out directives/documents/cong-van.yaml', vi: 'chuyển một văn bản có sẵn thành YAML', en: 'turn an existing letter into YAML' },
  ],
  scaffold: [
    { line: 'npx cascade scaffold --from ct-14-ttg --for cao-bang.ubnd', vi: 'bản nháp công văn triển khai của UBND tỉnh Cao Bằng', en: 'the draft of Cao Bằng’s implementing letter' },
  ],
};

/** The "Ví dụ:" / "Examples:" block of a command's help, or nothing when it has none. */
export function examplesText(command: string, lang: Lang): string {
  const list = EXAMPLES[command];
  if (!list || list.length === 0) return '';
  const title = lang === 'vi' ? 'Ví dụ:' : 'Examples:';
  return `\n${title}\n${list.map((e) => `  ${e.line}\n      ${lang === 'vi' ? e.vi : e.en}`).join('\n')}\n`;
}
