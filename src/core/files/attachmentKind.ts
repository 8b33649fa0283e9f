/**
 * What an attached file really is, decided by its bytes, never by its name (regulations.md ND42-CONTENT-01:
 * each document has a downloadable file). Accepted: PDF (starts with "%PDF-"), DOCX (a ZIP container holding
 * word/document.xml and [Content_Types].xml) and ODT (a ZIP container whose first entry "mimetype" is stored
 * uncompressed and reads application/vnd.oasis.opendocument.text). Pure: reads only the given buffer.
 */

export const ATTACHMENT_KINDS = ['pdf', 'docx', 'odt'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const ATTACHMENT_MIME: Record<AttachmentKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
};

export const ATTACHMENT_LABELS: Record<AttachmentKind, string> = { pdf: 'PDF', docx: 'Word (DOCX)', odt: 'OpenDocument (ODT)' };

const ODT_MIME = 'application/vnd.oasis.opendocument.text';
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/** The central-directory entries of a ZIP archive, or null when the bytes are not a readable ZIP (ZIP64 is not read). */
export function readZipEntries(data: Uint8Array): ZipEntry[] | null {
  if (data.length < 22) return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (view.getUint32(0, true) !== LOCAL) return null;
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (offset + size > eocd) return null;
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > data.length || view.getUint32(p, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength > data.length) return null;
    entries.push({
      name: decoder.decode(data.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      localHeaderOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of a stored (uncompressed) entry, or null. */
function storedEntryData(data: Uint8Array, entry: ZipEntry): Uint8Array | null {
  if (entry.method !== 0) return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const p = entry.localHeaderOffset;
  if (p + 30 > data.length || view.getUint32(p, true) !== LOCAL) return null;
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  return end <= data.length ? data.subarray(start, end) : null;
}

/** 'pdf' | 'docx' | 'odt' when the bytes are one of those formats, else null. */
export function detectAttachmentKind(data: Uint8Array): AttachmentKind | null {
  if (data.length >= 5 && new TextDecoder().decode(data.subarray(0, 5)) === '%PDF-') return 'pdf';
  const entries = readZipEntries(data);
  if (!entries) return null;
  const names = new Set(entries.map((e) => e.name));
  const mimetype = entries.find((e) => e.name === 'mimetype');
  if (mimetype) {
    const content = storedEntryData(data, mimetype);
    if (content && new TextDecoder().decode(content).trim() === ODT_MIME) return 'odt';
  }
  if (names.has('word/document.xml') && names.has('[Content_Types].xml')) return 'docx';
  return null;
}

/** A safe download name: the title's slug with the extension of the real kind. */
export function attachmentFileName(baseSlug: string, kind: AttachmentKind): string {
  return `${baseSlug || 'tep-dinh-kem'}.${kind}`;
}
