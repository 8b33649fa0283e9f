/**
 * The only place raw HTML reaches a page. Everything passed here was sanitized on the server when it
 * was saved (commands call sanitizeRichText); it is sanitized again here so that rows written by any
 * other path (imports, old data) can never inject script.
 */
import { sanitizeRichText } from '../../core/content/sanitize.ts';

export function SanitizedHtml({ html, className }: { html: string; className?: string }) {
  return <div class={className} dangerouslySetInnerHTML={{ __html: sanitizeRichText(html) }} />;
}
