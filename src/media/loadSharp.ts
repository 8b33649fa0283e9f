/**
 * sharp (libvips, ≈ 27 MB resident) is loaded on the first image operation, not when the server starts: a
 * process that only serves public pages never processes an image (ADR 0013).
 */
import type Sharp from 'sharp';

let loading: Promise<typeof Sharp> | undefined;

/** The sharp function, loaded and configured once (no libvips operation cache: every upload is new). */
export function loadSharp(): Promise<typeof Sharp> {
  loading ??= import('sharp').then(({ default: sharp }) => {
    sharp.cache(false);
    return sharp;
  });
  return loading;
}
