/**
 * The audit log's writer. Every GraphQL mutation field, and every query field that reads one
 * seeker's data (a root field with a `seekerId`, or `seeker(id)`), becomes one row of
 * `audit_events`: who (membership or API key), through what (session or key), when, what
 * (`Mutation.saveJob`), about whom (the seeker), which objects (the global ids in the
 * arguments, never other input values) and how it ended (`ok` or the error code).
 *
 * Rows are written when the response is ready, after the query's read session has ended, so
 * recording never holds a second pooled connection while the request holds its first. A failed
 * write is logged loudly and does not fail the response the caller already earned.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLResolveInfo } from 'graphql';
import type { Logger } from 'pino';
import { v7 } from 'uuid';
import { AppError } from '../errors.js';
import type { DatabaseService } from '../database/database.service.js';
import type { TenantScope } from '../database/context.js';
import { type NodeType, parseGlobalId } from '../graphql/global-id.js';

export interface AuditEntry {
  action: string;
  kind: 'mutation' | 'read' | 'http';
  seekerId?: string | null;
  targets?: string[];
  outcome: string;
}

/** How the caller is named in the log. */
export function actorOf(scope: TenantScope): {
  actorKind: string;
  actorId: string | null;
  actorRole: string | null;
  via: string;
  viaId: string | null;
} {
  const p = scope.principal;
  switch (p.kind) {
    case 'user':
      return {
        actorKind: 'user',
        actorId: p.membershipId,
        actorRole: p.role,
        via: 'session',
        viaId: p.sessionId ?? null,
      };
    case 'apiKey':
      return {
        actorKind: 'apiKey',
        actorId: p.apiKeyId,
        actorRole: null,
        via: 'apiKey',
        viaId: p.apiKeyId,
      };
    case 'system':
      return { actorKind: 'system', actorId: null, actorRole: null, via: 'system', viaId: null };
  }
}

const MAX_TARGETS = 20;

/**
 * Objects that belong to one seeker, and how to find whose: an act on a job application or a
 * draft is about its seeker as much as an act naming the seeker.
 */
const OWNED_BY_SEEKER: Partial<Record<NodeType, string>> = {
  JobApplication: `select seeker_id from job_applications where tenant_id = $1 and id = $2`,
  JobMatch: `select seeker_id from job_matches where tenant_id = $1 and id = $2`,
  VoiceDraft: `select seeker_id from voice_drafts where tenant_id = $1 and id = $2`,
  MentorContact: `select seeker_id from mentor_contacts where tenant_id = $1 and id = $2`,
  CoachNote: `select seeker_id from coach_notes where tenant_id = $1 and id = $2`,
  Consent: `select seeker_id from consents where tenant_id = $1 and id = $2`,
  SeekerTask: `select seeker_id from seeker_tasks where tenant_id = $1 and id = $2`,
  SeekerTarget: `select seeker_id from seeker_targets where tenant_id = $1 and id = $2`,
  XArchiveImport: `select seeker_id from x_archive_imports where tenant_id = $1 and id = $2`,
  OutreachDraft: `select c.seeker_id from outreach_drafts d join mentor_contacts c
                    on c.tenant_id = d.tenant_id and c.id = d.contact_id
                   where d.tenant_id = $1 and d.id = $2`,
  InformationalInterview: `select c.seeker_id from info_interviews i join mentor_contacts c
                             on c.tenant_id = i.tenant_id and c.id = i.contact_id
                            where i.tenant_id = $1 and i.id = $2`,
};

/** The global ids among argument values (nested inputs too), in order, at most MAX_TARGETS. */
export function globalIdsIn(value: unknown, out: string[] = []): string[] {
  if (out.length >= MAX_TARGETS) return out;
  if (typeof value === 'string') {
    if (value.length < 80 && parseGlobalId(value) && !out.includes(value)) out.push(value);
  } else if (Array.isArray(value)) {
    for (const v of value) globalIdsIn(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) globalIdsIn(v, out);
  }
  return out;
}

/** The seeker an operation is about: the first seeker id among its arguments. */
export function seekerIn(ids: readonly string[]): string | null {
  for (const id of ids) {
    const g = parseGlobalId(id);
    if (g?.type === 'Seeker') return g.uuid;
  }
  return null;
}

function outcomeOf(err: unknown): string {
  if (!err) return 'ok';
  const inner = (err as { originalError?: unknown }).originalError ?? err;
  if (inner instanceof AppError) return inner.code;
  const code = (err as { extensions?: { code?: unknown } }).extensions?.code;
  return typeof code === 'string' ? code.slice(0, 64) : 'INTERNAL_SERVER_ERROR';
}

interface AuditRequest {
  id?: unknown;
  ip?: unknown;
  perch?: TenantScope & { session?: { close(): Promise<void> } };
}

export class AuditRecorder {
  private db: DatabaseService | undefined;

  constructor(private readonly logger: Logger) {}

  /** The database arrives after the GraphQL module is configured (PlatformModule.onModuleInit). */
  attach(db: DatabaseService): void {
    this.db = db;
  }

