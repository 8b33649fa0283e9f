/**
 * argon2id hashing (OWASP-recommended parameters are @node-rs/argon2's defaults: m=19 MiB, t=2, p=1).
 * The native module is loaded on the first login or password change, not when the server starts (ADR 0013).
 */
import type * as Argon2 from '@node-rs/argon2';

const ARGON2ID = 2; // Algorithm.Argon2id; a const enum cannot be imported under verbatimModuleSyntax

let loading: Promise<typeof Argon2> | undefined;
function argon2(): Promise<typeof Argon2> {
  loading ??= import('@node-rs/argon2');
  return loading;
}

export async function hashPassword(password: string): Promise<string> {
  const { hash } = await argon2();
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  const { verify } = await argon2();
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Vietnamese reason a new password is too weak, or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < 10) return 'Mật khẩu phải có ít nhất 10 ký tự.';
  if (/^(.)\1+$/.test(password)) return 'Mật khẩu không được lặp lại một ký tự.';
  return null;
}
