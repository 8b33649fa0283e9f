import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildWorkingCalendar } from '../calendar/workingDays.ts';
import { isClosed, periodAt, periodLabel, periodOf, reminderDate, shiftPeriod } from './periods.ts';
import { DEFAULT_QUOTAS, type ItemFacts, type QuotaRule, countItems, fulfilmentBp, quotaFor, quotaMet } from './quotas.ts';
import { defaultContributionSettings, mergeContributionSettings, placeOfAgency } from './settings.ts';

describe('periods', () => {
  it('should run from the day after the previous report day to the report day, in portal time', () => {
    const p = periodOf('2026-11', 25);
    assert.equal(p.startDate, '2026-10-26');
    assert.equal(p.endDate, '2026-11-25');
    assert.equal(p.startIso, '2026-10-25T17:00:00.000Z');
    assert.equal(p.endIso, '2026-11-25T17:00:00.000Z');
    assert.equal(periodLabel(p), '26/10/2026 – 25/11/2026');
  });

  it('should cross the year for January', () => {
    const p = periodOf('2026-01', 25);
    assert.equal(p.startDate, '2025-12-26');
    assert.equal(p.endDate, '2026-01-25');
    assert.equal(shiftPeriod(p, -1, 25).key, '2025-12');
    assert.equal(shiftPeriod(p, 12, 25).key, '2027-01');
  });

  it('should place an instant by its portal date', () => {
    // 25/11 23:59 portal time is still November's period; 26/11 00:00 is December's.
    assert.equal(periodAt('2026-11-25T16:59:59.999Z', 25).key, '2026-11');
    assert.equal(periodAt('2026-11-25T17:00:00.000Z', 25).key, '2026-12');
    assert.equal(periodAt('2026-12-31T20:00:00.000Z', 25).key, '2027-01');
    assert.equal(isClosed(periodOf('2026-11', 25), new Date('2026-11-25T17:00:00.000Z')), true);
    assert.equal(isClosed(periodOf('2026-11', 25), new Date('2026-11-25T16:59:59.000Z')), false);
  });

  it('should count reminder days in working days, skipping Tết', () => {
    const cal = buildWorkingCalendar();
    const feb = periodOf('2026-02', 25); // ends Wednesday 25/02/2026; Tết Bính Ngọ is 14–22/02
    assert.equal(reminderDate(feb, 3, 'working', cal), '2026-02-13');
    assert.equal(reminderDate(feb, 3, 'calendar', cal), '2026-02-22');
    assert.equal(reminderDate(periodOf('2026-11', 25), 3, 'working', cal), '2026-11-20');
  });
});

describe('quotas', () => {
  const rules: QuotaRule[] = [
    { id: 1, unitId: null, unitKind: 'office', fromPeriod: '2026-01', toPeriod: null, target: 3, requirePhoto: true },
    { id: 2, unitId: 7, unitKind: null, fromPeriod: '2026-10', toPeriod: '2026-11', target: 1, requirePhoto: false },
  ];

  it('should prefer a unit rule, then a kind rule, then the kind default', () => {
    assert.deepEqual(quotaFor({ id: 7, kind: 'office' }, '2026-11', rules, DEFAULT_QUOTAS), { target: 1, requirePhoto: false, source: 'unit', ruleId: 2 });
    assert.deepEqual(quotaFor({ id: 7, kind: 'office' }, '2026-12', rules, DEFAULT_QUOTAS), { target: 3, requirePhoto: true, source: 'kind', ruleId: 1 });
    assert.deepEqual(quotaFor({ id: 7, kind: 'office' }, '2025-12', rules, DEFAULT_QUOTAS), { target: 2, requirePhoto: true, source: 'default', ruleId: null });
    assert.equal(quotaFor({ id: 9, kind: 'radio' }, '2026-11', rules, DEFAULT_QUOTAS).target, 15);
    assert.equal(quotaFor({ id: 9, kind: 'party' }, '2026-11', rules, DEFAULT_QUOTAS).target, 0);
  });

  const item = (over: Partial<ItemFacts>): ItemFacts => ({
    contentId: 1, unitId: 1, submitted: false, leaderApproved: false, published: false, hasPhoto: false, refused: false, ...over,
  });

  it('should count published items with a photo, and refused ones only when configured', () => {
    const items = [
      item({ submitted: true, leaderApproved: true, published: true, hasPhoto: true }),
      item({ published: true, hasPhoto: false }),
      item({ submitted: true, refused: true, hasPhoto: true }),
      item({ submitted: true }),
    ];
    assert.deepEqual(countItems(items, { requirePhoto: true }, false), { submitted: 3, leaderApproved: 1, published: 2, withPhoto: 1, refused: 1, counted: 1 });
    assert.equal(countItems(items, { requirePhoto: true }, true).counted, 2);
    assert.equal(countItems(items, { requirePhoto: false }, false).counted, 2);
    assert.equal(quotaMet(1, 2), false);
    assert.equal(quotaMet(2, 2), true);
    assert.equal(quotaMet(5, 0), null);
    assert.equal(fulfilmentBp(1, 2), 5000);
    assert.equal(fulfilmentBp(17, 15), 10_000);
    assert.equal(fulfilmentBp(17, 15, 12_000), 11_333);
  });
});

describe('contribution settings', () => {
  it('should derive the report heading from the site and keep stored values over defaults', () => {
    const city = defaultContributionSettings({ level: 'city', fullName: 'Ủy ban nhân dân thành phố Tây Ninh', parentFullName: null });
    assert.equal(city.document.parentBody, 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ TÂY NINH');
    assert.equal(city.document.place, 'Tây Ninh');
    const ward = defaultContributionSettings({ level: 'ward', fullName: 'Ủy ban nhân dân phường Tân Ninh', parentFullName: 'Ủy ban nhân dân thành phố Tây Ninh' });
    assert.equal(ward.document.issuingBody, 'ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN NINH');
    assert.equal(ward.document.place, 'Tân Ninh');
    assert.equal(placeOfAgency('Ủy ban nhân dân xã Tân Bình'), 'Tân Bình');
    const merged = mergeContributionSettings(city, { reportDay: 20, reminderDaysBefore: 'x', quotaDefaults: { radio: { target: 12 } }, document: { symbol: 'BC-BBT' } });
    assert.equal(merged.reportDay, 20);
    assert.equal(merged.reminderDaysBefore, 3);
    assert.deepEqual(merged.quotaDefaults.radio, { target: 12, requirePhoto: false });
    assert.equal(merged.document.symbol, 'BC-BBT');
    assert.equal(merged.document.place, 'Tây Ninh');
    assert.equal(mergeContributionSettings(city, { reportDay: 31 }).reportDay, 25);
  });
});
