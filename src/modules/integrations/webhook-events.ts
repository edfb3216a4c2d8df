import { registerEnumType } from '@nestjs/graphql';

/** What integrators can subscribe to; the value is the `type` field of the delivered JSON. */
export enum WebhookEventType {
  SEEKER_ACTIVATED = 'seeker.activated',
  JOB_MATCHED = 'job.matched',
  PIPELINE_STAGE_CHANGED = 'pipeline.stage_changed',
  INTERVIEW_SCHEDULED = 'interview.scheduled',
  DRAFT_APPROVED = 'draft.approved',
  POST_PUBLISHED = 'post.published',
  SEAT_LIMIT_REACHED = 'seat.limit_reached',
  BULK_EXPORT_COMPLETED = 'bulk_export.completed',
  WEBHOOK_TEST = 'webhook.test',
}

registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description:
    'An event an endpoint can subscribe to; its value is the `type` of the delivered JSON.',
  valuesMap: {
    SEEKER_ACTIVATED: { description: '`seeker.activated`: a seeker took a licence seat.' },
    JOB_MATCHED: {
      description: '`job.matched`: new matched openings for a seeker (their ids and scores).',
    },
    PIPELINE_STAGE_CHANGED: {
      description: '`pipeline.stage_changed`: a job application moved (from, to).',
    },
    INTERVIEW_SCHEDULED: {
      description: '`interview.scheduled`: an informational interview got a time.',
    },
    DRAFT_APPROVED: { description: '`draft.approved`: a coach approved a post draft.' },
    POST_PUBLISHED: { description: '`post.published`: a scheduled post went out on X.' },
    SEAT_LIMIT_REACHED: {
      description: '`seat.limit_reached`: a seeker could not be given a seat; all are taken.',
    },
    BULK_EXPORT_COMPLETED: {
      description: '`bulk_export.completed`: a bulk export finished (its id and status).',
    },
    WEBHOOK_TEST: { description: '`webhook.test`: sent by `sendTestWebhook` only.' },
  },
});

export const EVENT_TYPES = Object.values(WebhookEventType);
