/**
 * Entry point: configuration → database (migrated) → demo data when allowed → HTTP server.
 * `npm start` runs this file.
 */
import { loadConfig } from '../config/env.ts';
import { ROLE_LABELS, isRole } from '../core/policies/grants.ts';
import { createDb } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { mediaDirOf } from './appContext.ts';
import { buildApp } from './app.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = createDb(config.databaseUrl);
  await migrateToLatest(database.db);
  let accounts: { username: string; password: string; role: string; site: string }[] = [];
  if (config.demoData) {
    const { seedDemo } = await import('../demo/seedDemo.ts');
    const started = Date.now();
    accounts = (await seedDemo(database.db, { mediaDir: mediaDirOf(config), log: (m: string) => console.log(m) })).accounts;
    if (accounts.length > 0) console.log(`Đã tạo dữ liệu mẫu trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`);
  }
  const app = await buildApp({ database, config });
  const address = await app.listen({ port: config.port, host: config.host });
  app.ctx.jobs.start();
  console.log(`Cổng TTĐT đang chạy tại ${config.publicUrl} (${address}) – cơ sở dữ liệu: ${database.describe}`);
  console.log(`Trang quản trị: ${config.publicUrl}/quan-tri`);
  if (accounts.length > 0) {
    console.log('Tài khoản dùng thử (chỉ có trong chế độ demo):');
    for (const a of accounts) {
      const role = isRole(a.role) ? ROLE_LABELS[a.role] : 'Quản trị hệ thống';
      console.log(`  ${a.username.padEnd(18)} mật khẩu: ${a.password}  – ${role}, ${a.site === '*' ? 'mọi cổng' : a.site}`);
    }
  } else if (config.demoData) {
    console.log('Dữ liệu mẫu đã có sẵn; tài khoản dùng thử: admin / demo12345 (xem README).');
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
