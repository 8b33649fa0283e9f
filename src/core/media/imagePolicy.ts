/**
 * What the portal accepts as a photo, and the sizes it serves. Pure data and checks.
 * The type is decided from the file's content (magic bytes as decoded by sharp), never its name.
 */

export const ACCEPTED_IMAGE_FORMATS = ['jpeg', 'png', 'webp', 'gif', 'tiff', 'avif', 'heif'] as const;

/** Widths generated for srcset; the largest never exceeds the original. */
export const IMAGE_WIDTHS = [480, 960, 1600] as const;

export const MIN_IMAGE_WIDTH = 200;
export const MAX_IMAGE_PIXELS = 60_000_000;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
  return `${Math.ceil(bytes / 1024).toLocaleString('vi-VN')} KB`;
}

/** Vietnamese reason an image is refused, or null when it is acceptable. */
export function imageRejection(input: {
  format: string | undefined;
  width: number | undefined;
  height: number | undefined;
  bytes: number;
  maxBytes: number;
}): string | null {
  if (input.bytes > input.maxBytes) {
    return `Tệp ảnh quá lớn (${formatBytes(input.bytes)}); dung lượng tối đa là ${formatBytes(input.maxBytes)}.`;
  }
  if (!input.format || !(ACCEPTED_IMAGE_FORMATS as readonly string[]).includes(input.format)) {
    return 'Tệp tải lên không phải là ảnh hợp lệ. Chỉ nhận ảnh JPEG, PNG, WebP, GIF, TIFF, AVIF hoặc HEIF.';
  }
  if (!input.width || !input.height) return 'Không đọc được kích thước ảnh.';
  if (input.width < MIN_IMAGE_WIDTH) {
    return `Ảnh quá nhỏ (rộng ${input.width} px); cần rộng ít nhất ${MIN_IMAGE_WIDTH} px.`;
  }
  if (input.width * input.height > MAX_IMAGE_PIXELS) return 'Ảnh có độ phân giải quá lớn để xử lý.';
  return null;
}

export function variantWidths(originalWidth: number): number[] {
  const widths: number[] = IMAGE_WIDTHS.filter((w) => w < originalWidth);
  const largest = Math.min(originalWidth, IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]!);
  if (!widths.includes(largest)) widths.push(largest);
  return widths;
}
