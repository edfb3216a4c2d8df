import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each filed job post keeps what grouped it — its apply URL key, its title/company/place bucket
 * and the SimHash of its text — so a later post (a recruiter pasting the careers post without
 * its link) is grouped with stored ones by the same rules `dedupePostings` applies to a batch,
 * without keeping or re-hashing old texts. Posts filed before this have no bucket; they still
 * group by apply URL through their posting's key.
 */
export class JobPostingGrouping1764160002100 implements MigrationInterface {
  name = 'JobPostingGrouping1764160002100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table job_posting_posts
        add column url_key text,
        add column bucket text,
        add column simhash bigint`);
    await q.query(
      `create index job_posting_posts_bucket_idx on job_posting_posts (bucket) where bucket is not null`,
    );
    await q.query(
      `create index job_posting_posts_url_idx on job_posting_posts (url_key) where url_key is not null`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop index job_posting_posts_url_idx`);
    await q.query(`drop index job_posting_posts_bucket_idx`);
    await q.query(
      `alter table job_posting_posts drop column simhash, drop column bucket, drop column url_key`,
    );
  }
}
