import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDateTime, formatLongDate, formatShortDate, formatWeekdayDate, fromLocalInputValue, toLocalInputValue } from './dates.ts';

describe('Vietnamese dates', () => {
  it('should write dates as official documents do, in portal time (UTC+7)', () => {
    assert.equal(formatLongDate('2026-01-05T01:30:00.000Z'), 'ngày 05 tháng 01 năm 2026');
    // 18:00 UTC on 4 January is already 5 January in Vietnam.
    assert.equal(formatLongDate('2026-01-04T18:00:00.000Z'), 'ngày 05 tháng 01 năm 2026');
    assert.equal(formatShortDate('2026-12-31T17:30:00.000Z'), '01/01/2027');
    assert.equal(formatDateTime('2026-01-05T01:30:00.000Z'), '08:30, ngày 05 tháng 01 năm 2026');
    assert.equal(formatWeekdayDate('2026-01-05T01:30:00.000Z'), 'Thứ Hai, ngày 05 tháng 01 năm 2026');
  });
  it('should round-trip datetime-local values in portal time', () => {
    assert.equal(toLocalInputValue('2026-01-05T01:30:00.000Z'), '2026-01-05T08:30');
    assert.equal(fromLocalInputValue('2026-01-05T08:30'), '2026-01-05T01:30:00.000Z');
    assert.equal(fromLocalInputValue('05/01/2026'), null);
    assert.equal(toLocalInputValue(null), '');
  });
});
