import { Column, Entity, PrimaryColumn } from 'typeorm';

export const CONSENT_KINDS = [
  'link_x_handle',
  'read_x_data',
  'post_approved_drafts',
  'coach_visibility',
  'peer_matching',
] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export const CONSENT_SOURCES = ['seeker', 'coach_on_behalf', 'roster_import', 'sso'] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

/**
 * One grant of consent. Rows are never deleted or re-granted: revoking sets `revoked_at`, and a
 * new grant is a new row, so the history of who agreed to what, when, stays intact. At most one
 * grant per kind stands at a time (consents_active_uq).
 */
@Entity('consents')
export class ConsentEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'seeker_id' }) seekerId!: string;
  @Column('text') kind!: ConsentKind;
  /** Free-form detail of what was agreed (for example which account), if any. */
  @Column('text', { nullable: true }) scope!: string | null;
  @Column('text') source!: ConsentSource;
  @Column('uuid', { name: 'recorded_by', nullable: true }) recordedBy!: string | null;
  @Column('timestamptz', { name: 'granted_at', default: () => 'now()' }) grantedAt!: Date;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
  @Column('text', { name: 'revoke_source', nullable: true })
  revokeSource!: ConsentSource | null;
}
