import { Empty } from '../ui';

export function VoiceTab({ seekerId }: { seekerId: string }) {
  return <Empty>This tab is being built ({seekerId}).</Empty>;
}
