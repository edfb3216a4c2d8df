import type { PageProps } from '../routes';
import { Empty } from '../ui';

export function StaffPage(_: PageProps) {
  return <Empty>This page is being built.</Empty>;
}
