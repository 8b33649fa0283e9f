import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildICalendar, escapeIcsText, foldIcsLine, parseWeekKey, shiftWeek, weekOfDate, weekOfInstant } from './schedule.ts';

describe('schedule weeks', () => {
  it('should give ISO weeks starting on Monday in portal time', () => {
    const w = weekOfDate('2026-11-25');
    assert.deepEqual(w, {
      key: '2026-W48', monday: '2026-11-23', sunday: '2026-11-29',
      startIso: '2026-11-22T17:00:00.000Z', endIso: '2026-11-29T17:00:00.000Z',
    });
    assert.equal(weekOfInstant('2026-11-22T17:30:00.000Z').key, '2026-W48', 'Monday 00:30 in Vietnam');
    assert.equal(weekOfInstant('2026-11-22T16:30:00.000Z').key, '2026-W47', 'still Sunday in Vietnam');
    assert.equal(weekOfDate('2027-01-01').key, '2026-W53', 'a Friday belongs to the week of its Thursday');
    assert.equal(weekOfDate('2025-12-29').key, '2026-W01');
  });

  it('should parse week keys and refuse malformed ones', () => {
    assert.equal(parseWeekKey('2026-W48')?.monday, '2026-11-23');
    assert.equal(parseWeekKey('2026-W53')?.monday, '2026-12-28');
    assert.equal(parseWeekKey('2025-W53'), undefined, '2025 has 52 weeks');
    assert.equal(parseWeekKey('2026-48'), undefined);
    assert.equal(parseWeekKey('<script>'), undefined);
    assert.equal(shiftWeek(weekOfDate('2026-12-30'), 1).key, '2027-W01');
  });
});

describe('iCalendar export', () => {
  it('should escape backslashes, semicolons, commas and line breaks', () => {
    assert.equal(escapeIcsText('Họp; bàn, \\ kế hoạch\nnăm 2027'), 'Họp\\; bàn\\, \\\\ kế hoạch\\nnăm 2027');
  });

  it('should fold long lines at 75 octets without cutting a Vietnamese character', () => {
    const line = `SUMMARY:${'Hội nghị triển khai nhiệm vụ phát triển kinh tế – xã hội '.repeat(3)}`;
    const folded = foldIcsLine(line);
    const parts = folded.split('\r\n');
    assert.ok(parts.length > 2);
    parts.forEach((p, i) => assert.ok(Buffer.byteLength(p, 'utf8') <= 75, `line ${i}`));
    assert.equal(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join(''), line, 'unfolding restores the line');
  });

  it('should write events in UTC with CRLF lines, sequence and status', () => {
    const ics = buildICalendar({
      name: 'Lịch công tác, UBND phường', prodId: '-//Cong TTDT//Lich cong tac//VI',
      events: [{
        uid: 'lich-7@localhost', startIso: '2026-11-23T01:30:00.000Z', endIso: '2026-11-23T03:00:00.000Z',
        summary: 'Họp giao ban', location: 'Phòng họp số 1, tầng 2', description: 'Chủ trì: Chủ tịch UBND',
        sequence: 2, cancelled: true, updatedIso: '2026-11-20T08:00:00.000Z',
      }],
    });
    assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
    assert.doesNotMatch(ics.replace(/\r\n/g, ''), /\n/, 'no bare LF');
    assert.match(ics, /\r\nDTSTART:20261123T013000Z\r\n/);
    assert.match(ics, /\r\nDTEND:20261123T030000Z\r\n/);
    assert.match(ics, /\r\nSEQUENCE:2\r\n/);
    assert.match(ics, /\r\nSTATUS:CANCELLED\r\n/);
    assert.match(ics, /\r\nLOCATION:Phòng họp số 1\\, tầng 2\r\n/);
    assert.match(ics, /\r\nX-WR-CALNAME:Lịch công tác\\, UBND phường\r\n/);
  });
});
