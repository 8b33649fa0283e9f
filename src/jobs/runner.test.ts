import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Clock } from '../core/types.ts';
import { type TestDatabase, createTestDatabase } from '../../test/support/testDb.ts';
import { enqueueJob } from './jobQueue.ts';
import { JobRunner } from './runner.ts';

describe('job runner', () => {
  let t: TestDatabase;
  let now = new Date('2026-03-01T00:00:00.000Z');
  const clock: Clock = { now: () => now };
  before(async () => { t = await createTestDatabase(); });
  after(() => t.dispose());

  it('should run a due job exactly once even with several runners racing', async () => {
    const db = t.database.db;
    const ran: number[] = [];
    const runners = [1, 2, 3].map(() => new JobRunner({ db, clock, log: () => {} }).register('demo.count', async (job) => { ran.push(job.id); }));
    const ids = await Promise.all([0, 1, 2, 3, 4].map((i) => enqueueJob(db, { kind: 'demo.count', runAt: '2026-02-28T00:00:00.000Z', payload: { i } }, now.toISOString())));
    await Promise.all(runners.map((r) => r.tick()));
    assert.deepEqual([...ran].sort((a, b) => a - b), [...ids].sort((a, b) => a! - b!));
    const rows = await db.selectFrom('jobs').select(['status', 'attempts']).execute();
    assert.ok(rows.every((r) => r.status === 'done' && r.attempts === 1));
  });

  it('should not run a job before its time, and keep one job per unique key', async () => {
    const db = t.database.db;
    let runs = 0;
    const runner = new JobRunner({ db, clock, log: () => {} }).register('demo.later', async () => { runs++; });
    const first = await enqueueJob(db, { kind: 'demo.later', runAt: '2026-03-02T00:00:00.000Z', uniqueKey: 'later:1' }, now.toISOString());
    const again = await enqueueJob(db, { kind: 'demo.later', runAt: '2026-03-02T00:00:00.000Z', uniqueKey: 'later:1' }, now.toISOString());
    assert.ok(first);
    assert.equal(again, null);
    assert.equal(await runner.tick(), 0);
    now = new Date('2026-03-02T00:00:01.000Z');
    assert.equal(await runner.tick(), 1);
    assert.equal(runs, 1);
  });

  it('should retry a failing job and give up after its attempts, keeping the error', async () => {
    const db = t.database.db;
    const runner = new JobRunner({ db, clock, log: () => {} }).register('demo.fail', async () => { throw new Error('hỏng'); });
    const id = (await enqueueJob(db, { kind: 'demo.fail', runAt: now.toISOString(), maxAttempts: 2 }, now.toISOString()))!;
    await runner.tick();
    let job = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(job.status, 'pending');
    assert.equal(job.last_error, 'hỏng');
    now = new Date(now.getTime() + 61_000);
    await runner.tick();
    job = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(job.status, 'failed');
    assert.equal(job.attempts, 2);
  });
});
