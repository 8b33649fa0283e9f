import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** Renders a full HTML document. preact escapes every interpolated string. */
export function renderDocument(vnode: VNode): string {
  return `<!doctype html>${renderToString(vnode)}`;
}

export function renderFragment(vnode: VNode): string {
  return renderToString(vnode);
}
