/**
 * Entry point: configuration → database (migrated) → demo data when allowed → HTTP server.
 * `npm start` runs this file. With WEB_CONCURRENCY > 1 (default in production: one per core) the
 * primary process migrates and seeds, then forks that many workers sharing the port; each worker has
 * its own page cache, kept correct by following the audit log (src/web/cache/changeFollower.ts).
 */
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { type Config, loadConfig } from '../config/env.ts';
import { ROLE_LABELS, isRole } from '../core/policies/grants.ts';
import { createDb } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { systemClock } from '../core/types.ts';
import { scheduleNightlyAudits } from '../jobs/auditCompliance.ts';
import { scheduleContributionJobs } from '../jobs/contributionJobs.ts';
import { mediaDirOf } from './appContext.ts';
import { buildApp } from './app.ts';

interface DemoAccount {
  username: string;
  password: string;
  role: string;
  site: string;
}

async function prepare(config: Config) {
  const database = createDb(config.databaseUrl);
  await migrateToLatest(database.db);
  let accounts: DemoAccount[] = [];
  if (config.demoData) {
    const { seedDemo } = await import('../demo/seedDemo.ts');
    const started = Date.now();
    accounts = (await seedDemo(database.db, { mediaDir: mediaDirOf(config), log: (m: string) => console.log(m) })).accounts;
    if (accounts.length > 0) console.log(`Đã tạo dữ liệu mẫu trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`);
  }
  // Tonight's compliance audit of every site (idempotent: one sweep per night, see src/jobs/auditCompliance.ts).
  await scheduleNightlyAudits(database.db, systemClock);
  // This period's monthly report and quota reminders of every site, and tomorrow's planning (idempotent).
  await scheduleContributionJobs(database.db, systemClock);
  return { database, accounts };
}

function workerCount(config: Config): number {
  const n = Number(process.env.WEB_CONCURRENCY ?? (config.production ? availableParallelism() : 1));
  return Number.isInteger(n) && n > 0 ? n : 1;
}

function printAccounts(accounts: DemoAccount[], demo: boolean): void {
  if (accounts.length > 0) {
    console.log('Tài khoản dùng thử (chỉ có trong chế độ demo):');
    for (const a of accounts) {
      const role = isRole(a.role) ? ROLE_LABELS[a.role] : 'Quản trị hệ thống';
      console.log(`  ${a.username.padEnd(18)} mật khẩu: ${a.password}  – ${role}, ${a.site === '*' ? 'mọi cổng' : a.site}`);
    }
  } else if (demo) {
    console.log('Dữ liệu mẫu đã có sẵn; tài khoản dùng thử: admin / demo12345 (xem README).');
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  const workers = workerCount(config);
  if (cluster.isPrimary && workers > 1) {
    const { database, accounts } = await prepare(config);
    await database.close();
    console.log(`Khởi động ${workers} tiến trình phục vụ tại ${config.publicUrl} (quản trị: ${config.publicUrl}/quan-tri)…`);
    printAccounts(accounts, config.demoData);
    for (let i = 0; i < workers; i++) cluster.fork();
    cluster.on('exit', (worker, code) => {
      if (code !== 0) {
        console.error(`Tiến trình ${worker.process.pid} dừng (mã ${code}); khởi động lại.`);
        cluster.fork();
      }
    });
    return;
  }
  const { database, accounts } = cluster.isPrimary ? await prepare(config) : { database: createDb(config.databaseUrl), accounts: [] };
  const app = await buildApp({ database, config });
  const address = await app.listen({ port: config.port, host: config.host });
  app.ctx.jobs.start();
  console.log(`Cổng TTĐT đang chạy tại ${config.publicUrl} (${address}, tiến trình ${process.pid}) – cơ sở dữ liệu: ${database.describe}`);
  if (cluster.isPrimary) {
    console.log(`Trang quản trị: ${config.publicUrl}/quan-tri`);
    printAccounts(accounts, config.demoData);
  }
  const shutdown = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  console.error('Không khởi động được Cổng TTĐT:', err);
  process.exit(1);
});
