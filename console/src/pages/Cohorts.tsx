import type { PageProps } from '../routes';
import { Empty } from '../ui';

export function CohortsPage(_: PageProps) {
  return <Empty>This page is being built.</Empty>;
}
