import { describe, expect, it } from 'vitest';
import { RenderError } from '../render-error.js';
import { letterDate, todayIso } from './letter-date.js';

describe('letterDate', () => {
  it('is today by default', () => {
    expect(letterDate(undefined, ['2026-06-30'], '2026-07-15')).toBe('2026-07-15');
  });

  it('is never before the facts it cites, even with a clock set wrong', () => {
    expect(letterDate(undefined, ['2026-06-30', '2026-05'], '2026-05-20')).toBe('2026-06-30');
  });

  it('takes the date asked for, and refuses one earlier than a fact', () => {
    expect(letterDate('2026-07-01', ['2026-06-30'])).toBe('2026-07-01');
    expect(() => letterDate('2026-05-31', ['2026-06-30'])).toThrow(RenderError);
  });

  it('lets a letter of 20 May cite a document of May', () => {
    expect(letterDate('2026-05-20', ['2026-05'])).toBe('2026-05-20');
  });

  it('gives today as an ISO date', () => {
    expect(todayIso(new Date(2026, 6, 5))).toBe('2026-07-05');
  });
});
