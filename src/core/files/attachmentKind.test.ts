import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildZip, testDocx, testOdt, testPdf } from '../../../test/support/files.ts';
import { attachmentFileName, detectAttachmentKind, readZipEntries } from './attachmentKind.ts';

describe('attachment kind by content', () => {
  it('should recognise PDF, DOCX and ODT by their bytes', () => {
    assert.equal(detectAttachmentKind(testPdf('Quyết định số 12')), 'pdf');
    assert.equal(detectAttachmentKind(testDocx()), 'docx');
    assert.equal(detectAttachmentKind(testOdt()), 'odt');
  });

  it('should refuse renamed files and look-alikes: an image, a plain ZIP, an ODS spreadsheet, a script, empty bytes', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    assert.equal(detectAttachmentKind(png), null);
    assert.equal(detectAttachmentKind(buildZip([{ name: 'a.txt', content: 'xin chào' }])), null);
    assert.equal(detectAttachmentKind(buildZip([{ name: 'mimetype', content: 'application/vnd.oasis.opendocument.spreadsheet' }])), null);
    assert.equal(detectAttachmentKind(Buffer.from('<script>alert(1)</script> %PDF-1.4')), null, '%PDF- must come first');
    assert.equal(detectAttachmentKind(Buffer.alloc(0)), null);
    assert.equal(detectAttachmentKind(testDocx().subarray(0, 40)), null, 'a truncated ZIP is not a document');
  });

  it('should read the entry names of a ZIP container', () => {
    assert.deepEqual(readZipEntries(testOdt())?.map((e) => e.name), ['mimetype', 'META-INF/manifest.xml', 'content.xml']);
  });

  it('should name downloads after the real kind', () => {
    assert.equal(attachmentFileName('quyet-dinh-12', 'odt'), 'quyet-dinh-12.odt');
    assert.equal(attachmentFileName('', 'pdf'), 'tep-dinh-kem.pdf');
  });
});
