import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { amountInWords, numberToVietnameseWords } from './numberToWords.ts';
import { formatThousands, formatVnd, roundHalfUp, roundToUnit } from './vnd.ts';

describe('numberToVietnameseWords', () => {
  const cases: [number, string][] = [
    [0, 'không'],
    [1, 'một'],
    [4, 'bốn'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [55, 'năm mươi lăm'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [104, 'một trăm linh bốn'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [115, 'một trăm mười lăm'],
    [121, 'một trăm hai mươi mốt'],
    [1000, 'một nghìn'],
    [1005, 'một nghìn không trăm linh năm'],
    [1010, 'một nghìn không trăm mười'],
    [10_000, 'mười nghìn'],
    [15_000, 'mười lăm nghìn'],
    [234_000, 'hai trăm ba mươi tư nghìn'],
    [1_000_005, 'một triệu không trăm linh năm'],
    [1_005_000, 'một triệu không trăm linh năm nghìn'],
    [1_234_000, 'một triệu hai trăm ba mươi tư nghìn'],
    [2_340_000, 'hai triệu ba trăm bốn mươi nghìn'],
    [21_051_000, 'hai mươi mốt triệu không trăm năm mươi mốt nghìn'],
    [1_000_000_000, 'một tỷ'],
    [1_000_000_005, 'một tỷ không trăm linh năm'],
    [2_015_000_000, 'hai tỷ không trăm mười lăm triệu'],
    [1_000_000_000_000, 'một nghìn tỷ'],
    [1_000_000_000_000_000, 'một triệu tỷ'],
  ];
  for (const [n, words] of cases) {
    it(`should read ${n} as "${words}"`, () => assert.equal(numberToVietnameseWords(n), words));
  }

  it('should use "lẻ" for a zero tens digit when asked (southern usage)', () => {
    assert.equal(numberToVietnameseWords(105, { zeroTens: 'lẻ' }), 'một trăm lẻ năm');
    assert.equal(numberToVietnameseWords(2_001_000, { zeroTens: 'lẻ' }), 'hai triệu không trăm lẻ một nghìn');
  });

  it('should refuse fractions', () => {
    assert.throws(() => numberToVietnameseWords(1.5), RangeError);
  });
});

describe('amountInWords and formatVnd', () => {
  it('should write an amount as payment documents do', () => {
    assert.equal(amountInWords(1_234_000), 'Một triệu hai trăm ba mươi tư nghìn đồng');
    assert.equal(amountInWords(0), 'Không đồng');
    assert.equal(amountInWords(15_000), 'Mười lăm nghìn đồng');
  });

  it('should separate thousands with dots', () => {
    assert.equal(formatVnd(1_234_000), '1.234.000 đồng');
    assert.equal(formatVnd(0), '0 đồng');
    assert.equal(formatVnd(999), '999 đồng');
    assert.equal(formatThousands(1_000_000_000), '1.000.000.000');
    assert.equal(formatThousands(-234_000), '-234.000');
  });
});

describe('roundHalfUp', () => {
  it('should round halves away from zero, exactly on integers', () => {
    assert.equal(roundHalfUp(5, 2), 3);
    assert.equal(roundHalfUp(7, 3), 2);
    assert.equal(roundHalfUp(-5, 2), -3);
    assert.equal(roundHalfUp(2_340_000 * 1000, 10_000), 234_000);
    assert.equal(roundToUnit(1_234_567, 1000), 1_235_000);
    assert.equal(roundToUnit(1_234_499, 1000), 1_234_000);
    assert.equal(roundToUnit(1_234_499, 1), 1_234_499);
  });
});
