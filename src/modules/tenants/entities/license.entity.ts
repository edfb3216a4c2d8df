import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The tenant's one licence: how many seekers may be active at once, and for which term. */
@Entity('licenses')
export class LicenseEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') plan!: string;
  @Column('integer', { name: 'seat_limit' }) seatLimit!: number;
  // Calendar days as YYYY-MM-DD strings: a term has no time zone, and a JS Date would invent one.
  @Column('date', { name: 'term_start' }) termStart!: string;
  @Column('date', { name: 'term_end' }) termEnd!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
