/** Image rows → what <Picture> needs: srcset per format, intrinsic size (no layout shift). */
import type { MediaRow } from '../../db/schema.ts';
import type { ImageVariant } from '../../media/imageProcessor.ts';

export interface PictureModel {
  webpSrcset: string;
  jpegSrcset: string;
  fallbackSrc: string;
  width: number;
  height: number;
  alt: string;
}

export function presentPicture(media: MediaRow | undefined, alt: string): PictureModel | null {
  if (!media) return null;
  const variants = JSON.parse(media.variants) as ImageVariant[];
  if (variants.length === 0) return null;
  const base = `/media/${media.storage_key}`;
  const largest = variants[variants.length - 1]!;
  const middle = variants.find((v) => v.width >= 900) ?? largest;
  return {
    webpSrcset: variants.map((v) => `${base}/${v.webp} ${v.width}w`).join(', '),
    jpegSrcset: variants.map((v) => `${base}/${v.jpeg} ${v.width}w`).join(', '),
    fallbackSrc: `${base}/${middle.jpeg}`,
    width: largest.width,
    height: largest.height,
    alt: alt || media.alt,
  };
}

/** Absolute URL of a mid-size JPEG, for Open Graph and RSS enclosures. */
export function shareImagePath(media: MediaRow | undefined): string | null {
  return presentPicture(media, '')?.fallbackSrc ?? null;
}
