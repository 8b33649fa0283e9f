import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { VIETNAM_HOLIDAYS } from './vietnamHolidays.ts';
import {
  addDays, addWorkingDays, buildWorkingCalendar, daysBetween, isIsoDate, portalDateOf, weekdayOf, withinWorkingDays, workingDaysAfter,
} from './workingDays.ts';

const cal = buildWorkingCalendar();

describe('working-day calendar', () => {
  it('should treat Saturdays and Sundays as days off and weekdays as working days', () => {
    assert.equal(weekdayOf('2026-11-28'), 6);
    assert.equal(cal.isWorkingDay('2026-11-27'), true, 'Friday');
    assert.equal(cal.isWorkingDay('2026-11-28'), false, 'Saturday');
    assert.equal(cal.isWorkingDay('2026-11-29'), false, 'Sunday');
    assert.equal(cal.isWorkingDay('2026-11-30'), true, 'Monday');
  });

  it('should skip the whole Tết holiday: a Friday before Tết Bính Ngọ plus 2 working days is the Tuesday after it', () => {
    for (const d of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) {
      assert.equal(cal.isWorkingDay(d), false, d);
      assert.match(cal.holidayName(d) ?? '', /Tết Nguyên đán/);
    }
    assert.equal(addWorkingDays(cal, '2026-02-13', 2), '2026-02-24');
    assert.equal(workingDaysAfter(cal, '2026-02-13', '2026-02-24'), 2);
    assert.equal(withinWorkingDays(cal, '2026-02-13', '2026-02-24', 2), true);
    assert.equal(withinWorkingDays(cal, '2026-02-13', '2026-02-25', 2), false);
  });

  it('should skip a substitute day off and the 30/4 – 1/5 holidays', () => {
    // Giỗ Tổ 2026 falls on Sunday 26/4, so Monday 27/4 is off; 30/4 and 1/5 are Thursday and Friday.
    assert.equal(cal.isWorkingDay('2026-04-27'), false);
    assert.equal(addWorkingDays(cal, '2026-04-24', 2), '2026-04-29');
    assert.equal(addWorkingDays(cal, '2026-04-29', 1), '2026-05-04');
  });

  it('should count a make-up Saturday as a working day and the swapped weekday as a day off', () => {
    assert.equal(cal.isWorkingDay('2025-04-26'), true, 'Saturday worked in place of 02/5');
    assert.equal(cal.isWorkingDay('2025-05-02'), false);
    assert.equal(addWorkingDays(cal, '2025-04-25', 1), '2025-04-26');
  });

  it('should give 0 working days for the same day or an earlier day, and n = 0 for the date itself', () => {
    assert.equal(workingDaysAfter(cal, '2026-03-10', '2026-03-10'), 0);
    assert.equal(workingDaysAfter(cal, '2026-03-10', '2026-03-01'), 0);
    assert.equal(addWorkingDays(cal, '2026-03-10', 0), '2026-03-10');
    assert.equal(workingDaysAfter(cal, '2026-03-06', '2026-03-16'), 6, 'Fri → Mon week later: Mon–Fri + Mon');
  });

  it('should apply a city\'s adjustments: an extra day off, and a listed day worked', () => {
    const adjusted = buildWorkingCalendar(VIETNAM_HOLIDAYS, {
      offDays: [{ date: '2026-11-24', name: 'Ngày Văn hóa Việt Nam' }],
      workDays: [{ date: '2026-02-20', name: 'Trực Tết' }],
    });
    assert.equal(adjusted.isWorkingDay('2026-11-24'), false);
    assert.equal(adjusted.holidayName('2026-11-24'), 'Ngày Văn hóa Việt Nam');
    assert.equal(adjusted.isWorkingDay('2026-02-20'), true);
    assert.equal(cal.isWorkingDay('2026-11-24'), true, 'the shipped calendar is unchanged');
  });

  it('should list only real dates, weekday make-up days only on weekends, and every year 2025–2027', () => {
    assert.deepEqual(VIETNAM_HOLIDAYS.map((y) => y.year), [2025, 2026, 2027]);
    for (const y of VIETNAM_HOLIDAYS) {
      for (const d of [...y.offDays, ...y.workDays]) {
        assert.ok(isIsoDate(d.date), d.date);
        assert.ok(d.date.startsWith(String(y.year)), `${d.date} in ${y.year}`);
      }
      for (const d of y.workDays) assert.ok([0, 6].includes(weekdayOf(d.date)), `${d.date} is a weekend day`);
      const tet = y.offDays.filter((d) => d.name.startsWith('Tết Nguyên đán') && cal.isWorkingDay(d.date) === false && ![0, 6].includes(weekdayOf(d.date)));
      assert.ok(tet.length >= 5, `${y.year}: at least five weekdays off for Tết`);
    }
  });

  it('should turn instants into portal dates and do date arithmetic', () => {
    assert.equal(portalDateOf('2026-02-13T16:59:59.000Z'), '2026-02-13');
    assert.equal(portalDateOf('2026-02-13T17:00:00.000Z'), '2026-02-14');
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(daysBetween('2026-02-01', '2026-03-01'), 28);
    assert.equal(isIsoDate('2026-02-30'), false);
    assert.throws(() => addDays('30/02/2026', 1), RangeError);
  });
});
