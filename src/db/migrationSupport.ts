/**
 * The few helpers migrations share. They must stay stable: old migrations depend on them.
 */
import { type CreateTableBuilder, type Kysely, PostgresAdapter } from 'kysely';

export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Adds an auto-incrementing integer primary key named `id`, portable across both dialects. */
export function idColumn(pg: boolean) {
  return <T extends string>(builder: CreateTableBuilder<T, never>) =>
    pg
      ? builder.addColumn('id', 'serial', (c) => c.primaryKey())
      : builder.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}
