import { describe, expect, it } from 'vitest';
import { isExecutionClause } from './execution-clause.js';
import { matchKey } from './normalize.js';

describe('isExecutionClause', () => {
  it('finds the closing clause on execution, either tone placement', () => {
    expect(isExecutionClause(matchKey('Chánh Văn phòng UBND tỉnh; Giám đốc Sở Công Thương chịu trách nhiệm thi hành Quyết định này./.'))).toBe(true);
    expect(isExecutionClause(matchKey('Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm tổ chức thi hành Nghị quyết này.'))).toBe(true);
  });

  it('does not take a task that only mentions the document or its force', () => {
    expect(isExecutionClause(matchKey('Quyết định này có hiệu lực thi hành kể từ ngày ký.'))).toBe(false);
    expect(isExecutionClause(matchKey('Sở Công Thương chịu trách nhiệm hướng dẫn, kiểm tra việc thực hiện Quyết định này.'))).toBe(false);
  });
});
