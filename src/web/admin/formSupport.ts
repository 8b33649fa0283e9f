/**
 * Small helpers the admin routes share to turn a urlencoded form into command input and back:
 * every field is read as a string (so a re-rendered form shows exactly what was typed), numbers and
 * checkboxes are converted at the edge, and the command context is built from the request.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { CommandContext } from '../../commands/context.ts';
import { UnauthenticatedError } from '../../core/errors.ts';
import type { AppContext } from '../appContext.ts';
import { renderDocument } from '../render.ts';

/** The typed values of a form, one string per field (a checkbox is '1' when ticked, '' otherwise). */
export type FormValues<K extends string> = Record<K, string>;

/** Reads `keys` from a parsed urlencoded body; missing or non-string values become ''. */
export function readForm<K extends string>(body: unknown, keys: readonly K[]): FormValues<K> {
  const src = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const out = {} as FormValues<K>;
  for (const k of keys) {
    const v = src[k];
    out[k] = typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
  }
  return out;
}

/** '' → null; anything else → a number (NaN when not numeric, which the command rejects with a field message). */
export function optionalNumber(value: string): number | null {
  const t = value.trim();
  return t === '' ? null : Number(t);
}

export function checked(value: string): boolean {
  return value === '1' || value === 'on' || value === 'true';
}

/**
 * A route id parameter read the way the permission check reads `:siteId` (Number()), so both agree on
 * which site is meant; anything that is not a positive safe integer becomes NaN, which no row has.
 */
export function idParam(value: string | undefined): number {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : Number.NaN;
}

export function commandContext(ctx: AppContext, req: FastifyRequest): CommandContext {
  if (!req.actor) throw new UnauthenticatedError();
  return { db: ctx.db, actor: req.actor, clock: ctx.clock };
}

export function sendPage(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(renderDocument(page));
}
