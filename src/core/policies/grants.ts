/**
 * Roles → permissions, as typed data (house style §3.4: data for the coarse layer).
 * Roles are held per site (and, for contributors and leaders, per unit). Rules that depend
 * on the particular item (own unit, four-eyes) are named predicates in policy.ts.
 */

export const PERMISSIONS = [
  'admin.access', // see the admin at all
  'platform.manage', // sites, accounts across the installation
  'site.settings', // a site's name, logo, footer details, host
  'unit.manage',
  'section.manage',
  'user.manage', // accounts and role assignments on the site
  'content.read', // see contents in the admin
  'content.create',
  'content.edit',
  'content.publish', // publish / unpublish / archive
  'content.submit', // send an item up the workflow (to the unit leader or the board)
  'content.approve', // unit leader: approve or return the unit's items
  'content.forcePublish', // editor-in-chief: publish an urgent item unreviewed (flagged for review)
  'media.upload',
  'oversight.read', // read-only across the parent site and its wards
  'records.manage', // structured content: documents, schedule, officials, disclosures (issue 5)
  'compliance.read', // a site's compliance score, gaps and score history
  'compliance.run', // run the compliance audit on demand
  'compliance.configure', // choose the rule pack; a city's weights, extra rules and calendar (its wards follow)
  'quota.read', // contribution quotas and live progress (unit roles: their own units; the board and oversight: every unit)
  'quota.manage', // quota rules, report day, reminders, the monthly report's heading (issue 6)
  'report.run', // generate and download the monthly report, see its history, competition scores
  'royalty.assess', // set an item's royalty coefficients, authors and shares
  'royalty.manage', // royalty rates, payout lists, payment status
  'competition.configure', // the competition (thi đua) formula of a year
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = ['contributor', 'leader', 'editor', 'editor_in_chief', 'oversight'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  contributor: 'Cộng tác viên',
  leader: 'Lãnh đạo đơn vị',
  editor: 'Biên tập viên',
  editor_in_chief: 'Trưởng ban biên tập',
  oversight: 'Theo dõi, giám sát',
};

export const GRANTS = {
  contributor: ['admin.access', 'content.read', 'content.create', 'content.edit', 'media.upload', 'content.submit', 'quota.read'],
  leader: ['admin.access', 'content.read', 'content.edit', 'content.submit', 'content.approve', 'quota.read'],
  editor: ['admin.access', 'content.read', 'content.create', 'content.edit', 'content.publish', 'media.upload', 'content.submit', 'records.manage', 'compliance.read', 'quota.read', 'royalty.assess'],
  editor_in_chief: [
    'admin.access', 'content.read', 'content.create', 'content.edit', 'content.publish', 'media.upload',
    'site.settings', 'unit.manage', 'section.manage', 'user.manage', 'content.submit', 'content.forcePublish', 'records.manage', 'compliance.read', 'compliance.run',
    'quota.read', 'quota.manage', 'report.run', 'royalty.assess', 'royalty.manage',
  ],
  oversight: ['admin.access', 'content.read', 'oversight.read', 'compliance.read', 'compliance.run', 'compliance.configure', 'quota.read', 'report.run', 'royalty.manage', 'competition.configure'],
} as const satisfies Record<Role, readonly Permission[]>;

/** Roles whose grants also reach the wards under the site where they are held. */
export const INHERITED_BY_CHILD_SITES: readonly Role[] = ['oversight'];

export function roleGrants(role: Role, permission: Permission): boolean {
  return (GRANTS[role] as readonly Permission[]).includes(permission);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
