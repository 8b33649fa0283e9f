/**
 * Generated documents on disk, under DATA_DIR/reports/<site id>/… (never committed: DATA_DIR is ignored by
 * git and backed up with the database). Keys are made here only; reading refuses anything that is not such a key.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export function reportsDirOf(dataDir: string): string {
  return join(dataDir, 'reports');
}

/** "3/2026-11/bao-cao-2026-11-v2.docx". */
export function monthlyReportKey(siteId: number, periodKey: string, version: number, ext: 'docx' | 'xlsx'): string {
  return `${siteId}/${periodKey}/bao-cao-${periodKey}-v${version}.${ext}`;
}

const KEY_RE = /^\d+\/\d{4}-\d{2}\/[a-z0-9-]+\.(docx|xlsx)$/;

function pathOf(dataDir: string, key: string): string {
  if (!KEY_RE.test(key)) throw new Error(`Not a report file key: ${key}`);
  return join(reportsDirOf(dataDir), key);
}

export async function writeReportFile(dataDir: string, key: string, bytes: Buffer): Promise<void> {
  const path = pathOf(dataDir, key);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
}

export async function readReportFile(dataDir: string, key: string): Promise<Buffer | null> {
  try {
    return await readFile(pathOf(dataDir, key));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

export async function removeReportFile(dataDir: string, key: string): Promise<void> {
  await rm(pathOf(dataDir, key), { force: true });
}
