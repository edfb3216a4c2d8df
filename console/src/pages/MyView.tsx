import type { PageProps } from '../routes';
import { go } from '../router';
import { JobsTab } from '../seeker/JobsTab';
import { MentorshipTab } from '../seeker/MentorshipTab';
import { PeersTab } from '../seeker/PeersTab';
import { TrendsTab } from '../seeker/TrendsTab';
import { VoiceTab } from '../seeker/VoiceTab';
import { SeekerTabs } from '../shared/seeker-tabs';
import { Empty, PageTitle } from '../ui';
import { useViewer } from '../viewer';

const MY_TABS = [
  { id: 'today', label: 'Today’s briefing', Tab: TrendsTab },
  { id: 'outreach', label: 'Mentors & outreach', Tab: MentorshipTab },
  { id: 'posts', label: 'My posts & queue', Tab: VoiceTab },
  { id: 'jobs', label: 'My pipeline', Tab: JobsTab },
  { id: 'cohort', label: 'My cohort', Tab: PeersTab },
] as const;

/** A seeker's own day: the same views their coach sees of them, on their own record only. */
export function MyViewPage({ params }: PageProps) {
  const { viewer } = useViewer();
  if (!viewer.seekerId) {
    return (
      <Empty>
        Your account is not linked to a seeker record yet. Ask your coach to link it, then sign in
        again.
      </Empty>
    );
  }
  return (
    <>
      <PageTitle>Your day</PageTitle>
      <SeekerTabs
        label="Your Perch"
        tabs={MY_TABS}
        selected={params[0]}
        seekerId={viewer.seekerId}
        onSelect={(id) => go('me', id)}
      />
    </>
  );
}
