import type { PageProps } from '../routes';
import { go } from '../router';
import { JobsTab } from '../seeker/JobsTab';
import { MentorshipTab } from '../seeker/MentorshipTab';
import { PeersTab } from '../seeker/PeersTab';
import { TrendsTab } from '../seeker/TrendsTab';
import { VoiceTab } from '../seeker/VoiceTab';
import { Empty, PageTitle, TabPanel, Tabs } from '../ui';
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
  const current = MY_TABS.find((t) => t.id === params[0]) ?? MY_TABS[0];
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
      <Tabs
        label="Your Perch"
        tabs={MY_TABS.map(({ id, label }) => ({ id, label }))}
        current={current.id}
        onSelect={(id) => go('me', id)}
      />
      <TabPanel id={current.id}>
        <current.Tab seekerId={viewer.seekerId} />
      </TabPanel>
    </>
  );
}
