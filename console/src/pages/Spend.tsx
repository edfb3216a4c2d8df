import type { PageProps } from '../routes';
import { Empty } from '../ui';

export function SpendPage(_: PageProps) {
  return <Empty>This page is being built.</Empty>;
}
