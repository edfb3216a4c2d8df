import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A customer workspace; global, since a tenant is not owned by a tenant. */
@Entity('tenants')
export class TenantEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') slug!: string;
  @Column('text') name!: string;
  @Column('jsonb', { default: {} }) settings!: Record<string, unknown>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
