import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentNumberLine, placeAndDateLine, recipientLines } from './officialDocument.ts';

describe('Decree 30/2020 wording', () => {
  it('should write the number with a leading zero below 10', () => {
    assert.equal(documentNumberLine(5, 'BC-VHTT'), 'Số: 05/BC-VHTT');
    assert.equal(documentNumberLine(12, 'BC-VHTT'), 'Số: 12/BC-VHTT');
    assert.match(documentNumberLine(null, 'BC-VHTT'), /^Số: +\/BC-VHTT$/);
  });

  it('should pad days below 10 and months 1–2 only', () => {
    assert.equal(placeAndDateLine('Tây Ninh', '2026-11-25'), 'Tây Ninh, ngày 25 tháng 11 năm 2026');
    assert.equal(placeAndDateLine('Tây Ninh', '2026-02-05'), 'Tây Ninh, ngày 05 tháng 02 năm 2026');
    assert.equal(placeAndDateLine('Tây Ninh', '2026-03-25'), 'Tây Ninh, ngày 25 tháng 3 năm 2026');
  });

  it('should list recipients with "Như trên" first and "Lưu" last', () => {
    assert.deepEqual(recipientLines({ hasAddressee: true, recipients: ['Phòng Nội vụ;', '- Ban Biên tập'], archive: 'VT, VHTT' }),
      ['- Như trên;', '- Phòng Nội vụ;', '- Ban Biên tập;', '- Lưu: VT, VHTT.']);
    assert.deepEqual(recipientLines({ hasAddressee: false, recipients: [], archive: '' }), ['- Lưu: VT.']);
  });
});
