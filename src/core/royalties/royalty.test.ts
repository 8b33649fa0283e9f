import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEFAULT_ROYALTY_SETTINGS, computeLines, formatCoefficient, formatPercent, isOverdue, mergeRoyaltySettings, parseCoefficient,
  parsePercent, partAmount, payDeadline, rangeFor, splitByShares, unitValue, withinRange,
} from './royalty.ts';

describe('royalty arithmetic (ND 18/2014 Art. 7)', () => {
  it('should value one unit at 10% of the base salary', () => {
    assert.equal(unitValue(DEFAULT_ROYALTY_SETTINGS), 234_000);
    assert.equal(unitValue({ baseSalary: 2_340_000, unitValueBp: 750 }), 175_500);
    assert.equal(unitValue({ baseSalary: 1_800_001, unitValueBp: 1000 }), 180_000);
  });

  it('should multiply coefficient by unit value with bonuses, rounding half up once', () => {
    assert.equal(partAmount({ coefficient: 60, unitValue: 234_000, bonusBp: 0, roundingUnit: 1 }), 1_404_000);
    assert.equal(partAmount({ coefficient: 25, unitValue: 234_000, bonusBp: 0, roundingUnit: 1 }), 585_000);
    assert.equal(partAmount({ coefficient: 60, unitValue: 234_000, bonusBp: 1500, roundingUnit: 1 }), 1_614_600);
    assert.equal(partAmount({ coefficient: 15, unitValue: 175_500, bonusBp: 0, roundingUnit: 1 }), 263_250);
    assert.equal(partAmount({ coefficient: 15, unitValue: 175_500, bonusBp: 0, roundingUnit: 1000 }), 263_000);
    assert.equal(partAmount({ coefficient: 13, unitValue: 175_500, bonusBp: 0, roundingUnit: 1 }), 228_150);
  });

  it('should split shares with the largest remainder so lines add up', () => {
    assert.deepEqual(splitByShares(1_000_000, [3333, 3333, 3334]), [333_300, 333_300, 333_400]);
    assert.deepEqual(splitByShares(100, [3333, 3333, 3334]), [33, 33, 34]);
    assert.deepEqual(splitByShares(101, [5000, 5000]), [51, 50]);
    assert.throws(() => splitByShares(100, [5000, 4000]), RangeError);
  });

  it('should keep coefficients within the genre range of the chosen table', () => {
    const s = DEFAULT_ROYALTY_SETTINGS;
    assert.deepEqual(rangeFor(s, 'online', 'news'), { min: 10, max: 100, suggested: 60 });
    assert.equal(rangeFor(s, 'online', 'commentary').max, 300);
    assert.equal(rangeFor(s, 'radio', 'unknown').max, 100);
    assert.equal(withinRange(100, rangeFor(s, 'online', 'news')), true);
    assert.equal(withinRange(101, rangeFor(s, 'online', 'news')), false);
  });

  it('should parse and format coefficients and percentages the Vietnamese way', () => {
    assert.equal(parseCoefficient('2,5'), 25);
    assert.equal(parseCoefficient('12'), 120);
    assert.equal(parseCoefficient('1.25'), null);
    assert.equal(parseCoefficient('abc'), null);
    assert.equal(formatCoefficient(25), '2,5');
    assert.equal(formatCoefficient(120), '12');
    assert.equal(parsePercent('33,34'), 3334);
    assert.equal(parsePercent('50 %'), 5000);
    assert.equal(parsePercent('101'), null);
    assert.equal(formatPercent(3334), '33,34');
    assert.equal(formatPercent(1500), '15');
    assert.equal(formatPercent(1550), '15,5');
  });

  it('should compute the lines of an item with a text and two photos', () => {
    const lines = computeLines([
      { kind: 'text', label: 'Phần chữ', mediaId: null, coefficient: 60, shares: [{ authorName: 'A', shareBp: 5000 }, { authorName: 'B', shareBp: 5000 }] },
      { kind: 'photo', label: 'Ảnh 1', mediaId: 1, coefficient: 30, shares: [{ authorName: 'C', shareBp: 10_000 }] },
      { kind: 'photo', label: 'Ảnh 2', mediaId: 2, coefficient: 20, shares: [{ authorName: 'C', shareBp: 10_000 }] },
    ], { unitValue: 234_000, bonusBp: 0, roundingUnit: 1 });
    assert.deepEqual(lines.map((l) => [l.authorName, l.amount]), [['A', 702_000], ['B', 702_000], ['C', 702_000], ['C', 468_000]]);
  });

  it('should flag lines unpaid 60 days after publication (Art. 4.10)', () => {
    assert.equal(payDeadline('2026-09-30T20:00:00.000Z', 60), '2026-11-30');
    assert.equal(isOverdue({ paid: false, publishedAt: '2026-09-30T20:00:00.000Z' }, '2026-11-30', 60), false);
    assert.equal(isOverdue({ paid: false, publishedAt: '2026-09-30T20:00:00.000Z' }, '2026-12-01', 60), true);
    assert.equal(isOverdue({ paid: true, publishedAt: '2026-09-30T20:00:00.000Z' }, '2026-12-01', 60), false);
  });

  it('should merge stored settings over the defaults', () => {
    const s = mergeRoyaltySettings({ baseSalary: 2_500_000, online: { news: { min: 20, max: 80, suggested: 90 } }, roundingUnit: 7 });
    assert.equal(s.baseSalary, 2_500_000);
    assert.deepEqual(s.online.news, { min: 20, max: 80, suggested: 60 });
    assert.equal(s.roundingUnit, 1);
    assert.equal(s.bonuses.length, 3);
  });
});