  /** Writes entries for one caller; one statement however many. */
  async record(
    scope: TenantScope,
    entries: readonly AuditEntry[],
    meta: { requestId?: string | null; ip?: string | null } = {},
  ): Promise<void> {
    if (!entries.length || !this.db) return;
    const a = actorOf(scope);
    const rows = entries.map((e) => ({
      id: v7(),
      action: e.action,
      kind: e.kind,
      seeker_id: e.seekerId ?? null,
      targets: (e.targets ?? []).slice(0, MAX_TARGETS),
      outcome: e.outcome,
    }));
    const ip = meta.ip && /^[0-9a-fA-F:.]+$/.test(meta.ip) ? meta.ip : null;
    try {
      // Its own transaction, outside any read session, and never the caller's: a mutation's
      // failure must not roll its own audit record back.
      await this.db.tx({ tenantId: scope.tenantId, principal: scope.principal }, async (tx) => {
        // Whose object it was, for acts that name a seeker's object rather than the seeker.
        for (const [i, e] of entries.entries()) {
          if (e.seekerId) continue;
          for (const id of e.targets ?? []) {
            const g = parseGlobalId(id);
            const sql = g && OWNED_BY_SEEKER[g.type];
            if (!g || !sql) continue;
            const [owner] = await tx.manager.query<{ seeker_id: string }[]>(sql, [
              scope.tenantId,
              g.uuid,
            ]);
            if (owner) {
              rows[i].seeker_id = owner.seeker_id;
              break;
            }
          }
        }
        await tx.manager.query(
          `insert into audit_events (tenant_id, id, actor_kind, actor_id, actor_role, via, via_id,
                                     action, kind, seeker_id, targets, outcome, request_id, ip)
           select $1, r.id, $2, $3, $4, $5, $6, r.action, r.kind,
                  -- Only a seeker of this tenant: an attempt on another tenant's id names no one.
                  -- (or one it had: an erased seeker keeps their history, under the same id).
                  coalesce(
                    (select s.id from seekers s where s.tenant_id = $1 and s.id = r.seeker_id),
                    (select a.seeker_id from audit_events a
                      where a.tenant_id = $1 and a.seeker_id = r.seeker_id limit 1)),
                  r.targets, r.outcome, $7, $8::inet
             from jsonb_to_recordset($9::jsonb)
                  as r(id uuid, action text, kind text, seeker_id uuid, targets text[], outcome text)`,
          [
            scope.tenantId,
            a.actorKind,
            a.actorId,
            a.actorRole,
            a.via,
            a.viaId,
            meta.requestId ?? null,
            ip,
            JSON.stringify(rows),
          ],
        );
      });
    } catch (err) {
      this.logger.error(
        {
          err: { message: (err as Error).message },
          tenantId: scope.tenantId,
          entries: entries.length,
        },
        'could not write the audit log',
      );
    }
  }

  /** The Apollo plugin that collects a request's entries and writes them with the response. */
  plugin(): ApolloServerPlugin<{ req?: AuditRequest }> {
    return {
      requestDidStart: () => {
        const entries: AuditEntry[] = [];
        return Promise.resolve({
          executionDidStart: () =>
            Promise.resolve({
              willResolveField: ({
                info,
                args,
              }: {
                info: GraphQLResolveInfo;
                args: Record<string, unknown>;
              }) => {
                const parent = info.parentType.name;
                if (parent !== 'Mutation' && parent !== 'Query') return;
                const field = info.fieldName;
                if (parent === 'Query') {
                  const about = args.seekerId ?? (field === 'seeker' ? args.id : undefined);
                  if (typeof about !== 'string') return;
                }
                const targets = globalIdsIn(args);
                const entry: AuditEntry = {
                  action: `${parent}.${field}`,
                  kind: parent === 'Mutation' ? 'mutation' : 'read',
                  seekerId: seekerIn(targets),
                  targets,
                  outcome: 'ok',
                };
                entries.push(entry);
                return (err: unknown, result: unknown) => {
                  // Nest hands a guard's refusal back as the field's value, not as a rejection.
                  if (!err && result instanceof Error) err = result;
                  // A business failure comes back as a payload with userErrors, not a throw.
                  const userErrors = (result as { userErrors?: { code?: unknown }[] } | null)
                    ?.userErrors;
                  const first = Array.isArray(userErrors) ? userErrors[0]?.code : undefined;
                  entry.outcome = err ? outcomeOf(err) : typeof first === 'string' ? first : 'ok';
                  // A mutation that creates a seeker is about the seeker it created.
                  const made = (result as { seeker?: { id?: unknown } } | null)?.seeker?.id;
                  if (!entry.seekerId && typeof made === 'string') {
                    const g = parseGlobalId(made);
                    if (g?.type === 'Seeker') {
                      entry.seekerId = g.uuid;
                      entry.targets = [...(entry.targets ?? []), made].slice(0, MAX_TARGETS);
                    }
                  }
                };
              },
            }),
          willSendResponse: async ({ contextValue }) => {
            const req = contextValue.req;
            const scope = req?.perch;
            if (!scope || !entries.length) return;
            await scope.session?.close();
            await this.record(scope, entries, {
              requestId:
                typeof req.id === 'string' || typeof req.id === 'number' ? String(req.id) : null,
              ip: typeof req.ip === 'string' ? req.ip : null,
            });
          },
        });
      },
    };
  }
}
