import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A staff-only note on a seeker's timeline; seekers never read these. */
@Entity('coach_notes')
export class CoachNoteEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'seeker_id' }) seekerId!: string;
  /** The author's membership; null once that membership is deleted, or for API keys. */
  @Column('uuid', { name: 'author_id', nullable: true }) authorId!: string | null;
  @Column('text') body!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
