import { gql } from '../api';
import { graphql } from '../gql';
import type { PageProps } from '../routes';
import { go, href } from '../router';
import { JobsTab } from '../seeker/JobsTab';
import { MentorshipTab } from '../seeker/MentorshipTab';
import { OrgsTab } from '../seeker/OrgsTab';
import { PeersTab } from '../seeker/PeersTab';
import { ProfileTab } from '../seeker/ProfileTab';
import { ResearchTab } from '../seeker/ResearchTab';
import { TrendsTab } from '../seeker/TrendsTab';
import { VoiceTab } from '../seeker/VoiceTab';
import { NotFound } from '../shared/not-found';
import { SeekerTabs } from '../shared/seeker-tabs';
import { Async, Badge, PageTitle, words } from '../ui';
import { seekerStatus } from '../shared/seeker-status';
import { useQuery } from '../use-query';

const SeekerHeaderDoc = graphql(`
  query SeekerHeader($id: ID!) {
    seeker(id: $id) {
      id
      name
      status
      careerStage
      targetRoles
      locations
    }
  }
`);

const SEEKER_TABS = [
  { id: 'profile', label: 'Profile & consent', Tab: ProfileTab },
  { id: 'research', label: 'Research', Tab: ResearchTab },
  { id: 'trends', label: 'Trends', Tab: TrendsTab },
  { id: 'mentorship', label: 'Mentorship', Tab: MentorshipTab },
  { id: 'peers', label: 'Peers', Tab: PeersTab },
  { id: 'orgs', label: 'Orgs & events', Tab: OrgsTab },
  { id: 'jobs', label: 'Jobs', Tab: JobsTab },
  { id: 'voice', label: 'Voice', Tab: VoiceTab },
] as const;

/** One seeker, a tab per capability; the tab is in the URL so it survives a reload. */
export function SeekerPage({ params }: PageProps) {
  const [id, tab = 'profile'] = params;
  const q = useQuery(() => gql(SeekerHeaderDoc, { id: id ?? '' }), [id]);
  if (!id || q.error?.code === 'NOT_FOUND' || q.error?.code === 'BAD_USER_INPUT') {
    return <NotFound what="seeker" />;
  }
  return (
    <Async q={q} what="Loading the seeker">
      {({ seeker }) => (
        <>
          <p>
            <a href={href()}>← Caseload</a>
          </p>
          <PageTitle>
            {seeker.name} <Badge>{seekerStatus(seeker.status)}</Badge>
          </PageTitle>
          <p className="muted">
            {words(seeker.careerStage)} · {seeker.targetRoles.join(', ') || 'no target roles yet'}
            {seeker.locations.length ? ` · ${seeker.locations.join(', ')}` : ''}
          </p>
          <SeekerTabs
            label="Capabilities"
            tabs={SEEKER_TABS}
            selected={tab}
            seekerId={seeker.id}
            onSelect={(t) => go('seekers', seeker.id, t)}
          />
        </>
      )}
    </Async>
  );
}
