/**
 * Every table in the public schema, classified. `tenant` tables follow the tenant-layer rules
 * (checked against the live catalog by test/integration/platform/catalog.int-spec.ts); `global`
 * tables hold no tenant's data; `reference` tables are small shared lookups. A table missing
 * here fails that test.
 */
export type TableClass = 'tenant' | 'global' | 'reference';

export const TABLE_REGISTRY: Readonly<Record<string, TableClass>> = {
  migrations: 'global',
  tenants: 'global',
  users: 'global',
  licenses: 'tenant',
  seekers: 'tenant',
  memberships: 'tenant',
  refresh_tokens: 'tenant',
  invitations: 'tenant',
  api_keys: 'tenant',
  scim_tokens: 'tenant',
  roster_imports: 'tenant',
  roster_import_chunks: 'tenant',
  roster_import_due: 'global',
  seeker_coaches: 'tenant',
  coach_notes: 'tenant',
  consents: 'tenant',
  x_calls: 'global',
  x_daily_reads: 'global',
  x_spend: 'tenant',
  x_budgets: 'tenant',
  x_connections: 'tenant',
  x_connect_states: 'tenant',
  x_archive_imports: 'tenant',
  seeker_x_posts: 'tenant',
  seeker_x_follows: 'tenant',
  x_accounts: 'global',
  x_posts: 'global',
  x_sources: 'global',
  x_source_posts: 'global',
  x_watches: 'tenant',
  x_source_term_buckets: 'global',
  x_term_df: 'global',
  companies: 'tenant',
  company_accounts: 'tenant',
  seeker_targets: 'tenant',
  company_dossiers: 'tenant',
  topics: 'tenant',
  cohorts: 'tenant',
  cohort_members: 'tenant',
  outreach_policies: 'tenant',
  mentor_contacts: 'tenant',
  outreach_events: 'tenant',
  outreach_drafts: 'tenant',
  info_interviews: 'tenant',
  cohort_checkins: 'tenant',
  cohort_links: 'tenant',
  organizations: 'tenant',
  org_events: 'tenant',
  hashtag_chats: 'tenant',
  org_attendance: 'tenant',
  seeker_tasks: 'tenant',
  calendar_feeds: 'tenant',
  job_postings: 'global',
  job_posting_posts: 'global',
  job_recruiters: 'global',
  link_checks: 'global',
  audit_events: 'tenant',
  webhook_endpoints: 'tenant',
  webhook_events: 'tenant',
  webhook_deliveries: 'tenant',
  webhook_attempts: 'tenant',
  webhook_due: 'global',
  bulk_exports: 'tenant',
  bulk_export_due: 'global',
  rate_buckets: 'global',
  idempotency_keys: 'tenant',
  sso_connections: 'tenant',
  sso_links: 'tenant',
  sso_requests: 'tenant',
  sso_assertions: 'tenant',
  job_preferences: 'tenant',
  job_matches: 'tenant',
  job_applications: 'tenant',
  job_application_events: 'tenant',
  voice_pillars: 'tenant',
  voice_audit_decisions: 'tenant',
  voice_slots: 'tenant',
  voice_drafts: 'tenant',
  voice_draft_comments: 'tenant',
  seat_events: 'tenant',
};

/**
 * Policies besides each tenant table's one `tenant_isolation` policy: sign-in's lookup role may
 * read memberships across tenants, the ingestion lookup role may read watches (which tenants
 * watch a source), and nothing else may.
 */
export const EXTRA_POLICY_ALLOWLIST: readonly {
  table: string;
  policy: string;
  role: string;
  cmd: string;
}[] = [
  { table: 'memberships', policy: 'auth_lookup', role: 'perch_auth', cmd: 'SELECT' },
  { table: 'x_watches', policy: 'ingest_lookup', role: 'perch_ingest', cmd: 'SELECT' },
];

/** SECURITY DEFINER functions allowed to exist, each with a pinned search_path. */
export const DEFINER_FUNCTION_ALLOWLIST = [
  'auth_memberships_for_user',
  'auth_users_without_memberships',
  'x_source_watches',
  'x_due_sources',
];
