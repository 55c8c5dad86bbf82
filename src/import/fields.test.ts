import { describe, expect, it } from 'vitest';
import { readField } from './fields.js';

describe('readField', () => {
  it('reads the field labels letters use, with the value cleaned of bold and final period', () => {
    expect(readField('Cơ quan thực hiện: Các cơ quan, đơn vị, địa phương.')).toEqual({ kind: 'lead', label: 'Cơ quan thực hiện', value: 'Các cơ quan, đơn vị, địa phương' });
    expect(readField('Thời gian hoàn thành: **Trong tháng 6/2026.**')).toEqual({ kind: 'deadline', label: 'Thời gian hoàn thành', value: 'Trong tháng 6/2026' });
    expect(readField('Cơ quan/đơn vị phối hợp: Sở Nội vụ')?.kind).toBe('coordinators');
    expect(readField('Sản phẩm: Báo cáo kết quả')?.kind).toBe('products');
    expect(readField('Thời hạn: Quý III/2026.')?.value).toBe('Quý III/2026');
  });

  it('does not read a sentence with a colon as a field', () => {
    expect(readField('Theo Kế hoạch, Bộ sẽ tổ chức: lớp bồi dưỡng')).toBeUndefined();
    expect(readField('Năm 2026: (1) Sử dụng bộ học liệu')).toBeUndefined();
  });
});
