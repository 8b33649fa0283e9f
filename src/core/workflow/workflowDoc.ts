/**
 * docs/workflow.md, generated from the transition tables and the policy tables (a test keeps the
 * document equal to this output, so the documentation cannot drift from the code). Pure.
 */
import { CONTENT_EVENT_PERMISSIONS, EVENT_RULE_TEXT } from '../content/contentAccess.ts';
import { GRANTS, type Permission, ROLES, ROLE_LABELS } from '../policies/grants.ts';
import { CONTENT_STATES, CONTENT_STATE_LABELS, type ContentEvent, PAGE_TRANSITIONS, TRANSITIONS, type Transition } from './contentWorkflow.ts';

function mermaid(table: Partial<Record<ContentEvent, Transition>>, start: string): string {
  const lines = ['```mermaid', 'stateDiagram-v2', `  [*] --> ${start}: Tạo mới`];
  const used = new Set<string>([start]);
  for (const [event, t] of Object.entries(table) as [ContentEvent, Transition][]) {
    for (const from of t.from) {
      used.add(from).add(t.to);
      const marks = [t.requiresReason ? 'lý do' : '', t.qualityGate ? 'kiểm tra chất lượng' : ''].filter(Boolean);
      lines.push(`  ${from} --> ${t.to}: ${event}${marks.length ? ` (${marks.join(', ')})` : ''}`);
    }
  }
  for (const s of CONTENT_STATES) if (used.has(s)) lines.push(`  ${s}: ${s} – ${CONTENT_STATE_LABELS[s]}`);
  lines.push('```');
  return lines.join('\n');
}

function rolesWith(permission: Permission): string {
  const roles = ROLES.filter((r) => (GRANTS[r] as readonly Permission[]).includes(permission)).map((r) => `${r} (${ROLE_LABELS[r]})`);
  return [...roles, 'platform administrator'].join(', ');
}

/** The generated part of docs/workflow.md. */
export function generatedWorkflowDoc(): string {
  const rows = (Object.keys(TRANSITIONS) as ContentEvent[]).map((e) => {
    const t: Transition = TRANSITIONS[e];
    const perm = e === 'returnToAuthor' ? 'content.approve / content.publish' : CONTENT_EVENT_PERMISSIONS[e];
    return `| \`${e}\` | ${t.label} | ${t.from.join(', ')} → ${t.to} | \`${perm}\`: ${e === 'returnToAuthor' ? `${rolesWith('content.approve')}; ${rolesWith('content.publish')}` : rolesWith(CONTENT_EVENT_PERMISSIONS[e])} | ${EVENT_RULE_TEXT[e]} | ${t.requiresReason ? 'yes' : ''} | ${t.qualityGate ? 'yes' : ''} |`;
  });
  return [
    '## News items (kind `news`)',
    '',
    mermaid(TRANSITIONS, 'draft'),
    '',
    '## Static pages (kind `page`)',
    '',
    'Static pages are the board\'s own reference texts (introduction, organisation, leaders…): a board member writes and publishes them.',
    '',
    mermaid(PAGE_TRANSITIONS, 'draft'),
    '',
    '## Who may do what (news items)',
    '',
    'A move needs (1) to be legal from the item\'s state (the table in `src/core/workflow/contentWorkflow.ts`), (2) the coarse grant on the item\'s site (`src/core/policies/grants.ts`), and (3) the fine rule (`EVENT_RULES` in `src/core/content/contentAccess.ts`).',
    '',
    '| Event | Button | From → to | Grant and roles holding it | Fine rule | Reason required | Quality gate |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

export const GENERATED_BEGIN = '<!-- BEGIN GENERATED: src/core/workflow/workflowDoc.ts (run the workflowDoc test with UPDATE_DOCS=1 to refresh) -->';
export const GENERATED_END = '<!-- END GENERATED -->';
