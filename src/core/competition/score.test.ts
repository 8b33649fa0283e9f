import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_FORMULA, type CompetitorInput, formatBpPercent, formatScore, rankCompetitors, scoreCompetitor } from './score.ts';

const unit = (key: string, name: string, months: [number, number][], complianceBp: (number | null)[] = [8000]): CompetitorInput => ({
  key, name, group: 'office', months: months.map(([counted, target], i) => ({ periodKey: `2026-${String(i + 1).padStart(2, '0')}`, counted, target })), complianceBp,
});

describe('competition score', () => {
  it('should average capped monthly fulfilment and the compliance score', () => {
    // Fulfilment: 100%, 50%, 100% (3 of 2 is capped) → 83.33%; 70 × 0.8333 = 58.33; compliance 80% × 30 = 24.00.
    const s = scoreCompetitor(unit('unit:1', 'Phòng A', [[2, 2], [1, 2], [3, 2]]), DEFAULT_FORMULA);
    assert.equal(s.avgFulfilmentBp, 8333);
    assert.equal(s.quotaCenti, 5833);
    assert.equal(s.complianceCenti, 2400);
    assert.equal(s.totalCenti, 8233);
    assert.equal(s.grade, 'Hoàn thành tốt nhiệm vụ');
    assert.equal(s.monthsMet, 2);
  });

  it('should leave out a missing compliance score and say so', () => {
    const s = scoreCompetitor(unit('unit:1', 'Phòng A', [[2, 2], [1, 2]], []), DEFAULT_FORMULA);
    assert.equal(s.complianceMissing, true);
    assert.equal(s.complianceCenti, null);
    // 75% of 70 = 52.50 out of 70 available → 75.00 out of 100.
    assert.equal(s.totalCenti, 7500);
  });

  it('should rank within a group with shared ranks and Vietnamese order for ties', () => {
    const groups = rankCompetitors([
      unit('unit:1', 'Phòng Y tế', [[2, 2]]),
      unit('unit:2', 'Phòng Đô thị', [[1, 2]]),
      unit('unit:3', 'Phòng Dân tộc', [[2, 2]]),
      unit('unit:4', 'Hội Cựu chiến binh', [[0, 0]]),
    ], DEFAULT_FORMULA);
    const table = groups.get('office')!;
    assert.deepEqual(table.map((s) => [s.name, s.rank, s.totalCenti]), [
      ['Phòng Dân tộc', 1, 9400], ['Phòng Y tế', 1, 9400], ['Phòng Đô thị', 3, 5900], ['Hội Cựu chiến binh', null, null],
    ]);
    assert.equal(formatScore(9400), '94,00');
    assert.equal(formatBpPercent(8333), '83,3%');
  });
});
