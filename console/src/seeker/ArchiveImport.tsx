import { useEffect, useState } from 'react';
import { gql, upload } from '../api';
import { graphql } from '../gql';
import { ActionButton, Async, Badge, Card, Empty, ErrorBox, plural, when, words } from '../ui';
import { useQuery } from '../use-query';

const ArchiveImportsDoc = graphql(`
  query ArchiveImportCardList($id: ID!) {
    seeker(id: $id) {
      id
      xArchiveImports {
        id
        status
        progress
        posts
        followers
        following
        bytes
        errorCode
        errorMessage
        createdAt
        finishedAt
        xUsername
      }
    }
  }
`);

const RUNNING = new Set(['PROCESSING']);

/**
 * The seeker's X archive (the zip X lets anyone download): upload it, and watch the import's
 * progress — a large archive takes a while, and the bar says how far it is.
 */
export function ArchiveImportCard({ seekerId }: { seekerId: string }) {
  const q = useQuery(() => gql(ArchiveImportsDoc, { id: seekerId }), [seekerId]);
  const [file, setFile] = useState<File | null>(null);
  const running = q.data?.seeker.xArchiveImports.some((i) => RUNNING.has(i.status)) ?? false;
  const { reload } = q;
  // Poll while an import runs; stop when it has finished.
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(reload, 1500);
    return () => clearInterval(timer);
  }, [running, reload]);
  return (
    <Card title="X archive import">
      <p className="muted">
        The archive X lets the seeker download (Settings → Your account → Download an archive)
        brings their whole history in, without paying X for reads.
      </p>
      <div className="field">
        <label htmlFor="archive-file">Archive (.zip)</label>
        <input
          id="archive-file"
          type="file"
          accept=".zip,application/zip"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      <ActionButton
        onAction={async () => {
          if (!file) throw new Error('Choose the archive zip first.');
          await upload(`/imports/x-archive?seekerId=${encodeURIComponent(seekerId)}`, file);
          reload();
        }}
      >
        Import archive
      </ActionButton>
      <Async q={q} what="Loading imports">
        {({ seeker }) =>
          seeker.xArchiveImports.length === 0 ? (
            <Empty>No archive imported yet.</Empty>
          ) : (
            <ul className="plain">
              {seeker.xArchiveImports.map((i) => (
                <li key={i.id}>
                  <Badge
                    tone={i.status === 'FAILED' ? 'bad' : i.status === 'COMPLETED' ? 'ok' : 'warn'}
                  >
                    {words(i.status)}
                  </Badge>{' '}
                  {when(i.createdAt)} · {(i.bytes / 1_048_576).toFixed(1)} MB
                  {i.xUsername ? ` · @${i.xUsername}` : ''}
                  <div>
                    <progress
                      value={Math.round(i.progress * 100)}
                      max={100}
                      aria-label={`Import of ${when(i.createdAt)}: ${Math.round(i.progress * 100)}% read`}
                    />{' '}
                    {Math.round(i.progress * 100)}% · {plural(i.posts, 'post')},{' '}
                    {plural(i.followers, 'follower')}, {i.following} following
                  </div>
                  {i.errorMessage && (
                    <ErrorBox
                      error={Object.assign(new Error(i.errorMessage), {
                        code: i.errorCode ?? 'FAILED',
                      })}
                    />
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Async>
    </Card>
  );
}
