import type { PageProps } from '../routes';
import { Empty } from '../ui';

export function SeatsPage(_: PageProps) {
  return <Empty>This page is being built.</Empty>;
}
