import { useState } from 'react';
import { gql } from '../api';
import { graphql } from '../gql';
import { href } from '../router';
import type { PageProps } from '../routes';
import { Async, Badge, Card, Empty, PageTitle, Table, whenTime } from '../ui';
import { Input } from '../ui/forms';
import { useQuery } from '../use-query';
import { isManager, useViewer } from '../viewer';
import './admin.css';

const AuditDoc = graphql(`
  query AuditPage($seekerId: ID, $after: String) {
    auditEvents(seekerId: $seekerId, first: 50, after: $after) {
      nodes {
        id
        at
        actorKind
        actorId
        actorRole
        via
        action
        kind
        seekerId
        outcome
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const StaffDoc = graphql(`
  query AuditPageStaff {
    staffMembers(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

/** Who read or changed what: the organization's audit log, for owners and admins. */
export function AuditPage({ params }: PageProps) {
  if (!isManager(useViewer())) {
    return (
      <>
        <PageTitle>Audit log</PageTitle>
        <Empty>Owners and admins read the audit log.</Empty>
      </>
    );
  }
  return <Audit seekerId={params[0] ?? null} />;
}

function Audit({ seekerId: initial }: { seekerId: string | null }) {
  const [seekerId, setSeekerId] = useState(initial ?? '');
  const [after, setAfter] = useState<string | null>(null);
  const filter = seekerId.trim() || null;
  const log = useQuery(() => gql(AuditDoc, { seekerId: filter, after }), [filter, after]);
  const staff = useQuery(() => gql(StaffDoc, {}), []);
  const names = new Map(
    staff.data?.staffMembers.nodes.map((s) => [s.id, s.name] as [string, string]) ?? [],
  );
  return (
    <>
      <PageTitle>Audit log</PageTitle>
      <Card title="Every change, and every read of a seeker’s data">
        <div className="form-row">
          <Input
            label="Seeker id (optional)"
            type="text"
            placeholder="skr_…"
            value={seekerId}
            onChange={(v) => {
              setSeekerId(v);
              setAfter(null);
            }}
          />
        </div>
        <Async q={log} what="Loading the audit log">
          {(d) =>
            d.auditEvents.nodes.length === 0 ? (
              <Empty>Nothing recorded{filter ? ' about this seeker' : ''} yet.</Empty>
            ) : (
              <>
                <Table
                  label="Audit log"
                  columns={[
                    'When',
                    'Who',
                    'Via',
                    'What',
                    { label: 'Seeker', narrow: true },
                    'Outcome',
                  ]}
                >
                  {d.auditEvents.nodes.map((e) => (
                    <tr key={e.id}>
                      <td>{whenTime(e.at)}</td>
                      <td>
                        {e.actorId ? (names.get(e.actorId) ?? e.actorId) : 'Perch'}
                        {e.actorRole && <div className="muted">{e.actorRole}</div>}
                      </td>
                      <td>{e.via === 'apiKey' ? 'API key' : e.via}</td>
                      <td>
                        <code>{e.action}</code>
                      </td>
                      <td className="hide-narrow">
                        {e.seekerId ? <a href={href('seekers', e.seekerId)}>{e.seekerId}</a> : '—'}
                      </td>
                      <td>
                        <Badge tone={e.outcome === 'ok' ? 'ok' : 'warn'}>{e.outcome}</Badge>
                      </td>
                    </tr>
                  ))}
                </Table>
                {d.auditEvents.pageInfo.hasNextPage && (
                  <button
                    type="button"
                    className="btn btn-secondary"
                    onClick={() => setAfter(d.auditEvents.pageInfo.endCursor ?? null)}
                  >
                    Older
                  </button>
                )}
              </>
            )
          }
        </Async>
      </Card>
    </>
  );
}
