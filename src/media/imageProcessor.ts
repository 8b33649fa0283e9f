/**
 * Turns an uploaded image into the responsive variants the portal serves: WebP plus a JPEG
 * fallback per width. sharp drops all metadata (EXIF, GPS, XMP) unless asked to keep it, and
 * `.rotate()` applies the EXIF orientation first so stripped photos still stand upright.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Metadata } from 'sharp';
import { MediaRejectedError } from '../core/errors.ts';
import { imageRejection, variantWidths } from '../core/media/imagePolicy.ts';
import { loadSharp } from './loadSharp.ts';
import { measureSharpness } from './sharpness.ts';

export interface ImageVariant {
  width: number;
  height: number;
  webp: string; // file name within the media folder
  jpeg: string;
}

export interface ProcessedImage {
  storageKey: string;
  format: string;
  width: number;
  height: number;
  bytes: number;
  variants: ImageVariant[];
  /** Variance of the Laplacian (src/media/sharpness.ts), for the quality gate. */
  sharpness: number;
}

/** Validates and stores the image under mediaDir/<storageKey>/; throws MediaRejectedError with the reason. */
export async function processImage(input: Buffer, mediaDir: string, maxBytes: number): Promise<ProcessedImage> {
  const sharp = await loadSharp();
  let meta: Partial<Metadata>;
  try {
    meta = await sharp(input, { failOn: 'error' }).metadata();
  } catch {
    meta = {};
  }
  const upright = (meta.orientation ?? 1) >= 5;
  const width = upright ? meta.height : meta.width;
  const height = upright ? meta.width : meta.height;
  const reason = imageRejection({ format: meta.format, width, height, bytes: input.length, maxBytes });
  if (reason) throw new MediaRejectedError(reason);

  const now = new Date();
  const storageKey = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomBytes(8).toString('hex')}`;
  const dir = join(mediaDir, storageKey);
  await mkdir(dir, { recursive: true });
  const variants: ImageVariant[] = [];
  for (const w of variantWidths(width!)) {
    const base = sharp(input, { failOn: 'error' }).rotate().resize({ width: w, withoutEnlargement: true });
    const [webp, jpeg] = await Promise.all([
      base.clone().webp({ quality: 78 }).toBuffer({ resolveWithObject: true }),
      base.clone().flatten({ background: '#ffffff' }).jpeg({ quality: 80, mozjpeg: true }).toBuffer({ resolveWithObject: true }),
    ]);
    const name = `w${w}`;
    await writeFile(join(dir, `${name}.webp`), webp.data);
    await writeFile(join(dir, `${name}.jpg`), jpeg.data);
    variants.push({ width: webp.info.width, height: webp.info.height, webp: `${name}.webp`, jpeg: `${name}.jpg` });
  }
  const sharpness = await measureSharpness(input);
  return { storageKey, format: meta.format!, width: width!, height: height!, bytes: input.length, variants, sharpness };
}
