/**
 * SQL shared by migrations for the tenant-layer rules of ARCHITECTURE.md: RLS enabled and
 * forced, one `nullif` policy for reading and writing. Frozen: a migration that needs other rules
 * writes its own SQL rather than changing this one, so history replays the same.
 */
export function tenantRls(table: string): string[] {
  const predicate = `tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid`;
  return [
    `alter table ${table} enable row level security`,
    `alter table ${table} force row level security`,
    `create policy tenant_isolation on ${table} for all using (${predicate}) with check (${predicate})`,
  ];
}
