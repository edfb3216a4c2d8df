/**
 * The caseload dashboard: every seeker the caller may see, with progress across the seven
 * capabilities and the flags a coach acts on. A handful of set-based queries serve the whole
 * caseload, so 200 seekers cost what 2 do.
 */
import { Injectable } from '@nestjs/common';
import { voiceProfile, type Pillar, type VoicePost } from '@libs/voice';
import type { TenantScope } from '../../platform/database/context.js';
import { AppError } from '../../platform/errors.js';
import { ConsentKindEnum } from '../seekers/models/consent.model.js';
import { SeekersService } from '../seekers/seekers.service.js';
import type { SeekerModel } from '../seekers/models/seeker.model.js';
import { AtRiskReason, type AtRiskModel, type CaseloadEntryModel } from './caseload.models.js';
import { CaseloadRepository, type SeekerActivity } from './caseload.repository.js';

const DAY = 86_400_000;
export const QUIET_DAYS = 14;
export const STALLED_DAYS = 21;
export const MAX_CASELOAD = 2000;

/** The flags for one seeker, from its activity, at `now`. */
export function atRiskFlags(seeker: SeekerModel, a: SeekerActivity, now: number): AtRiskModel[] {
  const flags: AtRiskModel[] = [];
  if (seeker.status !== 'active') return flags;
  const since = (seeker.activatedAt ?? seeker.createdAt).getTime();
  const last = a.lastActivityAt ? new Date(a.lastActivityAt).getTime() : null;
  if (now - Math.max(last ?? since, since) >= QUIET_DAYS * DAY) {
    const days = Math.floor((now - (last ?? since)) / DAY);
    flags.push({
      reason: AtRiskReason.QUIET,
      detail: last ? `Nothing in ${days} days.` : `No activity since joining ${days} days ago.`,
    });
  }
  if (
    a.openApplications > 0 &&
    a.pipelineChangedAt &&
    now - new Date(a.pipelineChangedAt).getTime() >= STALLED_DAYS * DAY
  ) {
    const days = Math.floor((now - new Date(a.pipelineChangedAt).getTime()) / DAY);
    flags.push({
      reason: AtRiskReason.STALLED_PIPELINE,
      detail: `${a.openApplications} open application${a.openApplications === 1 ? '' : 's'}, unchanged for ${days} days.`,
    });
  }
  if (!a.consents.includes(ConsentKindEnum.READ_X_DATA)) {
    flags.push({
      reason: AtRiskReason.CONSENT_MISSING,
      detail: 'Has not let Perch read their X data: research, trends and voice wait on it.',
    });
  }
  return flags;
}

@Injectable()
export class CaseloadService {
  constructor(
    private readonly repo: CaseloadRepository,
    private readonly seekers: SeekersService,
  ) {}

  async caseload(ctx: TenantScope, limit: number): Promise<CaseloadEntryModel[]> {
    if (ctx.principal.kind === 'user' && ctx.principal.role === 'seeker') {
      throw new AppError('FORBIDDEN', 'The caseload is for staff.');
    }
    const seekers = await this.seekers.visibleList(ctx, Math.min(Math.max(limit, 1), MAX_CASELOAD));
    const ids = seekers.map((s) => s.uuid);
    const [activity, posts, pillars] = await Promise.all([
      this.repo.activity(ctx, ids),
      this.repo.recentPosts(ctx, ids),
      this.repo.pillars(ctx, ids),
    ]);
    const byId = new Map(activity.map((a) => [a.seekerId, a]));
    const postsOf = new Map<string, VoicePost[]>();
    for (const p of posts) {
      const list = postsOf.get(p.seekerId) ?? [];
      list.push({
        id: p.id,
        text: p.text,
        createdAt: p.postedAt ? new Date(p.postedAt).getTime() : 0,
        isReply: p.isReply,
        isRepost: p.isRepost,
      });
      postsOf.set(p.seekerId, list);
    }
    const pillarsOf = new Map<string, Pillar[]>();
    for (const p of pillars) {
      pillarsOf.set(p.seekerId, [...(pillarsOf.get(p.seekerId) ?? []), p]);
    }
    const now = Date.now();
    return seekers.map((seeker) => {
      const a = byId.get(seeker.uuid)!;
      const own = postsOf.get(seeker.uuid) ?? [];
      const months = own.length
        ? voiceProfile(own, pillarsOf.get(seeker.uuid) ?? []).months.slice(-6)
        : [];
      return {
        seeker,
        ...a,
        consents: a.consents as ConsentKindEnum[],
        voiceTrend: months.map((m) => ({ month: m.month, score: m.consistency, posts: m.posts })),
        voiceScore: months.length ? months[months.length - 1].consistency : null,
        atRisk: atRiskFlags(seeker, a, now),
      };
    });
  }
}
