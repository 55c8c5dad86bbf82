import { describe, expect, it } from 'vitest';
import { asPlanBlock, asPlanText } from './self-reference.js';

describe('asPlanText', () => {
  it('makes a letter that speaks of itself speak as the plan', () => {
    expect(asPlanText('Chủ trì theo dõi, đôn đốc việc thực hiện Công văn này; phối hợp')).toBe('Chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch này; phối hợp');
    expect(asPlanText('triển khai thực hiện nội dung công văn này./.')).toBe('triển khai thực hiện nội dung kế hoạch này./.');
  });

  it('leaves another letter cited by its number alone', () => {
    expect(asPlanText('theo Công văn số 5900/UBND-NC')).toBe('theo Công văn số 5900/UBND-NC');
    expect(asPlanText('Công văn nàyx')).toBe('Công văn nàyx');
  });

  it('rewords every text of a block', () => {
    expect(asPlanBlock({ heading: 'Thực hiện Công văn này' })).toEqual({ heading: 'Thực hiện Kế hoạch này' });
  });
});
