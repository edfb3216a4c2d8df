import type { ComponentType } from 'react';
import { TabPanel, Tabs } from '../ui';

/** One capability of a seeker's record, e.g. their job pipeline. */
export interface SeekerTab {
  id: string;
  label: string;
  Tab: ComponentType<{ seekerId: string }>;
}

/**
 * A seeker's record as tabs, as their coach and the seeker themself see it; the open tab (the
 * first when `selected` names none) shows below. The tab lives in the URL, so `onSelect` goes there.
 */
export function SeekerTabs({
  label,
  tabs,
  selected,
  seekerId,
  onSelect,
}: {
  label: string;
  tabs: readonly SeekerTab[];
  selected: string | undefined;
  seekerId: string;
  onSelect: (id: string) => void;
}) {
  const current = tabs.find((t) => t.id === selected) ?? tabs[0];
  return (
    <>
      <Tabs
        label={label}
        tabs={tabs.map((t) => ({ id: t.id, label: t.label }))}
        current={current.id}
        onSelect={onSelect}
      />
      <TabPanel id={current.id}>
        <current.Tab seekerId={seekerId} />
      </TabPanel>
    </>
  );
}
