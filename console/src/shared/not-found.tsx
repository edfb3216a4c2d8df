import { href } from '../router';
import { Empty } from '../ui';

export function NotFound({ what = 'page' }: { what?: string }) {
  return (
    <>
      <h1>Not found</h1>
      <Empty>
        There is no such {what} here, or it belongs to someone you do not coach.{' '}
        <a href={href()}>Back to your caseload</a>.
      </Empty>
    </>
  );
}
