import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { toGlobalId } from '../../../platform/graphql/global-id.js';
import { Node } from '../../../platform/graphql/node.js';
import { Payload } from '../../../platform/graphql/user-error.js';
import { XAccountModel } from '../../ingestion/models/x-watch.model.js';
import type { TopicRow } from '../trends.repository.js';

export enum TopicKindEnum {
  KEYWORD = 'keyword',
  HASHTAG = 'hashtag',
  QUERY = 'query',
  LIST = 'list',
}
registerEnumType(TopicKindEnum, {
  name: 'TopicKind',
  description:
    'KEYWORD: a word or phrase. HASHTAG: #tag. QUERY: an X search query. LIST: an X list id.',
});

export enum PruneSuggestionKind {
  KEEP = 'keep',
  CONSIDER = 'consider',
  UNFOLLOW = 'unfollow',
}
registerEnumType(PruneSuggestionKind, { name: 'PruneSuggestionKind' });

export enum FollowingSource {
  X = 'x',
  ARCHIVE = 'archive',
}
registerEnumType(FollowingSource, {
  name: 'FollowingSource',
  description: "Where the following list came from: the seeker's X connection, or their archive.",
});

@ObjectType('Topic', {
  implements: () => [Node],
  description: 'Something followed for trends, by the organization or for one seeker.',
})
export class TopicModel extends Node {
  @Field() name!: string;
  @Field(() => TopicKindEnum) kind!: TopicKindEnum;
  @Field() value!: string;
  @Field() createdAt!: Date;
  row!: TopicRow;

  static of(t: TopicRow): TopicModel {
    return Object.assign(new TopicModel(), {
      id: toGlobalId('Topic', t.id),
      name: t.name,
      kind: t.kind as TopicKindEnum,
      value: t.value,
      createdAt: t.createdAt,
      row: t,
    });
  }
}

@ObjectType('TrendPost')
export class TrendPostModel {
  @Field(() => ID, { description: "X's id of the post." }) xId!: string;
  @Field() url!: string;
  @Field(() => String, { nullable: true }) author!: string | null;
  @Field() createdAt!: Date;
  @Field() text!: string;
}

@ObjectType('TrendLink', {
  description: 'A link shared in the burst, canonicalized (tracking removed).',
})
export class TrendLinkModel {
  @Field() url!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('TrendBurst', { description: 'A term far above its own normal on a day.' })
export class TrendBurstModel {
  @Field({ description: 'A word, a #hashtag, or link:<url>.' }) term!: string;
  @Field({ description: 'UTC day, YYYY-MM-DD.' }) day!: string;
  @Field(() => Int, { description: 'Posts using it that day.' }) count!: number;
  @Field(() => Float, { description: 'Its normal per day before.' }) baseline!: number;
  @Field(() => Float, { description: '(count − normal) / √(variance + normal + 1).' })
  score!: number;
  @Field({ description: 'Barely used before: new rather than spiking.' }) emerging!: boolean;
  @Field(() => [String], {
    description: 'Other terms of the same story (their posts are mostly this burst’s), folded in.',
  })
  related!: string[];
  @Field(() => TopicModel) topic!: TopicModel;
  @Field(() => [TrendPostModel]) posts!: TrendPostModel[];
  @Field(() => [TrendLinkModel]) links!: TrendLinkModel[];
}

@ObjectType('DailyBriefing', {
  description: "What broke today in a seeker's fields: what to mention in an interview.",
})
export class DailyBriefingModel {
  @Field() day!: string;
  @Field(() => Int, { description: 'Topics looked at (the seeker’s and the organization’s).' })
  topics!: number;
  @Field(() => [TrendBurstModel]) items!: TrendBurstModel[];
  @Field(() => String, {
    nullable: true,
    description: 'Why there is nothing, when there is nothing.',
  })
  emptyReason!: string | null;
}

@ObjectType('PruneSuggestion')
export class PruneSuggestionModel {
  @Field(() => XAccountModel) account!: XAccountModel;
  @Field(() => Date, { nullable: true }) lastActivity!: Date | null;
  @Field(() => Float, { nullable: true }) postsPerWeek!: number | null;
  @Field(() => Float, { nullable: true }) repostShare!: number | null;
  @Field(() => Float, { nullable: true }) duplicateShare!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Share of their posts touching the seeker’s interests.',
  })
  relevance!: number | null;
  @Field(() => PruneSuggestionKind) suggestion!: PruneSuggestionKind;
  @Field() reason!: string;
  @Field({ description: 'Where the seeker acts on X (Perch never follows or unfollows).' })
  link!: string;
}

@ObjectType('FollowSuggestion')
export class FollowSuggestionModel {
  @Field(() => XAccountModel) account!: XAccountModel;
  @Field() reason!: string;
  @Field({ description: "X's follow intent link." }) link!: string;
}

@ObjectType('FeedPruning')
export class FeedPruningModel {
  @Field(() => FollowingSource) source!: FollowingSource;
  @Field(() => Int) following!: number;
  @Field(() => Int) analyzed!: number;
  @Field(() => [PruneSuggestionModel], {
    description: 'Unfollow and consider first (at most 20 a day), then keep.',
  })
  suggestions!: PruneSuggestionModel[];
  @Field(() => [FollowSuggestionModel], { description: 'At most 10 a day.' })
  toFollow!: FollowSuggestionModel[];
}

@ObjectType()
export class AddTopicPayload extends Payload {
  @Field(() => TopicModel, { nullable: true }) topic?: TopicModel | null;
}

@ObjectType()
export class RemoveTopicPayload extends Payload {
  @Field(() => ID, { nullable: true }) removedTopicId?: string | null;
}
