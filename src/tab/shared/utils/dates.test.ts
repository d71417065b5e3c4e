import { describe, expect, it } from 'vitest';
import { formatDateNl } from '../../../text/index.ts';
import { formatDayNl } from './dates.ts';

describe('tab date text matches src/text', () => {
  it.each(['2025-03-12', '2026-01-01', '2026-12-31', '2024-02-29'])('%s', (day) => {
    expect(formatDayNl(day)).toBe(formatDateNl(day));
  });
});
