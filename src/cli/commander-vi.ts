/**
 * commander writes its help and its errors in English. In Vietnamese, its fixed phrases are replaced
 * as they leave the program: the help's titles and option texts, and each error it can raise.
 */
const PHRASES: readonly (readonly [RegExp, string])[] = [
  [/^Usage:/gm, 'Cách dùng:'],
  [/^Options:$/gm, 'Tuỳ chọn:'],
  [/^Global Options:$/gm, 'Tuỳ chọn chung:'],
  [/^Commands:$/gm, 'Lệnh:'],
  [/^Arguments:$/gm, 'Đối số:'],
  [/display help for command/g, 'hiển thị trợ giúp của lệnh'],
  [/output the version number/g, 'in số phiên bản'],
  [/\[options\]/g, '[tuỳ chọn]'],
  [/\[command\]/g, '[lệnh]'],
  [/\(default: /g, '(mặc định: '],
  [/\(choices: /g, '(một trong: '],
  [/\bchoices: /g, 'một trong: '],
  [/\bdefault: /g, 'mặc định: '],
  [/unknown option '([^']*)'/g, "không có tuỳ chọn '$1'"],
  [/unknown command '([^']*)'/g, "không có lệnh '$1'"],
  [/\(Did you mean one of ([^?]*)\?\)/g, '(Có phải là một trong: $1?)'],
  [/\(Did you mean ([^?]*)\?\)/g, '(Có phải là $1?)'],
  [/missing required argument '([^']*)'/g, "thiếu đối số bắt buộc '$1'"],
  [/option '([^']*)' argument missing/g, "tuỳ chọn '$1' thiếu giá trị"],
  [/required option '([^']*)' not specified/g, "thiếu tuỳ chọn bắt buộc '$1'"],
  [/option '([^']*)' argument '([^']*)' is invalid\./g, "giá trị '$2' của tuỳ chọn '$1' không hợp lệ."],
  [/command-argument value '([^']*)' is invalid for argument '([^']*)'\./g, "giá trị '$1' của đối số '$2' không hợp lệ."],
  [/Allowed choices are ([^\n]*)\./g, 'Chỉ nhận: $1.'],
  [/too many arguments for '([^']*)'\. Expected (\d+) arguments? but got (\d+)\./g, "quá nhiều đối số cho lệnh '$1': cần $2, nhận $3."],
  [/too many arguments\. Expected (\d+) arguments? but got (\d+)\./g, 'quá nhiều đối số: cần $1, nhận $2.'],
  [/ cannot be used with /g, ' không dùng cùng với '],
];

/** commander's own English, in Vietnamese; any other text passes unchanged. */
export function commanderInVietnamese(text: string): string {
  return PHRASES.reduce((s, [pattern, vi]) => s.replace(pattern, vi), text);
}
