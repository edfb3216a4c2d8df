import { Empty } from '../ui';

export function ProfileTab({ seekerId }: { seekerId: string }) {
  return <Empty>This tab is being built ({seekerId}).</Empty>;
}
