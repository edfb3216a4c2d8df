/**
 * research: the companies a tenant tracks, the X accounts that speak for them (brand, careers,
 * executives, employees — found with evidence, confirmed by a coach), seekers' target companies,
 * the culture dossier and the interview brief. Confirmed accounts are followed through shared
 * ingestion (research watches), so a company tracked by many tenants is read once.
 */
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { terms } from '@libs/text';
import { XError, type XUser } from '@libs/x-client';
import { v7 } from 'uuid';
import type { TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { AppError } from '../../platform/errors.js';
import { decodeCursor, pageSize, toPage } from '../../platform/graphql/pagination.js';
import { FanOutService } from '../ingestion/ingestion.fan-out.js';
import { IngestionRepository } from '../ingestion/ingestion.repository.js';
import { XCapability, XWatchKind } from '../ingestion/inputs/x-watch.inputs.js';
import { WatchesService } from '../ingestion/watches.service.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { TrendsService } from '../trends/trends.service.js';
import { computeDossier, postUrl, type DossierBody, type PostRef } from './dossier.js';
import {
  ResearchRepository,
  type AccountKind,
  type AccountRow,
  type CompanyRow,
  type Evidence,
  type TargetRow,
  type TargetStatus,
} from './research.repository.js';

const DOSSIER_DAYS = 30;
const REFRESH_DEBOUNCE_MS = 10 * 60_000;
const BRIEF_DAYS = 14;
const EXEC_RE =
  /\b(ceo|cto|cfo|coo|cpo|chief|founder|co-founder|cofounder|president|vp|head of)\b/i;
const CAREERS_RE = /\b(careers|life at|we're hiring|we are hiring|jobs at|join us)\b/i;

export interface Brief {
  seekerName: string;
  company: string;
  generatedAt: string;
  talkingPoints: { point: string; posts: PostRef[] }[];
  people: {
    username: string;
    name: string | null;
    bio: string | null;
    url: string;
    posts: number;
  }[];
  readFirst: PostRef[];
}

@Injectable()
export class ResearchService implements OnModuleInit {
  constructor(
    private readonly repo: ResearchRepository,
    private readonly watches: WatchesService,
    private readonly ingestion: IngestionRepository,
    private readonly seekers: SeekersService,
    private readonly fanOut: FanOutService,
    private readonly db: DatabaseService,
    private readonly trends: TrendsService,
  ) {}

  /**
   * Dossiers follow the posts: new posts of a company's accounts refresh its dossier. A company
   * with many accounts gets a batch per account per poll round, so a dossier computed in the last
   * minutes is only marked stale (reads then compute it fresh) rather than recomputed each time.
   */
  onModuleInit(): void {
    this.fanOut.register({
      name: 'research.dossier',
      capabilities: ['research'],
      handle: async ({ ctx, manager, watch }) => {
        const companies = await this.repo.companiesWatchedBy(manager, ctx.tenantId, watch.id);
        for (const id of companies) {
          const stored = await this.repo.loadDossier(ctx, id);
          if (stored && Date.now() - stored.computedAt.getTime() < REFRESH_DEBOUNCE_MS) {
            await this.repo.markStale(manager, ctx.tenantId, [id]);
            continue;
          }
          const company = await this.repo.findCompany(ctx, id);
          if (company) await this.repo.saveDossier(ctx, id, await this.compute(ctx, company));
        }
      },
    });
  }

  // ---- companies and their accounts ----

  async addCompany(
    ctx: TenantScope,
    input: { handle: string; name?: string; domain?: string },
  ): Promise<CompanyRow> {
    const watch = await this.watches.add(ctx, {
      capability: XCapability.RESEARCH,
      kind: XWatchKind.TIMELINE,
      target: input.handle,
      cadenceMinutes: 30,
    });
    const brandUsername = watch.label.replace(/^@/, '');
    const [info] = await this.ingestion.accountsById([watch.target]);
    const company = await this.repo.insertCompany(ctx, {
      id: v7(),
      name: input.name?.trim() || info?.name || brandUsername,
      domain: input.domain?.trim().toLowerCase() || null,
      brandXId: watch.target,
      brandUsername,
    });
    await this.repo.addAccounts(ctx, company.id, [
      {
        xAccountId: watch.target,
        username: brandUsername,
        name: info?.name ?? null,
        kind: 'brand',
        status: 'confirmed',
        evidence: [{ kind: 'handle', detail: 'The handle the company was added by.' }],
      },
    ]);
    await this.repo.decideAccount(ctx, company.id, watch.target, {
      status: 'confirmed',
      kind: 'brand',
      watchId: watch.uuid,
    });
    return company;
  }

  async company(ctx: TenantScope, id: string): Promise<CompanyRow> {
    const c = await this.repo.findCompany(ctx, id);
    if (!c) throw AppError.notFound('company');
    return c;
  }

  findCompany(ctx: TenantScope, id: string): Promise<CompanyRow | null> {
    return this.repo.findCompany(ctx, id);
  }

  async companies(ctx: TenantScope, args: { first?: number; after?: string }) {
    const first = pageSize(args);
    const rows = await this.repo.listCompanies(ctx, decodeCursor(args.after), first + 1);
    return toPage(rows, first, args.after, (r) => r);
  }

  accountsOf(ctx: TenantScope, companyIds: readonly string[]): Promise<AccountRow[]> {
    return this.repo.accountsOf(ctx, companyIds);
  }

  /**
   * Finds accounts that speak for the company, each with its evidence: members of the company's
   * own public lists, accounts whose bio names it or its handle, and accounts that keep mentioning
   * or replying to it. They are suggestions until a coach confirms them.
   */
  async discoverAccounts(ctx: TenantScope, companyId: string): Promise<AccountRow[]> {
    const company = await this.company(ctx, companyId);
    const found = new Map<string, { user: XUser; evidence: Evidence[] }>();
    const note = (user: XUser, e: Evidence) => {
      if (user.id === company.brandXId) return;
      const entry = found.get(user.id) ?? { user, evidence: [] };
      if (!entry.evidence.some((x) => x.kind === e.kind && x.detail === e.detail)) {
        entry.evidence.push(e);
      }
      found.set(user.id, entry);
    };
    const { reader, settle } = await this.watches.meteredReader(ctx, 'research');
    try {
      const lists = await reader.ownedLists(company.brandXId, { maxResults: 20 });
      for (const list of lists.items.filter((l) => !l.private).slice(0, 5)) {
        const members = await reader.listMembers(list.id, { maxResults: 100 });
        for (const u of members.items) {
          note(u, {
            kind: 'list',
            detail: `Member of @${company.brandUsername}'s list “${list.name}”`,
          });
        }
      }
    } catch (err) {
      if (err instanceof XError) {
        throw new AppError(
          'X_UNAVAILABLE',
          `X could not be asked about the company's lists: ${err.message}`,
        );
      }
      throw err;
    } finally {
      await settle();
    }
    await this.ingestion.saveAccounts([...found.values()].map((f) => f.user));

    const candidates = await this.repo.employeeCandidates(
      ctx,
      [company.name],
      [company.brandUsername],
      [company.brandXId],
    );
    const nameRe = new RegExp(
      `(@${escapeRe(company.brandUsername)}\\b|\\b${escapeRe(company.name)}\\b)`,
      'i',
    );
    for (const c of candidates) {
      const user: XUser = {
        id: c.id,
        username: c.username,
        name: c.name,
        description: c.description,
        location: null,
        createdAt: null,
        url: null,
        pinnedPostId: null,
        metrics: null,
      };
      if (c.description && nameRe.test(c.description)) {
        note(user, { kind: 'bio', detail: c.description });
      }
      if (c.mentions >= 3) {
        note(user, {
          kind: 'interaction',
          detail: `${c.mentions} posts mentioning or replying to @${company.brandUsername}`,
        });
      }
    }
    for (const entry of found.values()) {
      if (entry.user.username.toLowerCase().includes(company.brandUsername.toLowerCase())) {
        entry.evidence.push({
          kind: 'handle',
          detail: `The handle contains “${company.brandUsername}”`,
        });
      }
    }
    await this.repo.addAccounts(
      ctx,
      company.id,
      [...found.values()].map(({ user, evidence }) => ({
        xAccountId: user.id,
        username: user.username,
        name: user.name,
        kind: classify(user, company),
        status: 'suggested' as const,
        evidence,
      })),
    );
    return this.repo.accountsOf(ctx, [company.id]);
  }

  /** A coach confirms (the account is then followed) or rejects a suggested account. */
  async reviewAccount(
    ctx: TenantScope,
    companyId: string,
    xAccountId: string,
    decision: 'confirm' | 'reject',
    kind?: AccountKind,
  ): Promise<AccountRow> {
    await this.company(ctx, companyId);
    // Digits only by the input rule; beyond X's 64-bit ids it cannot name an account.
    if (BigInt(xAccountId) >= 2n ** 63n) throw AppError.notFound('company account');
    const account = await this.repo.findAccount(ctx, companyId, xAccountId);
    if (!account) throw AppError.notFound('company account');
    if (account.kind === 'brand') {
      throw new AppError(
        'INVALID_STATE',
        'The brand account is the company itself; remove the company instead.',
      );
    }
    const newKind = kind ?? account.kind;
    if (decision === 'confirm') {
      const watch = await this.watches.add(ctx, {
        capability: XCapability.RESEARCH,
        kind: XWatchKind.TIMELINE,
        target: account.username,
        cadenceMinutes: 60,
      });
      await this.repo.decideAccount(ctx, companyId, xAccountId, {
        status: 'confirmed',
        kind: newKind,
        watchId: watch.uuid,
      });
    } else {
      await this.repo.decideAccount(ctx, companyId, xAccountId, {
        status: 'rejected',
        kind: newKind,
        watchId: null,
      });
      if (account.watchId) await this.repo.dropUnusedWatch(ctx, account.watchId);
    }
    await this.db.tx(ctx, (tx) => this.repo.markStale(tx.manager, tx.tenantId, [companyId]));
    return (await this.repo.findAccount(ctx, companyId, xAccountId))!;
  }

  // ---- seekers' targets ----

  async setTarget(
    ctx: TenantScope,
    input: { seekerId: string; companyId: string; priority?: number; status?: TargetStatus },
  ): Promise<TargetRow> {
    if (!(await this.seekers.findVisible(ctx, input.seekerId))) throw AppError.notFound('seeker');
    await this.company(ctx, input.companyId);
    return this.repo.upsertTarget(ctx, {
      id: v7(),
      seekerId: input.seekerId,
      companyId: input.companyId,
      priority: input.priority ?? 3,
      status: input.status ?? 'researching',
    });
  }

  async findTarget(ctx: TenantScope, id: string): Promise<TargetRow | null> {
    const t = await this.repo.findTarget(ctx, id);
    if (!t || !(await this.seekers.findVisible(ctx, t.seekerId))) return null;
    return t;
  }

  async removeTarget(ctx: TenantScope, id: string): Promise<void> {
    if (!(await this.findTarget(ctx, id))) throw AppError.notFound('target company');
    await this.repo.deleteTarget(ctx, id);
  }

  targetsOf(ctx: TenantScope, seekerIds: readonly string[]): Promise<TargetRow[]> {
    return this.repo.targetsOf(ctx, seekerIds);
  }

  // ---- dossier and brief ----

  /** The stored dossier while it is current; otherwise computed now from the shared posts. */
  async dossier(
    ctx: TenantScope,
    companyId: string,
  ): Promise<{ body: DossierBody; computedAt: Date }> {
    const company = await this.company(ctx, companyId);
    const stored = await this.repo.loadDossier(ctx, companyId);
    if (stored && !stored.stale && Date.now() - stored.computedAt.getTime() < 3600_000) {
      return { body: stored.body as DossierBody, computedAt: stored.computedAt };
    }
    return { body: await this.compute(ctx, company), computedAt: new Date() };
  }

  async compute(ctx: TenantScope, company: CompanyRow, now = new Date()): Promise<DossierBody> {
    const accounts = (await this.repo.accountsOf(ctx, [company.id])).filter(
      (a) => a.status === 'confirmed',
    );
    const kinds = new Map(accounts.map((a) => [a.xAccountId, a.kind]));
    const posts = await this.repo.postsBy(
      ctx,
      [...kinds.keys()],
      new Date(now.getTime() - DOSSIER_DAYS * 24 * 3600_000),
    );
    const vocabulary = new Set(posts.flatMap((p) => terms(p.text)));
    const df = await this.repo.documentFrequency(ctx, [...vocabulary]);
    return computeDossier({
      company: { name: company.name, brandUsername: company.brandUsername },
      kinds,
      posts,
      df,
      now,
      windowDays: DOSSIER_DAYS,
    });
  }

  /** What a seeker should know walking into an interview at this company. */
  async brief(ctx: TenantScope, seekerId: string, companyId: string): Promise<Brief> {
    const seeker = await this.seekers.findVisible(ctx, seekerId);
    if (!seeker) throw AppError.notFound('seeker');
    const company = await this.company(ctx, companyId);
    const { body } = await this.dossier(ctx, companyId);
    const points: Brief['talkingPoints'] = [];
    for (const t of body.changes.newThemes.slice(0, 2)) {
      points.push({
        point: `New this week: ${company.name} has started posting about “${t.label}” (${t.count} posts).`,
        posts: t.posts,
      });
    }
    for (const t of body.changes.rising.slice(0, 2)) {
      points.push({
        point: `Rising: “${t.label}”, ${t.count} posts this week against ${t.previous} the week before.`,
        posts: t.posts,
      });
    }
    for (const v of body.values.slice(0, 3)) {
      points.push({
        point: `They talk about ${v.label} (${Math.round(v.share * 100)}% of their posts).`,
        posts: v.posts,
      });
    }
    // News: what broke in the seeker's topics in the last three days, worth a mention.
    for (let d = 0; d < 3 && points.length < 8; d++) {
      const day = new Date(Date.now() - d * 24 * 3600_000).toISOString().slice(0, 10);
      const { items } = await this.trends.briefing(ctx, seekerId, day);
      for (const item of items.slice(0, 2)) {
        points.push({
          point: `In your field on ${day}: “${item.term}” broke out (${item.count} posts against a normal of ${item.baseline}).`,
          posts: item.posts.map((p) => ({
            id: p.id,
            url: p.url,
            author: p.author,
            createdAt: p.createdAt.toISOString(),
            text: p.text,
          })),
        });
      }
      if (items.length) break;
    }
    const roleWords = new Set(
      seeker.targetRoles.flatMap((r) => r.toLowerCase().split(/\W+/)).filter((w) => w.length >= 3),
    );
    for (const r of body.hiring.roles) {
      if (
        r.label
          .toLowerCase()
          .split(/\W+/)
          .some((w) => roleWords.has(w))
      ) {
        points.push({
          point: `They are hiring: ${r.label} (${r.count} posts). Ask about the team.`,
          posts: r.posts,
        });
      }
    }
    const accounts = (await this.repo.accountsOf(ctx, [company.id])).filter(
      (a) => a.status === 'confirmed' && (a.kind === 'employee' || a.kind === 'executive'),
    );
    const since = new Date(Date.now() - BRIEF_DAYS * 24 * 3600_000);
    const recent = await this.repo.postsBy(
      ctx,
      [company.brandXId, ...accounts.map((a) => a.xAccountId)],
      since,
      2000,
    );
    const activity = new Map<string, number>();
    for (const p of recent) activity.set(p.authorId, (activity.get(p.authorId) ?? 0) + 1);
    const bios = await this.ingestion.accountsById(accounts.map((a) => a.xAccountId));
    const bioOf = new Map(bios.map((b) => [b.id, b]));
    const people = accounts
      .map((a) => {
        const info = bioOf.get(a.xAccountId);
        const bio = info?.description ?? null;
        const relevant = bio
          ? bio
              .toLowerCase()
              .split(/\W+/)
              .filter((w) => roleWords.has(w)).length
          : 0;
        return {
          a,
          bio,
          name: info?.name ?? a.name,
          relevant,
          posts: activity.get(a.xAccountId) ?? 0,
        };
      })
      .filter((x) => x.posts > 0 || x.relevant > 0)
      .sort(
        (x, y) =>
          y.relevant - x.relevant || y.posts - x.posts || x.a.username.localeCompare(y.a.username),
      )
      .slice(0, 6)
      .map((x) => ({
        username: x.a.username,
        name: x.name,
        bio: x.bio,
        url: `https://x.com/${x.a.username}`,
        posts: x.posts,
      }));
    const readFirst = [...recent]
      .filter((p) => !p.referenced.some((r) => r.type === 'retweeted'))
      .sort((a, b) => b.likes + b.reposts - (a.likes + a.reposts))
      .slice(0, 5)
      .map((p) => ({
        id: p.id,
        url: postUrl(p),
        author: p.username,
        createdAt: new Date(p.createdAt).toISOString(),
        text: p.text,
      }));
    return {
      seekerName: seeker.name,
      company: company.name,
      generatedAt: new Date().toISOString(),
      talkingPoints: points.slice(0, 8),
      people,
      readFirst,
    };
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function classify(user: XUser, company: CompanyRow): AccountKind {
  const bio = user.description ?? '';
  const handle = user.username.toLowerCase();
  const brand = company.brandUsername.toLowerCase();
  if ((handle.includes(brand) && /jobs|careers|life|team/.test(handle)) || CAREERS_RE.test(bio)) {
    return 'careers';
  }
  if (EXEC_RE.test(bio)) return 'executive';
  return 'employee';
}

/** The brief as Markdown, for a seeker to print or paste. */
export function briefMarkdown(b: Brief): string {
  const lines = [
    `# Interview brief: ${b.company}`,
    '',
    `For ${b.seekerName}, ${b.generatedAt.slice(0, 10)}.`,
    '',
    '## Talking points',
    '',
    ...(b.talkingPoints.length
      ? b.talkingPoints.flatMap((t) => [
          `- ${t.point}`,
          ...t.posts
            .slice(0, 2)
            .map(
              (p) =>
                `  - [${p.author ? `@${p.author}` : 'post'}](${p.url}): ${p.text.replace(/\s+/g, ' ')}`,
            ),
        ])
      : ['- Nothing distinctive yet: Perch has few posts from this company so far.']),
    '',
    '## People worth knowing',
    '',
    ...(b.people.length
      ? b.people.map(
          (p) =>
            `- [@${p.username}](${p.url})${p.name ? ` (${p.name})` : ''}${p.bio ? `: ${p.bio}` : ''}`,
        )
      : ['- No confirmed employees yet: run discovery and confirm some.']),
    '',
    '## Read before you go',
    '',
    ...(b.readFirst.length
      ? b.readFirst.map(
          (p) =>
            `- [${p.createdAt.slice(0, 10)}, @${p.author ?? 'unknown'}](${p.url}): ${p.text.replace(/\s+/g, ' ')}`,
        )
      : ['- No recent posts.']),
    '',
  ];
  return lines.join('\n');
}
