/**
 * A seeker's status in the words the caseload, the seeker's page and their profile all use: an
 * invited seeker is waiting for a seat, whatever the API calls it.
 */
const LABEL: Record<string, string> = {
  ACTIVE: 'Active',
  INVITED: 'Waiting for a seat',
  ARCHIVED: 'Archived',
};

export function seekerStatus(status: string): string {
  return LABEL[status] ?? status.charAt(0) + status.slice(1).toLowerCase();
}
