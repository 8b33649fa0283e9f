/**
 * Numbers in Vietnamese words, as payment documents write an amount ("Bằng chữ: Một triệu hai trăm ba mươi
 * tư nghìn đồng"). The reading rules:
 * - units after "mươi" (20 and above): 1 → "mốt", 4 → "tư", 5 → "lăm" (hai mươi mốt, ba mươi tư, hai mươi lăm);
 * - after "mười" (10–19): 5 → "lăm", otherwise the plain digit (mười một, mười bốn, mười lăm);
 * - a zero tens digit inside a number reads "linh" (or "lẻ" in the southern usage): một trăm linh năm;
 * - a group of three digits after a higher non-zero group is read in full: một triệu không trăm linh năm nghìn;
 * - groups: nghìn, triệu, tỷ; above a thousand billion the "tỷ" repeats (một nghìn tỷ, một triệu tỷ).
 */
import { assertDong } from './vnd.ts';

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

export interface WordsOptions {
  /** Word for a zero tens digit: "linh" (default, the usage of official documents) or "lẻ". */
  zeroTens?: 'linh' | 'lẻ';
}

function digit(d: number): string {
  return DIGITS[d]!;
}

/** One group of three digits (0–999). `full`: a higher group precedes it, so hundreds are always read. */
function readGroup(n: number, full: boolean, zeroTens: string): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor(n / 10) % 10;
  const u = n % 10;
  const words: string[] = [];
  if (full || h > 0) words.push(digit(h), 'trăm');
  if (t === 0) {
    if (u > 0) {
      if (words.length > 0) words.push(zeroTens);
      words.push(digit(u));
    }
  } else if (t === 1) {
    words.push('mười');
    if (u === 5) words.push('lăm');
    else if (u > 0) words.push(digit(u));
  } else {
    words.push(digit(t), 'mươi');
    if (u === 1) words.push('mốt');
    else if (u === 4) words.push('tư');
    else if (u === 5) words.push('lăm');
    else if (u > 0) words.push(digit(u));
  }
  return words;
}

/** Below a billion: groups of three with nghìn and triệu. `full`: a higher part precedes it. */
function readBelowBillion(n: number, full: boolean, zeroTens: string): string[] {
  const groups = [Math.floor(n / 1_000_000), Math.floor(n / 1000) % 1000, n % 1000];
  const names = ['triệu', 'nghìn', ''];
  const words: string[] = [];
  let started = full;
  groups.forEach((g, i) => {
    if (g === 0) return;
    words.push(...readGroup(g, started, zeroTens));
    if (names[i]) words.push(names[i]!);
    started = true;
  });
  return words;
}

function read(n: number, full: boolean, zeroTens: string): string[] {
  if (n < 1_000_000_000) return readBelowBillion(n, full, zeroTens);
  const billions = Math.floor(n / 1_000_000_000);
  const rest = n % 1_000_000_000;
  return [...read(billions, full, zeroTens), 'tỷ', ...(rest > 0 ? readBelowBillion(rest, true, zeroTens) : [])];
}

/** A non-negative safe integer in lower-case Vietnamese words: 1_234_000 → "một triệu hai trăm ba mươi tư nghìn". */
export function numberToVietnameseWords(n: number, opts: WordsOptions = {}): string {
  assertDong(n);
  if (n < 0) return `âm ${numberToVietnameseWords(-n, opts)}`;
  if (n === 0) return 'không';
  return read(n, false, opts.zeroTens ?? 'linh').join(' ');
}

/** An amount as payment documents write it in words: "Một triệu hai trăm ba mươi tư nghìn đồng". */
export function amountInWords(amount: number, opts: WordsOptions = {}): string {
  const words = `${numberToVietnameseWords(amount, opts)} đồng`;
  return words.charAt(0).toLocaleUpperCase('vi') + words.slice(1);
}
