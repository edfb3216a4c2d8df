import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const CAREER_STAGES = [
  'student',
  'exploring',
  'early_career',
  'mid_career',
  'senior',
  'career_change',
  'returning',
] as const;
export type CareerStage = (typeof CAREER_STAGES)[number];

/** invited: on the roster, no seat; active: holds a licence seat; archived: seat given back. */
export const SEEKER_STATUSES = ['invited', 'active', 'archived'] as const;
export type SeekerStatus = (typeof SEEKER_STATUSES)[number];

@Entity('seekers')
export class SeekerEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('citext') email!: string;
  /** Stored without the leading @; set only while a LINK_X_HANDLE consent stands. */
  @Column('citext', { name: 'x_handle', nullable: true }) xHandle!: string | null;
  @Column('text', { nullable: true }) headline!: string | null;
  @Column('text', { name: 'target_roles', array: true, default: '{}' }) targetRoles!: string[];
  @Column('text', { array: true, default: '{}' }) industries!: string[];
  @Column('text', { array: true, default: '{}' }) locations!: string[];
  @Column('text', { name: 'career_stage', default: 'exploring' }) careerStage!: CareerStage;
  @Column('text', { default: 'invited' }) status!: SeekerStatus;
  @Column('timestamptz', { name: 'activated_at', nullable: true }) activatedAt!: Date | null;
  @Column('timestamptz', { name: 'archived_at', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
