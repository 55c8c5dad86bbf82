import type { Cascade } from '../../src/load/cascade.js';
import type { FigureContext } from '../../src/figures/validate.js';

/** The six Quy Nhơn-area units of Gia Lai the fixtures report on. */
export const EXPECTED = [
  'gia-lai.xa-ia-grai',
  'gia-lai.phuong-quy-nhon',
  'gia-lai.phuong-quy-nhon-bac',
  'gia-lai.phuong-quy-nhon-tay',
  'gia-lai.phuong-quy-nhon-nam',
  'gia-lai.phuong-quy-nhon-dong',
] as const;

/** A Gia Lai context over the bundled registry (every province's agencies, to tell them apart). */
export function giaLai(cascade: Cascade, extra: Partial<FigureContext> = {}): FigureContext {
  return { province: 'gia-lai', agencies: [...cascade.agencies.values()], expected: EXPECTED, ...extra };
}
