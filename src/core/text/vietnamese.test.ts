import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanLine, comparePersonNames, compareVietnamese, foldDiacritics, slugify } from './vietnamese.ts';

describe('foldDiacritics', () => {
  it('should remove tones and vowel marks and fold đ/Đ to d', () => {
    assert.equal(foldDiacritics('Phan Thiết'), 'phan thiet');
    assert.equal(foldDiacritics('Đà Lạt, ĐẮK LẮK'), 'da lat, dak lak');
    assert.equal(foldDiacritics('Ủy ban nhân dân phường Tân Ninh'), 'uy ban nhan dan phuong tan ninh');
  });
});

describe('slugify', () => {
  it('should make Vietnamese slugs', () => {
    assert.equal(slugify('Phường Tân Ninh – Hội nghị tổng kết năm 2025!'), 'phuong-tan-ninh-hoi-nghi-tong-ket-nam-2025');
    assert.equal(slugify('  Đường   Trần Hưng Đạo  '), 'duong-tran-hung-dao');
  });
  it('should cut long slugs at a word boundary', () => {
    const s = slugify('Thành phố tổ chức hội nghị triển khai nhiệm vụ chuyển đổi số và cải cách hành chính năm 2026', 40);
    assert.ok(s.length <= 40, s);
    assert.ok(!s.endsWith('-'));
    assert.equal(s, 'thanh-pho-to-chuc-hoi-nghi-trien-khai');
  });
});

describe('Vietnamese ordering', () => {
  it('should sort đ after d and ă, â after a', () => {
    const sorted = ['Đông', 'Dương', 'Ân', 'Anh', 'Ăn'].sort(compareVietnamese);
    assert.deepEqual(sorted, ['Anh', 'Ăn', 'Ân', 'Dương', 'Đông']);
  });
  it('should sort person names by given name first', () => {
    const names = ['Trần Văn Bình', 'Nguyễn Thị An', 'Lê Văn An', 'Phạm Minh Đức'];
    assert.deepEqual(names.sort(comparePersonNames), ['Lê Văn An', 'Nguyễn Thị An', 'Trần Văn Bình', 'Phạm Minh Đức']);
  });
  it('should collapse whitespace in single-line fields', () => {
    assert.equal(cleanLine('  Phòng   Nội vụ \n'), 'Phòng Nội vụ');
  });
});
