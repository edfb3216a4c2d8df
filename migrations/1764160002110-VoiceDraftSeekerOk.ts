import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A draft posts as the seeker, so the seeker must have said yes to its words: `seeker_ok_at` is
 * when they did (writing or editing it themself, or sending it for review). Anyone else changing
 * the text clears it. Drafts the seeker wrote before this existed count as agreed when written.
 */
export class VoiceDraftSeekerOk1764160002110 implements MigrationInterface {
  name = 'VoiceDraftSeekerOk1764160002110';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table voice_drafts add column seeker_ok_at timestamptz(3)`);
    await q.query(`
      update voice_drafts d set seeker_ok_at = d.created_at
        from memberships m
       where m.tenant_id = d.tenant_id and m.id = d.created_by and m.role = 'seeker'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter table voice_drafts drop column seeker_ok_at`);
  }
}
