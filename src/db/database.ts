/**
 * createDb(): one Kysely<DB> over SQLite (better-sqlite3, the embedded default) or PostgreSQL (pg),
 * chosen by the URL. Every dialect difference lives here or in dialect.ts. pg is loaded only when the URL is a
 * PostgreSQL one (with the first query), so a SQLite installation never loads it (ADR 0013).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase, sql } from 'kysely';
import type pg from 'pg';
import type { DB } from './schema.ts';

export type DialectName = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  dialect: DialectName;
  /** A readable description without credentials, for logs. */
  describe: string;
  /**
   * PostgreSQL: LISTEN on a channel with a dedicated connection (reconnecting when it drops);
   * returns a function that stops listening. Undefined on SQLite.
   */
  listen?: (channel: string, onNotify: (payload: string) => void) => Promise<() => Promise<void>>;
  close(): Promise<void>;
}

let pgLoading: Promise<typeof pg> | undefined;
function loadPg(): Promise<typeof pg> {
  pgLoading ??= import('pg').then((m) => m.default);
  return pgLoading;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export function createDb(url: string, options: { poolSize?: number } = {}): Database {
  if (isPostgresUrl(url)) {
    // Kysely calls this once, before the first query.
    const pool = async () => {
      const { Pool } = await loadPg();
      const p = new Pool({ connectionString: url, max: options.poolSize ?? 10 });
      // An idle client losing its connection (server restart, a test database dropped) must not crash
      // the process; the pool discards the client and the next query opens a new one.
      p.on('error', (err) => console.error('PostgreSQL: mất kết nối rảnh trong pool:', err.message));
      return p;
    };
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    const safe = url.replace(/\/\/[^@/]*@/, '//***@');
    const listen = async (channel: string, onNotify: (payload: string) => void) => {
      let client: pg.Client | null = null;
      let stopped = false;
      const connect = async (): Promise<void> => {
        const { Client } = await loadPg();
        if (stopped) return;
        const c = new Client({ connectionString: url });
        c.on('notification', (m) => { if (m.channel === channel) onNotify(m.payload ?? ''); });
        c.on('error', () => {
          client = null;
          setTimeout(() => void connect().catch(() => undefined), 1000).unref();
        });
        await c.connect();
        await c.query(`listen ${channel}`);
        client = c;
      };
      await connect();
      return async () => {
        stopped = true;
        await client?.end().catch(() => undefined);
      };
    };
    return { db, dialect: 'postgres', describe: `PostgreSQL ${safe}`, listen, close: () => db.destroy() };
  }
  const file = url.replace(/^sqlite:(\/\/)?/, '');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, dialect: 'sqlite', describe: `SQLite ${file}`, close: () => db.destroy() };
}

/**
 * better-sqlite3 compiles a statement on every prepare(), and Kysely prepares every query it runs: on a public page of
 * ~20 small queries, compiling was a fifth of the CPU (docs/benchmarks.md). The same SQL text reuses its compiled
 * statement; one still iterating (a streamed query) is not shared. SQLite recompiles a statement by itself after a
 * schema change.
 */
function withStatementCache(sqlite: SQLite.Database, max = 500): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      const cached = cache.get(text);
      if (cached && !cached.busy) return cached;
      const stmt = sqlite.prepare(text);
      if (!cached) {
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
        cache.set(text, stmt);
      }
      return stmt;
    },
  };
}

/** Answers true when the database responds; used by /healthz. */
export async function ping(db: Kysely<DB>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
