/**
 * Table types for Kysely. Portable representation on both dialects (ADR 0003):
 * ids are integers, timestamps are UTC ISO-8601 strings, booleans are 0/1 integers, JSON is text.
 */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface SitesTable {
  id: Generated<number>;
  slug: string;
  name: string; // short name, e.g. "Phường Tân Ninh"
  full_name: string; // full agency name in the header, e.g. "Ủy ban nhân dân phường Tân Ninh"
  level: string; // SiteLevel
  parent_id: number | null;
  host: string | null; // custom host name, e.g. "tanninh.tayninh.gov.vn"
  logo_media_id: number | null;
  owner_agency: Generated<string>; // footer: cơ quan chủ quản
  responsible_person: Generated<string>; // footer: người chịu trách nhiệm
  address: Generated<string>;
  phone: Generated<string>;
  email: Generated<string>;
  license_info: Generated<string>; // footer: giấy phép / copyright line
  description: Generated<string>;
  settings: Generated<string>; // JSON
  sort_order: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface UnitsTable {
  id: Generated<number>;
  site_id: number;
  name: string;
  kind: string; // UnitKind
  leader_name: Generated<string>;
  leader_title: Generated<string>;
  phone: Generated<string>;
  email: Generated<string>;
  address: Generated<string>;
  sort_order: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface SectionsTable {
  id: Generated<number>;
  site_id: number;
  parent_id: number | null;
  slug: string;
  name: string;
  kind: string; // SectionKind
  description: Generated<string>; // shown on the listing; also the empty-state hint for editors
  legal_basis: Generated<string>;
  external_url: string | null;
  in_menu: Generated<number>;
  on_home: Generated<number>;
  sort_order: Generated<number>;
  /** Themed section (chuyên đề): shown in the menu and on the home page only inside this window. */
  starts_at: string | null;
  ends_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ContentsTable {
  id: Generated<number>;
  site_id: number;
  kind: string; // ContentKind
  section_id: number | null;
  unit_id: number | null;
  slug: string;
  title: string;
  summary: Generated<string>;
  body_html: Generated<string>; // sanitized on write
  search_text: Generated<string>; // folded (no diacritics) title + summary + body text, for search
  genre: Generated<string>;
  author_name: Generated<string>;
  source_name: Generated<string>;
  source_url: Generated<string>;
  cover_media_id: number | null;
  cover_caption: Generated<string>;
  cover_alt: Generated<string>;
  is_featured: Generated<number>;
  status: string; // ContentState
  published_at: string | null;
  revision: Generated<number>;
  view_count: Generated<number>;
  sort_order: Generated<number>;
  origin_content_id: number | null; // syndication: the ward item this parent copy came from
  needs_review: Generated<number>; // force-published by the editor-in-chief, not yet reviewed (0/1)
  status_changed_at: string | null; // when the item entered its current state (the board's queue sorts by it)
  created_by: number | null;
  updated_by: number | null;
  created_at: string;
  updated_at: string;
}

/** Immutable snapshot of a content's editable fields at each save. */
export interface ContentRevisionsTable {
  id: Generated<number>;
  content_id: number;
  revision: number;
  title: string;
  summary: string;
  body_html: string;
  data: string; // JSON of the other editable fields
  created_by: number | null;
  created_at: string;
}

/** Insert-only: every state change of a content. */
export interface ContentStatusesTable {
  id: Generated<number>;
  content_id: number;
  from_status: string | null;
  to_status: string;
  event: string;
  reason: Generated<string>;
  actor_id: number | null;
  created_at: string;
}

export interface MediaTable {
  id: Generated<number>;
  site_id: number;
  kind: string; // 'image'
  original_name: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  storage_key: string; // folder under DATA_DIR/media
  variants: string; // JSON: [{ width, height, webp, jpeg }]
  alt: Generated<string>;
  caption: Generated<string>;
  created_by: number | null;
  created_at: string;
  sharpness: number | null; // variance of the Laplacian of the greyscale photo (quality gate); null: not measured
}

export interface BannersTable {
  id: Generated<number>;
  site_id: number;
  title: string;
  alt: Generated<string>;
  link_url: Generated<string>;
  media_id: number | null;
  starts_at: string | null;
  ends_at: string | null;
  sort_order: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  email: Generated<string>;
  full_name: string;
  password_hash: string;
  is_platform_admin: Generated<number>;
  is_disabled: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface UserRolesTable {
  id: Generated<number>;
  user_id: number;
  site_id: number;
  unit_id: number | null;
  role: string; // Role
  created_at: string;
}

export interface SessionsTable {
  id: string; // sha256 of the cookie token; the token itself is never stored
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface AuditEventsTable {
  id: Generated<number>;
  site_id: number | null;
  actor_id: number | null;
  action: string; // "<resource>.<pastTense>", e.g. content.published
  subject_type: string;
  subject_id: number | null;
  data: Generated<string>; // JSON
  created_at: string;
}

export interface SiteVisitsTable {
  site_id: number;
  day: string; // YYYY-MM-DD in portal time
  visits: number;
}

/** Scheduled work; see src/jobs/. */
export interface JobsTable {
  id: Generated<number>;
  kind: string;
  site_id: number | null;
  subject_id: number | null;
  payload: Generated<string>; // JSON
  run_at: string;
  status: Generated<string>; // pending | running | done | failed | cancelled
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  claimed_by: string | null;
  claimed_at: string | null;
  finished_at: string | null;
  last_error: string | null;
  result: string | null;
  unique_key: string | null; // at most one job per key (e.g. "audit:site:3:2026-11-25")
  created_by: number | null;
  created_at: string;
}

/** The edit lock of one item (issue 4): who holds it, until when. */
export interface ContentLocksTable {
  content_id: number;
  site_id: number;
  user_id: number;
  acquired_at: string;
  expires_at: string;
}

/** A person's in-app inbox. */
export interface NotificationsTable {
  id: Generated<number>;
  user_id: number;
  site_id: number | null;
  content_id: number | null;
  kind: string; // awaiting_approval | awaiting_board | returned | published | …
  message: string;
  link: Generated<string>;
  created_at: string;
  read_at: string | null;
}

/** Every e-mail the platform sends, written first here; a job sends it when SMTP is configured. */
export interface EmailOutboxTable {
  id: Generated<number>;
  site_id: number | null;
  user_id: number | null;
  to_address: string;
  subject: string;
  body_text: string;
  link: Generated<string>;
  status: Generated<string>; // queued | sent | held | failed
  error: string | null;
  created_at: string;
  sent_at: string | null;
}

/** A ward item proposed to the parent portal, and the parent board's decision. */
export interface SyndicationsTable {
  id: Generated<number>;
  source_site_id: number;
  source_content_id: number;
  target_site_id: number;
  status: string; // proposed | accepted | refused
  note: Generated<string>;
  reason: Generated<string>;
  source_revision: number;
  proposed_by: number | null;
  proposed_at: string;
  decided_by: number | null;
  decided_at: string | null;
  target_content_id: number | null;
  offered_revision: number | null;
  offered_at: string | null;
}

/** Legal and administrative documents (ND42-CONTENT-01); ADR 0010. */
export interface DocumentsTable {
  id: Generated<number>;
  site_id: number;
  section_id: number | null;
  number_symbol: Generated<string>; // số ký hiệu, e.g. 15/QĐ-UBND
  doc_type: Generated<string>; // core/records/documents.ts DOCUMENT_TYPES code
  issuing_body: Generated<string>;
  signer: Generated<string>;
  issued_on: string | null; // YYYY-MM-DD
  effective_on: string | null;
  abstract: string; // trích yếu
  field: Generated<string>; // DOCUMENT_FIELDS code
  validity: Generated<string>; // in_force | expired | replaced
  is_normative: Generated<number>; // văn bản quy phạm pháp luật
  is_own: Generated<number>; // issued by this site's agency (2 working days) or by another (10)
  replaces_id: number | null;
  amends_id: number | null;
  show_on_parent: Generated<number>; // also listed on the parent portal
  search_text: Generated<string>; // folded number, abstract, issuer, signer
  status: string; // draft | published
  published_at: string | null;
  created_by: number | null;
  updated_by: number | null;
  created_at: string;
  updated_at: string;
}

/** Files of a document, checked by content; bytes under DATA_DIR/files/<storage_key>. */
export interface DocumentFilesTable {
  id: Generated<number>;
  document_id: number;
  site_id: number;
  kind: string; // pdf | docx | odt
  mime: string;
  original_name: string;
  bytes: number;
  sha256: string;
  storage_key: string;
  created_by: number | null;
  created_at: string;
}

/** Leaders, focal-point officials and spokespersons of a site (ND42-CONTENT-06, PRESS-01). */
export interface OfficialsTable {
  id: Generated<number>;
  site_id: number;
  unit_id: number | null;
  full_name: string;
  position: Generated<string>;
  position_en: Generated<string>;
  phone: Generated<string>;
  email: Generated<string>;
  duties: Generated<string>;
  is_leader: Generated<number>;
  is_spokesperson: Generated<number>;
  is_focal_point: Generated<number>;
  focal_topic: Generated<string>;
  appointed_on: string | null;
  sort_order: Generated<number>;
  created_by: number | null;
  updated_by: number | null;
  created_at: string;
  updated_at: string;
}

/** One item of a leader's weekly schedule; changes after publication are counted and marked. */
export interface ScheduleEntriesTable {
  id: Generated<number>;
  site_id: number;
  official_id: number | null;
  starts_at: string;
  ends_at: string | null;
  location: Generated<string>;
  content: string;
  chair: Generated<string>;
  participants: Generated<string>;
  is_cancelled: Generated<number>;
  change_count: Generated<number>;
  change_note: Generated<string>;
  changed_at: string | null;
  created_by: number | null;
  updated_by: number | null;
  created_at: string;
  updated_at: string;
}

/** Period-based and list-type disclosures, told apart by category (core/records/disclosures.ts). */
export interface DisclosuresTable {
  id: Generated<number>;
  site_id: number;
  category: string;
  subtype: Generated<string>;
  title: string;
  summary: Generated<string>;
  body_html: Generated<string>; // sanitized on write
  url: Generated<string>;
  period_kind: Generated<string>; // none | month | quarter | half | year
  period_year: number | null;
  period_number: number | null;
  decided_on: string | null; // YYYY-MM-DD
  details: Generated<string>; // JSON of the category's extra fields
  document_id: number | null;
  search_text: Generated<string>;
  status: string; // draft | published
  published_at: string | null;
  created_by: number | null;
  updated_by: number | null;
  created_at: string;
  updated_at: string;
}

/** Insert-only: one audit of one site against its rule pack. */
export interface ComplianceRunsTable {
  id: Generated<number>;
  site_id: number;
  pack_id: string;
  pack_version: string;
  score_centi: number; // score × 100
  max_centi: number;
  gap_count: number;
  trigger: string; // nightly | manual | demo
  as_of: string;
  result: string; // JSON AuditResult
  actor_id: number | null;
  created_at: string;
}

/** A city's adjustments to a rule pack (weights, extra rules, calendar), applied to it and its wards. */
export interface ComplianceOverridesTable {
  id: Generated<number>;
  site_id: number;
  pack_id: string;
  data: Generated<string>; // JSON PackOverrides
  updated_by: number | null;
  created_at: string;
  updated_at: string;
}

/** A site's contribution settings (issue 6), JSON per scope: quota | royalty | competition-<year>. */
export interface ContributionSettingsTable {
  id: Generated<number>;
  site_id: number;
  scope: string;
  data: Generated<string>; // JSON
  updated_by: number | null;
  created_at: string;
  updated_at: string;
}

/** A quota for one unit (unit_id) or every unit of a kind (unit_kind) over a range of periods. */
export interface QuotaRulesTable {
  id: Generated<number>;
  site_id: number;
  unit_id: number | null;
  unit_kind: string | null;
  from_period: string; // YYYY-MM
  to_period: string | null;
  target: number;
  require_photo: Generated<number>;
  note: Generated<string>;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

/** Insert-only: one generated monthly contribution report (a regeneration is a new version). */
export interface ContributionReportsTable {
  id: Generated<number>;
  site_id: number;
  period_key: string; // YYYY-MM
  period_start: string; // YYYY-MM-DD
  period_end: string;
  version: number;
  number: number | null; // số of the report in its year; null: left for the clerk
  symbol: string;
  document_date: string; // YYYY-MM-DD
  trigger: string; // scheduled | manual | demo
  summary: string; // JSON figures
  docx_key: string; // path under DATA_DIR/reports
  xlsx_key: string;
  docx_bytes: number;
  xlsx_bytes: number;
  generated_by: number | null;
  created_at: string;
}

/** The board's royalty assessment of one published item. */
export interface RoyaltyAssessmentsTable {
  id: Generated<number>;
  site_id: number;
  content_id: number;
  rate_table: string; // online | radio
  genre: string;
  bonuses: Generated<string>; // JSON [{ code, label, bp }]
  bonus_bp: Generated<number>;
  unit_value: number; // đồng, at assessment
  amount: number; // đồng, all lines
  period_key: string; // the contribution period of the item's first publication
  published_at: string;
  note: Generated<string>;
  assessed_by: number | null;
  created_at: string;
  updated_at: string;
}

/** One author's share of one part (text or a photo) of an assessed item: a payout line with its status. */
export interface RoyaltyLinesTable {
  id: Generated<number>;
  site_id: number;
  assessment_id: number;
  part_index: number;
  part_kind: string; // text | photo
  part_label: string;
  media_id: number | null;
  coefficient: number; // tenths
  part_amount: number; // đồng
  author_name: string;
  share_bp: number;
  amount: number; // đồng
  status: Generated<string>; // unpaid | paid
  paid_at: string | null;
  paid_by: number | null;
  payment_note: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface DB {
  jobs: JobsTable;
  content_locks: ContentLocksTable;
  notifications: NotificationsTable;
  email_outbox: EmailOutboxTable;
  syndications: SyndicationsTable;
  sites: SitesTable;
  units: UnitsTable;
  sections: SectionsTable;
  contents: ContentsTable;
  content_revisions: ContentRevisionsTable;
  content_statuses: ContentStatusesTable;
  media: MediaTable;
  banners: BannersTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  audit_events: AuditEventsTable;
  site_visits: SiteVisitsTable;
  documents: DocumentsTable;
  document_files: DocumentFilesTable;
  officials: OfficialsTable;
  schedule_entries: ScheduleEntriesTable;
  disclosures: DisclosuresTable;
  compliance_runs: ComplianceRunsTable;
  compliance_overrides: ComplianceOverridesTable;
  contribution_settings: ContributionSettingsTable;
  quota_rules: QuotaRulesTable;
  contribution_reports: ContributionReportsTable;
  royalty_assessments: RoyaltyAssessmentsTable;
  royalty_lines: RoyaltyLinesTable;
}

export type SiteRow = Selectable<SitesTable>;
export type NewSite = Insertable<SitesTable>;
export type SiteUpdate = Updateable<SitesTable>;
export type UnitRow = Selectable<UnitsTable>;
export type SectionRow = Selectable<SectionsTable>;
export type ContentRow = Selectable<ContentsTable>;
export type NewContent = Insertable<ContentsTable>;
export type MediaRow = Selectable<MediaTable>;
export type BannerRow = Selectable<BannersTable>;
export type UserRow = Selectable<UsersTable>;
export type UserRoleRow = Selectable<UserRolesTable>;
export type JobRow = Selectable<JobsTable>;
export type NotificationRow = Selectable<NotificationsTable>;
export type EmailOutboxRow = Selectable<EmailOutboxTable>;
export type SyndicationRow = Selectable<SyndicationsTable>;
export type DocumentRow = Selectable<DocumentsTable>;
export type DocumentFileRow = Selectable<DocumentFilesTable>;
export type OfficialRow = Selectable<OfficialsTable>;
export type ScheduleEntryRow = Selectable<ScheduleEntriesTable>;
export type DisclosureRow = Selectable<DisclosuresTable>;
export type ComplianceRunRow = Selectable<ComplianceRunsTable>;
export type QuotaRuleRow = Selectable<QuotaRulesTable>;
export type ContributionReportRow = Selectable<ContributionReportsTable>;
export type RoyaltyAssessmentRow = Selectable<RoyaltyAssessmentsTable>;
export type RoyaltyLineRow = Selectable<RoyaltyLinesTable>;
