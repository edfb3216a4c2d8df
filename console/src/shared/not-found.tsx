import { useContext } from 'react';
import { href } from '../router';
import { Empty } from '../ui';
import { ViewerContext } from '../viewer';

export function NotFound({ what = 'page' }: { what?: string }) {
  // A seeker has no caseload and coaches nobody: their way back is their own day.
  const self = useContext(ViewerContext)?.viewer.role === 'SEEKER';
  return (
    <>
      <h1>Not found</h1>
      <Empty>
        {self ? (
          <>
            There is no such {what} here, or it is not yours to see.{' '}
            <a href={href()}>Back to your day</a>.
          </>
        ) : (
          <>
            There is no such {what} here, or it belongs to someone you do not coach.{' '}
            <a href={href()}>Back to your caseload</a>.
          </>
        )}
      </Empty>
    </>
  );
}
