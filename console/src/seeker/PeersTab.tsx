import { Empty } from '../ui';

export function PeersTab({ seekerId }: { seekerId: string }) {
  return <Empty>This tab is being built ({seekerId}).</Empty>;
}
