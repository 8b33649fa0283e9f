/**
 * Files attached to a document: checked by their bytes (PDF, DOCX, ODT; core/files/attachmentKind.ts), stored
 * under DATA_DIR/files with a random name, recorded with their SHA-256 and an audit event.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { ATTACHMENT_MIME, detectAttachmentKind } from '../../core/files/attachmentKind.ts';
import { formatBytes } from '../../core/media/imagePolicy.ts';
import { cleanLine } from '../../core/text/vietnamese.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { deleteDocumentFile, findDocument, findDocumentFile, insertDocumentFile, updateDocument } from '../../db/repositories/documentRepository.ts';
import { type CommandContext, nowIso } from '../context.ts';
import { authorizedSite } from '../records/recordSupport.ts';

/** Where document files go and how large they may be. */
export interface FileStorage {
  /** DATA_DIR/files */
  filesDir: string;
  maxBytes: number;
}

export function filesDirOf(dataDir: string): string {
  return join(dataDir, 'files');
}

export interface AddDocumentFileInput {
  siteId: number;
  documentId: number;
  data: Buffer;
  truncated?: boolean;
  originalName: string;
}

/**
 * @throws NotFoundError; ForbiddenError without records.manage; ValidationError { file } for an empty, oversize
 *   or unsupported file (decided by content, whatever its name says)
 */
export async function addDocumentFile(ctx: CommandContext & { storage: FileStorage }, input: AddDocumentFileInput): Promise<{ id: number }> {
  const site = await authorizedSite(ctx, input.siteId, 'records.manage');
  const doc = await findDocument(ctx.db, site.id, input.documentId);
  if (!doc) throw new NotFoundError('Không tìm thấy văn bản này trên cổng.');
  if (input.truncated || input.data.length > ctx.storage.maxBytes) {
    throw new ValidationError({ file: `Tệp quá lớn; dung lượng tối đa là ${formatBytes(ctx.storage.maxBytes)}.` });
  }
  if (input.data.length === 0) throw new ValidationError({ file: 'Vui lòng chọn tệp văn bản để tải lên.' });
  const kind = detectAttachmentKind(input.data);
  if (!kind) {
    throw new ValidationError({ file: 'Tệp không phải văn bản PDF, Word (DOCX) hoặc OpenDocument (ODT) hợp lệ. Hệ thống kiểm tra nội dung tệp, không chỉ phần đuôi tên tệp.' });
  }
  const now = nowIso(ctx);
  const storageKey = `${now.slice(0, 4)}/${now.slice(5, 7)}/${randomBytes(12).toString('hex')}.${kind}`;
  const path = join(ctx.storage.filesDir, storageKey);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, input.data, { flag: 'wx' });
  const originalName = cleanLine(input.originalName).slice(0, 255) || `tep.${kind}`;
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const id = await insertDocumentFile(trx, {
        document_id: doc.id, site_id: site.id, kind, mime: ATTACHMENT_MIME[kind], original_name: originalName, bytes: input.data.length,
        sha256: createHash('sha256').update(input.data).digest('hex'), storage_key: storageKey, created_by: ctx.actor.userId, created_at: now,
      });
      await updateDocument(trx, site.id, doc.id, { updated_at: now, updated_by: ctx.actor.userId });
      await recordAudit(trx, {
        siteId: site.id, actorId: ctx.actor.userId, action: 'document.fileAdded', subjectType: 'document', subjectId: doc.id,
        data: { fileId: id, kind, bytes: input.data.length }, at: now,
      });
      return { id };
    });
  } catch (err) {
    // CASE: no row points at the file, so it would never be served or cleaned up.
    await rm(path, { force: true });
    throw err;
  }
}

/** Removes a file from a document and from disk (records.manage). @throws NotFoundError; ForbiddenError */
export async function removeDocumentFile(ctx: CommandContext & { storage: FileStorage }, input: { siteId: number; documentId: number; fileId: number }): Promise<void> {
  const site = await authorizedSite(ctx, input.siteId, 'records.manage');
  const file = await findDocumentFile(ctx.db, site.id, input.fileId);
  if (!file || file.document_id !== input.documentId) throw new NotFoundError('Không tìm thấy tệp này.');
  const now = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await deleteDocumentFile(trx, site.id, file.id);
    await updateDocument(trx, site.id, file.document_id, { updated_at: now, updated_by: ctx.actor.userId });
    await recordAudit(trx, {
      siteId: site.id, actorId: ctx.actor.userId, action: 'document.fileRemoved', subjectType: 'document', subjectId: file.document_id,
      data: { fileId: file.id, name: file.original_name }, at: now,
    });
  });
  await rm(join(ctx.storage.filesDir, file.storage_key), { force: true });
}
