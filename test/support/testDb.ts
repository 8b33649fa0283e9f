/**
 * A fresh, migrated database per test file, on the dialect under test:
 * SQLite (a temp file) by default, PostgreSQL when TEST_DIALECT=postgres (a new database created
 * from TEST_DATABASE_URL and dropped afterwards). A PostgreSQL run without TEST_DATABASE_URL
 * fails loudly instead of silently testing SQLite.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, createDb } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

export type TestDialect = 'sqlite' | 'postgres';

export function testDialect(): TestDialect {
  return process.env.TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite';
}

export interface TestDatabase {
  database: Database;
  /** A temp directory for DATA_DIR (media). */
  dataDir: string;
  dispose(): Promise<void>;
}

export async function createTestDatabase(opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cttdt-test-'));
  let database: Database;
  let dropPg: (() => Promise<void>) | null = null;
  if (testDialect() === 'postgres') {
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (!adminUrl) throw new Error('TEST_DIALECT=postgres needs TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)');
    const name = `cttdt_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    database = createDb(url.toString(), { poolSize: 5 });
    dropPg = async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  } else {
    database = createDb(join(dataDir, 'test.sqlite'));
  }
  if (opts.migrate !== false) await migrateToLatest(database.db);
  return {
    database,
    dataDir,
    async dispose() {
      await database.close();
      if (dropPg) await dropPg();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
