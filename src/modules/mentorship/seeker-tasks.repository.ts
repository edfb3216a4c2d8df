import { Injectable } from '@nestjs/common';
import type { TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { TenantRepository } from '../../platform/database/tenant.repository.js';

export type TaskKind = 'thank' | 'meet' | 'follow_up' | 'prepare';

export interface TaskRow {
  id: string;
  seekerId: string;
  kind: TaskKind;
  title: string;
  dueAt: Date | null;
  doneAt: Date | null;
  contactId: string | null;
  eventId: string | null;
  interviewId: string | null;
  xUsername: string | null;
  createdAt: Date;
}

const TASK = `id, seeker_id as "seekerId", kind, title, due_at as "dueAt", done_at as "doneAt",
  contact_id as "contactId", event_id as "eventId", interview_id as "interviewId",
  x_username as "xUsername", created_at as "createdAt"`;

/** The seeker's follow-up tasks: after interviews, events and quiet outreach. */
@Injectable()
export class SeekerTasksRepository extends TenantRepository {
  constructor(db: DatabaseService) {
    super(db);
  }

  /** Adds tasks; one open task per purpose and person, so repeating a step adds nothing. */
  async add(ctx: TenantScope, tasks: Omit<TaskRow, 'doneAt' | 'createdAt'>[]): Promise<number> {
    if (!tasks.length) return 0;
    return this.run(ctx, async (m, tenantId) => {
      const rows = await m.query<{ id: string }[]>(
        `insert into seeker_tasks (tenant_id, id, seeker_id, kind, title, due_at, contact_id,
                event_id, interview_id, x_username)
         select $1, t.id, t.seeker_id, t.kind, t.title, t.due_at, t.contact_id, t.event_id,
                t.interview_id, t.x_username
           from jsonb_to_recordset($2::jsonb) as t(id uuid, seeker_id uuid, kind text, title text,
                due_at timestamptz, contact_id uuid, event_id uuid, interview_id uuid, x_username text)
         on conflict do nothing returning id`,
        [
          tenantId,
          JSON.stringify(
            tasks.map((t) => ({
              id: t.id,
              seeker_id: t.seekerId,
              kind: t.kind,
              title: t.title,
              due_at: t.dueAt,
              contact_id: t.contactId,
              event_id: t.eventId,
              interview_id: t.interviewId,
              x_username: t.xUsername,
            })),
          ),
        ],
      );
      return rows.length;
    });
  }

  listFor(ctx: TenantScope, seekerId: string, includeDone: boolean): Promise<TaskRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<TaskRow[]>(
        `select ${TASK} from seeker_tasks where tenant_id = $1 and seeker_id = $2
            and ($3 or done_at is null)
          order by done_at nulls first, due_at nulls last, created_at, id`,
        [tenantId, seekerId, includeDone],
      ),
    );
  }

  async find(ctx: TenantScope, id: string): Promise<TaskRow | null> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<TaskRow[]>(`select ${TASK} from seeker_tasks where tenant_id = $1 and id = $2`, [
        tenantId,
        id,
      ]),
    );
    return rows[0] ?? null;
  }

  async complete(ctx: TenantScope, id: string): Promise<TaskRow> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<TaskRow[]>(
        `with t as (update seeker_tasks set done_at = coalesce(done_at, now())
                     where tenant_id = $1 and id = $2 returning *)
         select ${TASK} from t`,
        [tenantId, id],
      ),
    );
    return row;
  }

  /** Closes the open tasks of a kind tied to an interview (a cancelled one needs no preparing). */
  async completeFor(
    ctx: TenantScope,
    what: { interviewId: string; kind: TaskKind },
  ): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `update seeker_tasks set done_at = now()
          where tenant_id = $1 and interview_id = $2 and kind = $3 and done_at is null`,
        [tenantId, what.interviewId, what.kind],
      ),
    );
  }
}
