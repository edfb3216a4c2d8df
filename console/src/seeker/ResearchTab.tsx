import { Empty } from '../ui';

export function ResearchTab({ seekerId }: { seekerId: string }) {
  return <Empty>This tab is being built ({seekerId}).</Empty>;
}
