/**
 * docs/workflow.md carries the state diagrams and the who-may-do-what table generated from the code;
 * this test fails when they drift. `UPDATE_DOCS=1` rewrites the generated part.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { it } from 'node:test';
import { GENERATED_BEGIN, GENERATED_END, generatedWorkflowDoc } from './workflowDoc.ts';

const DOC = new URL('../../../docs/workflow.md', import.meta.url);

it('should keep docs/workflow.md equal to the transition and policy tables', () => {
  const text = readFileSync(DOC, 'utf8');
  const begin = text.indexOf(GENERATED_BEGIN);
  const end = text.indexOf(GENERATED_END);
  assert.ok(begin >= 0 && end > begin, 'docs/workflow.md has the generated markers');
  const current = text.slice(begin + GENERATED_BEGIN.length, end).trim();
  const expected = generatedWorkflowDoc().trim();
  if (process.env.UPDATE_DOCS === '1' && current !== expected) {
    writeFileSync(DOC, `${text.slice(0, begin + GENERATED_BEGIN.length)}\n${expected}\n${text.slice(end)}`);
    return;
  }
  assert.equal(current, expected, 'run UPDATE_DOCS=1 node --import tsx --test src/core/workflow/workflowDoc.test.ts');
});

it('should draw every transition of the news table in the diagram', () => {
  const doc = generatedWorkflowDoc();
  assert.match(doc, /draft --> submitted: submit \(kiểm tra chất lượng\)/);
  assert.match(doc, /in_editing --> returned: returnToAuthor \(lý do\)/);
  assert.match(doc, /\| `forcePublish` \| Xuất bản khẩn \(chưa qua duyệt\) \|/);
  assert.match(doc, /editor_in_chief \(Trưởng ban biên tập\)/);
});
