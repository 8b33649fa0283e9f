/**
 * Logs a person in. Throttled twice: per IP by the route's rate limit, and per account here
 * (after 5 failures in 15 minutes the account refuses logins until the window passes).
 * The same Vietnamese message answers a wrong user name and a wrong password.
 */
import type { Kysely } from 'kysely';
import { DomainError } from '../../core/errors.ts';
import type { Clock } from '../../core/types.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { findUserByUsername } from '../../db/repositories/userRepository.ts';
import type { DB } from '../../db/schema.ts';
import { verifyPassword } from './passwords.ts';
import { startSession } from './sessions.ts';

const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60 * 1000;
// Equalises timing for unknown user names (a valid argon2id hash of a random string).
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0Bq2yq3C1mW3m8mH3qf3bC8g1cWmB6l8cY0q8oE3Kx8';

export class LoginThrottle {
  private failures = new Map<string, number[]>();
  constructor(private readonly clock: Clock) {}
  private recent(key: string): number[] {
    const since = this.clock.now().getTime() - WINDOW_MS;
    const list = (this.failures.get(key) ?? []).filter((t) => t > since);
    this.failures.set(key, list);
    return list;
  }
  isLocked(key: string): boolean {
    return this.recent(key).length >= MAX_FAILURES;
  }
  fail(key: string): void {
    this.recent(key).push(this.clock.now().getTime());
  }
  clear(key: string): void {
    this.failures.delete(key);
  }
}

export class LoginFailedError extends DomainError {
  constructor(message = 'Tên đăng nhập hoặc mật khẩu không đúng.') {
    super('UNAUTHENTICATED', 401, message);
  }
}

export async function login(
  deps: { db: Kysely<DB>; clock: Clock; throttle: LoginThrottle },
  input: { username: string; password: string; ip: string },
): Promise<{ token: string; csrf: string; userId: number }> {
  const key = input.username.trim().toLowerCase();
  if (deps.throttle.isLocked(key)) {
    throw new DomainError('RATE_LIMITED', 429, 'Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.');
  }
  const user = key ? await findUserByUsername(deps.db, key) : undefined;
  const ok = await verifyPassword(user?.password_hash ?? DUMMY_HASH, input.password);
  if (!user || !ok || user.is_disabled === 1) {
    deps.throttle.fail(key);
    throw new LoginFailedError();
  }
  deps.throttle.clear(key);
  const session = await startSession(deps.db, deps.clock, user.id);
  await recordAudit(deps.db, {
    siteId: null, actorId: user.id, action: 'user.loggedIn', subjectType: 'user', subjectId: user.id,
    data: { ip: input.ip }, at: deps.clock.now().toISOString(),
  });
  return { ...session, userId: user.id };
}
