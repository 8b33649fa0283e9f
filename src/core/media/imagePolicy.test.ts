import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { imageRejection, variantWidths } from './imagePolicy.ts';

const ok = { format: 'jpeg', width: 1600, height: 1000, bytes: 200_000, maxBytes: 1_000_000 };

describe('image policy', () => {
  it('should accept a normal photo', () => assert.equal(imageRejection(ok), null));
  it('should refuse oversize files, giving both sizes in Vietnamese', () => {
    assert.match(imageRejection({ ...ok, bytes: 3 * 1024 * 1024, maxBytes: 1024 * 1024 })!, /quá lớn \(3 MB\).*tối đa là 1 MB/);
  });
  it('should refuse what is not an image, whatever its name', () => {
    assert.match(imageRejection({ ...ok, format: undefined })!, /không phải là ảnh hợp lệ/);
    assert.match(imageRejection({ ...ok, format: 'svg' })!, /không phải là ảnh hợp lệ/);
  });
  it('should refuse tiny images', () => assert.match(imageRejection({ ...ok, width: 120 })!, /quá nhỏ/));
  it('should never upscale variants', () => {
    assert.deepEqual(variantWidths(3000), [480, 960, 1600]);
    assert.deepEqual(variantWidths(1000), [480, 960, 1000]);
    assert.deepEqual(variantWidths(300), [300]);
  });
});
