import type { Rng } from './prng.js';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'] as const;
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thanh', 'Hữu', 'Quốc', 'Ngọc', 'Thu', 'Hồng', 'Xuân', 'Công'] as const;
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hòa', 'Hùng', 'Khánh', 'Lan', 'Long', 'Mai', 'Nam', 'Phong', 'Phương', 'Quang', 'Sơn', 'Tâm', 'Thảo', 'Thắng', 'Trung', 'Tuấn', 'Vinh', 'Yến'] as const;

/** A plausible Vietnamese full name for a signer. */
export function personName(rng: Rng): string {
  return `${rng.pick(FAMILY)} ${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}`;
}

/** "Ia Grai" from "Xã Ia Grai", "Ba Đình" from "Phường Ba Đình": what a letter prints as its place. */
export function placeOf(communeName: string): string {
  return communeName.replace(/^(?:xã|phường|đặc khu)\s+/iu, '');
}

/** "xã", "phường" or "đặc khu": how a commune calls itself in running text. */
export function communeKind(communeName: string): string {
  const m = /^(xã|phường|đặc khu)\s/iu.exec(communeName);
  return (m?.[1] ?? 'xã').toLowerCase();
}

/** `D/M/YYYY` of an ISO day, as letters cite dates ("ngày 11/5/2026"). */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
}
