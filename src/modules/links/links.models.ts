import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { pendingLink, type LinkRow } from './link-checks.repository.js';

export enum LinkState {
  PENDING = 'pending',
  OK = 'ok',
  BROKEN = 'broken',
  BLOCKED = 'blocked',
  UNKNOWN = 'unknown',
}
registerEnumType(LinkState, {
  name: 'LinkState',
  description:
    'PENDING: not checked yet. OK: resolves. BROKEN: does not resolve (404, 410, no such host, redirect loop). BLOCKED: points at a private or reserved address and is never fetched. UNKNOWN: the site did not answer in time or answered 5xx; tried again later.',
  valuesMap: {
    PENDING: { description: 'Not checked yet (checks run in the background within minutes).' },
  },
});

@ObjectType('LinkStatus', { description: 'Whether a link resolves, as last checked.' })
export class LinkStatusModel {
  @Field() url!: string;
  @Field(() => LinkState) state!: LinkState;
  @Field(() => Int, { nullable: true }) httpStatus!: number | null;
  @Field(() => String, { nullable: true, description: 'Where the link ends after redirects.' })
  finalUrl!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) checkedAt!: Date | null;

  static of(r: LinkRow): LinkStatusModel {
    return Object.assign(new LinkStatusModel(), { ...r, state: r.state as LinkState });
  }

  /** A link not tracked yet reads as pending. */
  static pending(url: string): LinkStatusModel {
    return LinkStatusModel.of(pendingLink(url));
  }
}
