import type { PictureModel } from '../presenters/media.ts';

/** Responsive image: WebP with JPEG fallback, intrinsic size so nothing shifts while it loads. */
export function Picture({ model, sizes, eager, className }: { model: PictureModel; sizes: string; eager?: boolean; className?: string }) {
  return (
    <picture class={className}>
      <source type="image/webp" srcset={model.webpSrcset} sizes={sizes} />
      <img
        src={model.fallbackSrc}
        srcset={model.jpegSrcset}
        sizes={sizes}
        width={model.width}
        height={model.height}
        alt={model.alt}
        loading={eager ? 'eager' : 'lazy'}
        decoding="async"
      />
    </picture>
  );
}
