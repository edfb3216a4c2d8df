import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantRls } from './tenant-table.sql.js';

/**
 * Seat history for seat reports. `seekers` keeps only the latest activation (re-activating
 * overwrites activated_at and clears archived_at), so utilization over time cannot be computed
 * exactly from it. A trigger on seekers records every seat taken or given back, whichever path
 * changed the status (console, SCIM, roster import, SSO provisioning), in the same transaction.
 * Ids are UUIDv7 made in SQL here because the row is written by the trigger, not the app.
 * An erased seeker's events stay with seeker_id set null, so past reports keep their numbers.
 */
export class CreateSeatEvents1764160002000 implements MigrationInterface {
  name = 'CreateSeatEvents1764160002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table seat_events (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null,
        seeker_id uuid,
        kind text not null check (kind in ('taken','freed')),
        at timestamptz(3) not null,
        primary key (tenant_id, id),
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete set null (seeker_id)
      )`);
    await q.query(`create index seat_events_at_idx on seat_events (tenant_id, at, id)`);
    await q.query(
      `create index seat_events_seeker_idx on seat_events (tenant_id, seeker_id) where seeker_id is not null`,
    );
    for (const s of tenantRls('seat_events')) await q.query(s);
    await q.query(`
      create function seat_event_uuidv7(ts timestamptz) returns uuid language sql volatile
      set search_path = pg_catalog, public as $$
        select encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
          placing substring(int8send((extract(epoch from ts) * 1000)::bigint) from 3) from 1 for 6),
          52, 1), 53, 1), 'hex')::uuid
      $$`);
    await q.query(`
      create function seekers_seat_history() returns trigger language plpgsql
      set search_path = pg_catalog, public as $$
      begin
        if new.status = 'active' and (tg_op = 'INSERT' or old.status is distinct from 'active') then
          insert into seat_events (tenant_id, id, seeker_id, kind, at)
          values (new.tenant_id, seat_event_uuidv7(clock_timestamp()), new.id, 'taken',
                  coalesce(new.activated_at, now()));
        elsif tg_op = 'UPDATE' and old.status = 'active' and new.status <> 'active' then
          insert into seat_events (tenant_id, id, seeker_id, kind, at)
          values (new.tenant_id, seat_event_uuidv7(clock_timestamp()), new.id, 'freed',
                  coalesce(new.archived_at, now()));
        end if;
        return null;
      end $$`);
    await q.query(`
      create trigger seekers_seat_history after insert or update of status on seekers
      for each row execute function seekers_seat_history()`);
    // History before this migration: the best the timestamps tell (one interval per seeker).
    await q.query(`
      insert into seat_events (tenant_id, id, seeker_id, kind, at)
      select tenant_id, seat_event_uuidv7(activated_at), id, 'taken', activated_at
        from seekers where activated_at is not null
      union all
      select tenant_id, seat_event_uuidv7(archived_at), id, 'freed', archived_at
        from seekers where archived_at is not null and activated_at is not null
         and status <> 'active'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop trigger seekers_seat_history on seekers`);
    await q.query(`drop function seekers_seat_history()`);
    await q.query(`drop table seat_events`);
    await q.query(`drop function seat_event_uuidv7(timestamptz)`);
  }
}
