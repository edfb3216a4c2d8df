import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { toGlobalId } from '../../../platform/graphql/global-id.js';
import { Node } from '../../../platform/graphql/node.js';
import { Connection } from '../../../platform/graphql/pagination.js';
import { Payload } from '../../../platform/graphql/user-error.js';
import { XCapability, XWatchKind } from '../inputs/x-watch.inputs.js';
import type { StoredPost, WatchRow } from '../ingestion.repository.js';

export enum XWatchStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  POLLING = 'POLLING',
  RATE_LIMITED = 'RATE_LIMITED',
  RETRYING = 'RETRYING',
  FAILED = 'FAILED',
  PAUSED_BUDGET = 'PAUSED_BUDGET',
}
registerEnumType(XWatchStatus, {
  name: 'XWatchStatus',
  description:
    'PENDING: not polled yet. ACTIVE: polled on cadence. POLLING: a poll is running. RATE_LIMITED: X asked Perch to wait; polling resumes at the reset. RETRYING: the last poll failed and is being retried. FAILED: X refused the source or the retries ran out (see lastError; retryXWatch). PAUSED_BUDGET: this organization spent its X budget for the month.',
});

@ObjectType('XWatchError')
export class XWatchErrorModel {
  @Field({ description: 'X_NOT_FOUND, X_FORBIDDEN, X_BAD_REQUEST, X_UNAVAILABLE, X_TIMEOUT, …' })
  code!: string;
  @Field() message!: string;
}

@ObjectType('XAccount', { description: 'A public X account.' })
export class XAccountModel {
  @Field({ description: "X's id of the account." }) xId!: string;
  @Field(() => String, { nullable: true }) username!: string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
}

@ObjectType('XPost', { description: 'A public post, as Perch ingested it.' })
export class XPostModel {
  @Field(() => ID, { description: "X's id of the post." }) xId!: string;
  @Field() text!: string;
  @Field(() => Date, { nullable: true }) createdAt!: Date | null;
  @Field(() => String, { nullable: true }) lang!: string | null;
  @Field(() => [String]) hashtags!: string[];
  @Field(() => XAccountModel, { nullable: true }) author!: XAccountModel | null;
  @Field({ description: 'The post on X.' }) url!: string;

  static of(p: StoredPost): XPostModel {
    return Object.assign(new XPostModel(), {
      xId: p.id,
      text: p.text,
      createdAt: p.createdAt,
      lang: p.lang,
      hashtags: p.hashtags,
      author: p.authorId
        ? { xId: p.authorId, username: p.authorUsername, name: p.authorName }
        : null,
      url: `https://x.com/${p.authorUsername ?? 'i'}/status/${p.id}`,
    });
  }
}

@ObjectType()
export class XPostConnection extends Connection(XPostModel, 'XPost') {}

@ObjectType('XWatch', {
  implements: () => [Node],
  description:
    'Something the organization follows on X. Watches of the same account, query or list share one poll, across organizations.',
})
export class XWatchModel extends Node {
  @Field(() => XCapability) capability!: XCapability;
  @Field(() => XWatchKind) kind!: XWatchKind;
  @Field({ description: 'The handle, query or list id.' }) target!: string;
  @Field({
    description: 'A label for people: the given one, else @handle, the query or the list name.',
  })
  label!: string;
  @Field(() => Int) cadenceMinutes!: number;
  @Field(() => XWatchStatus) status!: XWatchStatus;
  @Field(() => XWatchErrorModel, { nullable: true }) lastError!: XWatchErrorModel | null;
  @Field(() => Date, { nullable: true }) lastPolledAt!: Date | null;
  @Field(() => Date, {
    nullable: true,
    description: 'When the source is next due (null while failed or paused).',
  })
  nextPollAt!: Date | null;
  @Field(() => Float, { description: 'Posts this watch has been handed so far.' })
  postsSeen!: number;
  @Field(() => Date, { nullable: true }) lastPostAt!: Date | null;
  @Field() createdAt!: Date;
  /** Resolved by field resolvers. */
  seekerId!: string | null;
  uuid!: string;

  static of(r: WatchRow, budgetPaused: boolean): XWatchModel {
    const s = r.source;
    const status = budgetPaused
      ? XWatchStatus.PAUSED_BUDGET
      : ({
          pending: XWatchStatus.PENDING,
          ok: XWatchStatus.ACTIVE,
          running: XWatchStatus.POLLING,
          rate_limited: XWatchStatus.RATE_LIMITED,
          retrying: XWatchStatus.RETRYING,
          failed: XWatchStatus.FAILED,
          // Paused for every watcher's budget; this organization's budget is not spent, so it is due.
          paused: XWatchStatus.PENDING,
        }[s.status] ?? XWatchStatus.PENDING);
    return Object.assign(new XWatchModel(), {
      id: toGlobalId('XWatch', r.id),
      uuid: r.id,
      capability: r.capability as XCapability,
      kind: s.kind as XWatchKind,
      target: s.target,
      label: r.label ?? s.label,
      cadenceMinutes: Math.round(r.cadenceSeconds / 60),
      status,
      lastError: budgetPaused
        ? {
            code: 'X_BUDGET_EXHAUSTED',
            message:
              "This organization's X budget for the month is spent; polling resumes when an admin raises it (setXBudget) or the month ends.",
          }
        : s.lastErrorCode && s.status !== 'ok' && s.status !== 'paused'
          ? { code: s.lastErrorCode, message: s.lastErrorMessage ?? s.lastErrorCode }
          : null,
      lastPolledAt: s.lastPolledAt,
      nextPollAt: status === XWatchStatus.FAILED || budgetPaused ? null : s.nextPollAt,
      postsSeen: r.postsSeen,
      lastPostAt: r.lastPostAt,
      createdAt: r.createdAt,
      seekerId: r.seekerId,
    });
  }
}

@ObjectType()
export class XWatchConnection extends Connection(XWatchModel, 'XWatch') {}

@ObjectType()
export class AddXWatchPayload extends Payload {
  @Field(() => XWatchModel, { nullable: true }) watch?: XWatchModel | null;
}

@ObjectType()
export class RemoveXWatchPayload extends Payload {
  @Field(() => ID, { nullable: true }) removedWatchId?: string | null;
}

@ObjectType()
export class RetryXWatchPayload extends Payload {
  @Field(() => XWatchModel, { nullable: true }) watch?: XWatchModel | null;
}
