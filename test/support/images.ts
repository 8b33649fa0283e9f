/** Real images for tests, generated with sharp (nothing is downloaded). */
import sharp from 'sharp';

/** A PNG photo-like image: a gradient with shapes, `width` × `height`. */
export function testPhoto(width = 1600, height = 1000, hue = '#2b6cb0'): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${hue}"/><stop offset="1" stop-color="#f6e05e"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width * 0.7}" cy="${height * 0.3}" r="${height * 0.12}" fill="#fff5d6"/>
    <polygon points="0,${height} ${width * 0.3},${height * 0.5} ${width * 0.6},${height} " fill="#276749"/>
    <rect x="${width * 0.55}" y="${height * 0.55}" width="${width * 0.2}" height="${height * 0.45}" fill="#742a2a"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
