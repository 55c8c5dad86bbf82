import { describe, expect, it } from 'vitest';
import { isFillable } from './plain.js';

describe('isFillable', () => {
  it.each(['Ủy ban nhân dân xã Ia Grai', "Xã Ea H'Leo", 'Phường 1', 'Sở KH&CN', 'Văn phòng UBND tỉnh (Phòng NC)', '1', 'đạt 45,5% (120/264)'])('accepts %j', (v) => {
    expect(isFillable(v)).toBe(true);
  });
  it.each(['', ' Xã A', 'Xã A ', 'Xã  A', '1. Xã A', '- Xã A', 'Xã *A*', 'Xã_A_', 'Xã [A](b)', 'www.xa.vn', 'a@b.vn', 'Xã A: B', 'http//x', '2. Xã', '3)', 'Xã <A>', 'Xã `A`'])(
    'sends %j through the full pipeline',
    (v) => {
      expect(isFillable(v)).toBe(false);
    },
  );
});
