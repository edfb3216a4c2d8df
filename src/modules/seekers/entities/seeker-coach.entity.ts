import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A coach (a staff membership) assigned to a seeker; coaches see only their assigned seekers. */
@Entity('seeker_coaches')
export class SeekerCoachEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { name: 'seeker_id' }) seekerId!: string;
  @PrimaryColumn('uuid', { name: 'membership_id' }) membershipId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
