/**
 * Cohorts as the Cohorts page and a seeker's Peers tab both work with them: the suggested cohorts,
 * forming one and changing who is in it, and how a weekly check-in's status reads.
 */
import { check, gql } from '../api';
import { graphql } from '../gql';
import type { CheckInStatus, CohortSuggestionsQuery, CreateCohortInput } from '../gql/graphql';
import { Badge } from '../ui';

export const CohortSuggestionsDoc = graphql(`
  query CohortSuggestions {
    cohortSuggestions {
      suggestedName
      suggestedHashtag
      field
      stage
      place
      reasons
      members {
        id
        name
      }
    }
  }
`);

const CreateCohortDoc = graphql(`
  mutation CohortCreate($input: CreateCohortInput!) {
    createCohort(input: $input) {
      cohort {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const AddMemberDoc = graphql(`
  mutation CohortAddMember($input: AddCohortMemberInput!) {
    addCohortMember(input: $input) {
      cohort {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const RemoveMemberDoc = graphql(`
  mutation CohortRemoveMember($input: RemoveCohortMemberInput!) {
    removeCohortMember(input: $input) {
      cohort {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

export type CohortSuggestion = CohortSuggestionsQuery['cohortSuggestions'][number];

export async function createCohort(input: CreateCohortInput): Promise<void> {
  check((await gql(CreateCohortDoc, { input })).createCohort);
}

/** Forms a suggested cohort with every seeker it suggests. */
export function createSuggestedCohort(s: CohortSuggestion): Promise<void> {
  return createCohort({
    name: s.suggestedName,
    hashtag: s.suggestedHashtag,
    field: s.field ?? null,
    stage: s.stage,
    memberIds: s.members.map((m) => m.id),
  });
}

export async function addCohortMember(cohortId: string, seekerId: string): Promise<void> {
  check((await gql(AddMemberDoc, { input: { cohortId, seekerId } })).addCohortMember);
}

export async function removeCohortMember(cohortId: string, seekerId: string): Promise<void> {
  check((await gql(RemoveMemberDoc, { input: { cohortId, seekerId } })).removeCohortMember);
}

/** Check-in statuses in the order a form offers them. */
export const CHECK_IN_STATUSES: CheckInStatus[] = ['ON_TRACK', 'DONE', 'BLOCKED', 'MISSED'];

export const CHECK_IN_STATUS: Record<CheckInStatus, { label: string; tone: string }> = {
  ON_TRACK: { label: 'On track', tone: 'ok' },
  DONE: { label: 'Done', tone: 'ok' },
  BLOCKED: { label: 'Blocked', tone: 'bad' },
  MISSED: { label: 'Missed', tone: 'warn' },
};

export function CheckInBadge({ status }: { status: CheckInStatus }) {
  const s = CHECK_IN_STATUS[status];
  return <Badge tone={s.tone}>{s.label}</Badge>;
}
