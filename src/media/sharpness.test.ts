import assert from 'node:assert/strict';
import { it } from 'node:test';
import sharp from 'sharp';
import { DEFAULT_QUALITY_GATE } from '../core/content/qualityGate.ts';
import { testPhoto } from '../../test/support/images.ts';
import { measureSharpness, variance } from './sharpness.ts';

it('should compute the variance of 8-bit samples', () => {
  assert.equal(variance(new Uint8Array([10, 10, 10])), 0);
  assert.equal(variance(new Uint8Array([0, 255])), 16256.25);
  assert.equal(variance(new Uint8Array([])), 0);
});

it('should score a sharp photo above the default threshold and the same photo blurred far below it', async () => {
  const photo = await testPhoto(1600, 1000);
  const sharpScore = await measureSharpness(photo);
  const soft = await measureSharpness(await sharp(photo).blur(2).png().toBuffer());
  const blurred = await measureSharpness(await sharp(photo).blur(6).png().toBuffer());
  assert.ok(sharpScore > DEFAULT_QUALITY_GATE.minSharpness, `sharp: ${sharpScore}`);
  assert.ok(soft < DEFAULT_QUALITY_GATE.minSharpness, `soft: ${soft}`);
  assert.ok(blurred < soft && blurred < 5, `blurred: ${blurred}`);
  const flat = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#777777' } }).png().toBuffer();
  assert.equal(await measureSharpness(flat), 0, 'a flat image has no edges');
});
