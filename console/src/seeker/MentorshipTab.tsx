import { Empty } from '../ui';

export function MentorshipTab({ seekerId }: { seekerId: string }) {
  return <Empty>This tab is being built ({seekerId}).</Empty>;
}
