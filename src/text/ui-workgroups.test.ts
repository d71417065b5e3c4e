import { describe, expect, it } from 'vitest';
import { HOLIDAY_KINDS, REMINDER_KINDS, VERBETERACTIE_STATUSES, WEEKDAYS } from '../workgroups/index.ts';
import { describeMonthlyRuleNl, holidayLabel, reminderKindLabel, verbeterActieStatusLabel, weekdayLabel } from './ui-workgroups.ts';

describe('ui-workgroups', () => {
  it('has a label for every domain value', () => {
    for (const k of HOLIDAY_KINDS) expect(holidayLabel[k]).toBeTruthy();
    for (const k of REMINDER_KINDS) expect(reminderKindLabel[k]).toBeTruthy();
    for (const k of VERBETERACTIE_STATUSES) expect(verbeterActieStatusLabel[k]).toBeTruthy();
    for (const k of WEEKDAYS) expect(weekdayLabel[k]).toBeTruthy();
  });

  it.each([
    [{ index: 'first', weekday: 'tuesday', time: '14:00' }, 'Elke eerste dinsdag van de maand om 14.00 uur'],
    [{ index: 'last', weekday: 'friday', time: '09:30', interval: 2 }, 'Om de 2 maanden de laatste vrijdag van de maand om 09.30 uur'],
  ] as const)('describes %o', (rule, text) => {
    expect(describeMonthlyRuleNl(rule)).toBe(text);
  });
});
