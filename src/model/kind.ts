import { z } from 'zod';

/** Kinds of document (văn bản) the model knows. */
export const DOCUMENT_KINDS = [
  'chi-thi',
  'quyet-dinh',
  'cong-van',
  'ke-hoach',
  'bao-cao',
  'cong-dien',
  'to-trinh',
  'thong-bao',
  'nghi-quyet',
  // Cited far more often than modelled: the National Assembly's laws, the Government's decrees and
  // the ministries' circulars (the "Căn cứ" of nearly every decision).
  'luat',
  'nghi-dinh',
  'thong-tu',
] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** Type names printed at the top of a typed document (a công văn prints none). */
export const KIND_TITLES: Readonly<Record<DocumentKind, string | undefined>> = {
  'chi-thi': 'CHỈ THỊ',
  'quyet-dinh': 'QUYẾT ĐỊNH',
  'cong-van': undefined,
  'ke-hoach': 'KẾ HOẠCH',
  'bao-cao': 'BÁO CÁO',
  'cong-dien': 'CÔNG ĐIỆN',
  'to-trinh': 'TỜ TRÌNH',
  'thong-bao': 'THÔNG BÁO',
  'nghi-quyet': 'NGHỊ QUYẾT',
  luat: 'LUẬT',
  'nghi-dinh': 'NGHỊ ĐỊNH',
  'thong-tu': 'THÔNG TƯ',
};

/** Short type code used in symbols and citations (`CT`, `QĐ`, `KH`). */
export const KIND_CODES: Readonly<Record<DocumentKind, string | undefined>> = {
  'chi-thi': 'CT',
  'quyet-dinh': 'QĐ',
  'cong-van': undefined,
  'ke-hoach': 'KH',
  'bao-cao': 'BC',
  'cong-dien': 'CĐ',
  'to-trinh': 'TTr',
  'thong-bao': 'TB',
  'nghi-quyet': 'NQ',
  // A law's symbol carries the National Assembly's code and term (`2020/QH14`), not a type code.
  luat: undefined,
  'nghi-dinh': 'NĐ',
  'thong-tu': 'TT',
};
