/**
 * How sharp a photo is: the variance of the Laplacian of the greyscale image (Pech-Pacheco et al.;
 * the usual blur measure). sharp convolves the greyscale photo, scaled to a fixed width so the number
 * does not depend on the camera's resolution, with the 3×3 Laplacian kernel; the variance of the raw
 * output pixels is the measure: a blurred photo has few edges, so a low variance.
 */
import { loadSharp } from './loadSharp.ts';

/** Photos are measured at this width (never enlarged). */
export const SHARPNESS_WIDTH = 1000;

const LAPLACIAN = [0, 1, 0, 1, -4, 1, 0, 1, 0];

/** Variance of 8-bit samples. */
export function variance(pixels: Uint8Array): number {
  if (pixels.length === 0) return 0;
  let sum = 0;
  let sumSq = 0;
  for (const p of pixels) { sum += p; sumSq += p * p; }
  const mean = sum / pixels.length;
  return sumSq / pixels.length - mean * mean;
}

/** Variance of the Laplacian of the image in `input` (any format sharp reads). */
export async function measureSharpness(input: Buffer | string): Promise<number> {
  const sharp = await loadSharp();
  const { data } = await sharp(input, { failOn: 'error' })
    .rotate()
    .resize({ width: SHARPNESS_WIDTH, withoutEnlargement: true })
    .greyscale()
    // offset 128 keeps the Laplacian's negative half inside the 8-bit output; the variance does not change with it.
    .convolve({ width: 3, height: 3, kernel: LAPLACIAN, scale: 1, offset: 128 })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return Math.round(variance(new Uint8Array(data.buffer, data.byteOffset, data.length)) * 10) / 10;
}
