/**
 * Command-line tasks for operators.
 *   npm run cli -- create-admin <username> "<Họ và tên>" [email]   (reads the password from ADMIN_PASSWORD or stdin)
 *   npm run cli -- migrate
 */
import { createInterface } from 'node:readline/promises';
import { createFirstAdmin } from './commands/users/createFirstAdmin.ts';
import { loadConfig } from './config/env.ts';
import { systemClock } from './core/types.ts';
import { createDb } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';

async function readPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: false });
  const answer = await rl.question('Mật khẩu (ít nhất 10 ký tự): ');
  rl.close();
  return answer.trim();
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const config = loadConfig();
  const database = createDb(config.databaseUrl);
  try {
    await migrateToLatest(database.db);
    if (command === 'migrate') {
      console.log(`Đã cập nhật lược đồ: ${database.describe}`);
      return 0;
    }
    if (command === 'create-admin') {
      const [username, fullName, email] = args;
      if (!username || !fullName) {
        console.error('Cách dùng: npm run cli -- create-admin <tên-đăng-nhập> "<Họ và tên>" [email]');
        return 2;
      }
      const id = await createFirstAdmin({ db: database.db, clock: systemClock }, { username, fullName, email: email ?? '', password: await readPassword() });
      console.log(`Đã tạo quản trị hệ thống "${username}" (mã ${id}).`);
      return 0;
    }
    console.error('Lệnh không hợp lệ. Các lệnh: create-admin, migrate');
    return 2;
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    return 1;
  } finally {
    await database.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
