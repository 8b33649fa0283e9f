import assert from 'node:assert/strict';
import { it } from 'node:test';
import { formatWaiting } from './durations.ts';

it('should write waiting times in Vietnamese', () => {
  assert.equal(formatWaiting(20_000), 'dưới 1 phút');
  assert.equal(formatWaiting(45 * 60_000), '45 phút');
  assert.equal(formatWaiting(3 * 3_600_000 + 10 * 60_000), '3 giờ 10 phút');
  assert.equal(formatWaiting(2 * 3_600_000), '2 giờ');
  assert.equal(formatWaiting(52 * 3_600_000), '2 ngày 4 giờ');
  assert.equal(formatWaiting(-5), 'dưới 1 phút');
});
