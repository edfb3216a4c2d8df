import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantRls } from './tenant-table.sql.js';

/**
 * Mentorship (contacts on an outreach pipeline, every move logged, drafts with their etiquette
 * check, informational interviews), the rest of peers (consent to be matched, weekly check-ins,
 * the links board), orgs (organizations, events, recurring hashtag chats) and the seeker's
 * follow-up tasks shared by all three.
 */
export class CreateMentorshipPeersOrgs1764160001200 implements MigrationInterface {
  name = 'CreateMentorshipPeersOrgs1764160001200';

  async up(q: QueryRunner): Promise<void> {
    // A seeker is clustered into suggested cohorts and shown to peers only with this consent.
    await q.query(`alter table consents drop constraint consents_kind_check`);
    await q.query(`alter table consents add constraint consents_kind_check check (kind in
      ('link_x_handle','read_x_data','post_approved_drafts','coach_visibility','peer_matching'))`);

    await q.query(`
      create table outreach_policies (
        tenant_id uuid not null references tenants(id) on delete cascade,
        require_first_contact_approval boolean not null default false,
        first_contacts_per_week integer not null default 5 check (first_contacts_per_week between 1 and 50),
        follow_up_after_days integer not null default 7 check (follow_up_after_days between 1 and 60),
        updated_at timestamptz(3) not null default now(),
        primary key (tenant_id)
      )`);
    await q.query(`
      create table mentor_contacts (
        tenant_id uuid not null,
        id uuid not null,
        seeker_id uuid not null,
        x_account_id bigint not null,
        username text not null,
        name text,
        contact_type text not null default 'mentor'
          check (contact_type in ('mentor','peer','recruiter','hiring_manager')),
        stage text not null default 'identified' check (stage in ('identified','engaging',
          'first_contact','interview_proposed','scheduled','held','thanked','ongoing','declined','no_reply')),
        blocked boolean not null default false,
        awaiting_reply boolean not null default false,
        reasons text[] not null default '{}',
        score real,
        first_contact_at timestamptz(3),
        stage_changed_at timestamptz(3) not null default now(),
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete cascade
      )`);
    await q.query(
      `create unique index mentor_contacts_uq on mentor_contacts (tenant_id, seeker_id, x_account_id)`,
    );
    await q.query(`
      create table outreach_events (
        tenant_id uuid not null,
        id uuid not null,
        contact_id uuid not null,
        from_stage text,
        to_stage text not null,
        note text,
        actor_membership_id uuid,
        at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, contact_id) references mentor_contacts (tenant_id, id) on delete cascade
      )`);
    await q.query(
      `create index outreach_events_contact_idx on outreach_events (tenant_id, contact_id, at)`,
    );
    await q.query(`
      create table outreach_drafts (
        tenant_id uuid not null,
        id uuid not null,
        contact_id uuid not null,
        channel text not null check (channel in ('reply','dm')),
        text text not null,
        reply_to_post_id bigint,
        check_result jsonb not null,
        status text not null default 'draft'
          check (status in ('draft','pending_approval','approved','changes_requested','sent')),
        review_comment text,
        reviewed_by uuid,
        reviewed_at timestamptz(3),
        sent_at timestamptz(3),
        created_by uuid,
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, contact_id) references mentor_contacts (tenant_id, id) on delete cascade
      )`);
    await q.query(
      `create index outreach_drafts_contact_idx on outreach_drafts (tenant_id, contact_id, created_at)`,
    );
    await q.query(`
      create table info_interviews (
        tenant_id uuid not null,
        id uuid not null,
        contact_id uuid not null,
        starts_at timestamptz(3) not null,
        ends_at timestamptz(3) not null,
        time_zone text not null,
        mode text not null check (mode in ('online','in_person')),
        place text,
        meeting_url text,
        agenda jsonb not null default '[]',
        notes text,
        status text not null default 'scheduled' check (status in ('scheduled','held','cancelled')),
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        check (ends_at > starts_at),
        check (mode = 'online' or place is not null),
        foreign key (tenant_id, contact_id) references mentor_contacts (tenant_id, id) on delete cascade
      )`);
    await q.query(
      `create index info_interviews_contact_idx on info_interviews (tenant_id, contact_id)`,
    );

    await q.query(`alter table cohorts add column hashtag text`);
    await q.query(`alter table cohorts add column stage text`);
    await q.query(`
      create table cohort_checkins (
        tenant_id uuid not null,
        id uuid not null,
        cohort_id uuid not null,
        seeker_id uuid not null,
        week date not null check (extract(isodow from week) = 1),
        goal text not null,
        status text not null check (status in ('on_track','done','blocked','missed')),
        note text,
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, cohort_id, seeker_id)
          references cohort_members (tenant_id, cohort_id, seeker_id) on delete cascade
      )`);
    await q.query(
      `create unique index cohort_checkins_uq on cohort_checkins (tenant_id, cohort_id, seeker_id, week)`,
    );
    await q.query(`
      create table cohort_links (
        tenant_id uuid not null,
        cohort_id uuid not null,
        canonical_url text not null,
        url text not null,
        title text,
        first_seeker_id uuid,
        shares integer not null default 1,
        sharer_ids uuid[] not null default '{}',
        first_at timestamptz(3) not null default now(),
        last_at timestamptz(3) not null default now(),
        primary key (tenant_id, cohort_id, canonical_url),
        foreign key (tenant_id, cohort_id) references cohorts (tenant_id, id) on delete cascade
      )`);

    await q.query(`
      create table organizations (
        tenant_id uuid not null,
        id uuid not null,
        name text not null,
        field text,
        site text,
        x_account_ids bigint[] not null default '{}',
        usernames text[] not null default '{}',
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id)
      )`);
    await q.query(
      `create unique index organizations_name_uq on organizations (tenant_id, lower(name))`,
    );
    await q.query(`
      create table org_events (
        tenant_id uuid not null,
        id uuid not null,
        name text not null,
        kind text not null check (kind in ('conference','workshop','meetup')),
        starts_at timestamptz(3) not null,
        ends_at timestamptz(3) not null,
        time_zone text not null,
        online boolean not null default false,
        place text,
        url text,
        hashtags text[] not null,
        organization_id uuid,
        speakers text[] not null default '{}',
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        check (ends_at > starts_at),
        check (online or place is not null),
        foreign key (tenant_id, organization_id) references organizations (tenant_id, id) on delete set null (organization_id)
      )`);
    await q.query(`create index org_events_time_idx on org_events (tenant_id, starts_at)`);
    await q.query(`
      create table hashtag_chats (
        tenant_id uuid not null,
        id uuid not null,
        name text not null,
        hashtag text not null,
        host_username text,
        rrule text not null,
        time_zone text not null,
        start_local text not null,
        duration_minutes integer not null check (duration_minutes between 1 and 1440),
        organization_id uuid,
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, organization_id) references organizations (tenant_id, id) on delete set null (organization_id)
      )`);
    await q.query(
      `create unique index hashtag_chats_uq on hashtag_chats (tenant_id, lower(hashtag))`,
    );
    // Which seekers go to an event or join a chat: for reminders, follow-ups and participation.
    await q.query(`
      create table org_attendance (
        tenant_id uuid not null,
        id uuid not null,
        seeker_id uuid not null,
        event_id uuid,
        chat_id uuid,
        remind_minutes integer not null default 30 check (remind_minutes between 0 and 10080),
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        check ((event_id is null) <> (chat_id is null)),
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete cascade,
        foreign key (tenant_id, event_id) references org_events (tenant_id, id) on delete cascade,
        foreign key (tenant_id, chat_id) references hashtag_chats (tenant_id, id) on delete cascade
      )`);
    await q.query(
      `create unique index org_attendance_uq on org_attendance (tenant_id, seeker_id, event_id, chat_id) nulls not distinct`,
    );

    await q.query(`
      create table seeker_tasks (
        tenant_id uuid not null,
        id uuid not null,
        seeker_id uuid not null,
        kind text not null check (kind in ('thank','meet','follow_up','prepare')),
        title text not null,
        due_at timestamptz(3),
        done_at timestamptz(3),
        contact_id uuid,
        event_id uuid,
        interview_id uuid,
        x_username text,
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete cascade,
        foreign key (tenant_id, contact_id) references mentor_contacts (tenant_id, id) on delete cascade,
        foreign key (tenant_id, event_id) references org_events (tenant_id, id) on delete cascade,
        foreign key (tenant_id, interview_id) references info_interviews (tenant_id, id) on delete cascade
      )`);
    await q.query(
      `create index seeker_tasks_seeker_idx on seeker_tasks (tenant_id, seeker_id, done_at, due_at)`,
    );
    // One open task per purpose, person and wording, so re-running an event's follow-ups adds
    // nothing twice while several follow-ups of one interview all stay.
    await q.query(`create unique index seeker_tasks_uq on seeker_tasks
      (tenant_id, seeker_id, kind, event_id, interview_id, x_username, title) nulls not distinct where done_at is null`);

    for (const t of [
      'outreach_policies',
      'mentor_contacts',
      'outreach_events',
      'outreach_drafts',
      'info_interviews',
      'cohort_checkins',
      'cohort_links',
      'organizations',
      'org_events',
      'hashtag_chats',
      'org_attendance',
      'seeker_tasks',
    ]) {
      for (const s of tenantRls(t)) await q.query(s);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'seeker_tasks',
      'org_attendance',
      'hashtag_chats',
      'org_events',
      'organizations',
      'cohort_links',
      'cohort_checkins',
      'info_interviews',
      'outreach_drafts',
      'outreach_events',
      'mentor_contacts',
      'outreach_policies',
    ]) {
      await q.query(`drop table ${t}`);
    }
    await q.query(`alter table cohorts drop column stage`);
    await q.query(`alter table cohorts drop column hashtag`);
    await q.query(`delete from consents where kind = 'peer_matching'`);
    await q.query(`alter table consents drop constraint consents_kind_check`);
    await q.query(`alter table consents add constraint consents_kind_check check (kind in
      ('link_x_handle','read_x_data','post_approved_drafts','coach_visibility'))`);
  }
}
