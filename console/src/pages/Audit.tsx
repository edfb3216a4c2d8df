import { useState } from 'react';
import { gql } from '../api';
import { graphql } from '../gql';
import { href } from '../router';
import type { PageProps } from '../routes';
import { Async, Badge, Card, Empty, PageTitle, Table, whenTime, words } from '../ui';
import { loadAll } from '../ui/forms';
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
  query AuditPageStaff($after: String) {
    staffMembers(first: 100, after: $after) {
      nodes {
        id
        name
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

// Names for the log's seeker ids and for the seeker picker: the seekers the caller may see.
const SeekerNamesDoc = graphql(`
  query AuditPageSeekers($after: String) {
    seekers(first: 100, after: $after) {
      nodes {
        id
        name
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** `someField` → "some field". */
const spaced = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

/**
 * An audit action in plain words: `Query.voiceProfile` is "Read voice profile",
 * `Mutation.reviewVoiceDraft` "Review voice draft", `sso.saml.signIn` "SSO sign-in (SAML)".
 */
export function actionLabel(action: string): string {
  const [head, ...rest] = action.split('.');
  const tail = rest.join(' ');
  let text: string;
  if (head === 'Query') text = `read ${spaced(tail)}`;
  else if (head === 'Mutation') text = spaced(tail);
  else if (head === 'sso') text = `SSO sign-in (${rest[0]?.toUpperCase() ?? ''})`;
  else text = spaced(action.replace(/[._]/g, ' '));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

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
  const staff = useQuery(
    () => loadAll((a) => gql(StaffDoc, { after: a }).then((d) => d.staffMembers)),
    [],
  );
  const seekers = useQuery(
    () => loadAll((a) => gql(SeekerNamesDoc, { after: a }).then((d) => d.seekers)),
    [],
  );
  const names = new Map(staff.data?.map((s) => [s.id, s.name] as [string, string]) ?? []);
  const seekerNames = new Map((seekers.data ?? []).map((s) => [s.id, s.name] as [string, string]));
  const picker = [...(seekers.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <>
      <PageTitle>Audit log</PageTitle>
      <Card title="Every change, and every read of a seeker’s data">
        <div className="form-row">
          <div className="field">
            <label htmlFor="audit-seeker">Seeker</label>
            <select
              id="audit-seeker"
              value={seekerId}
              onChange={(e) => {
                setSeekerId(e.target.value);
                setAfter(null);
              }}
            >
              <option value="">Every seeker, and the organization’s own events</option>
              {/* A link from elsewhere may name a seeker not in the list (archived, say). */}
              {filter && !seekerNames.has(filter) && <option value={filter}>This seeker</option>}
              {picker.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <Async q={log} what="Loading the audit log">
          {(d) =>
            d.auditEvents.nodes.length === 0 ? (
              <Empty>
                Nothing recorded
                {filter ? ` about ${seekerNames.get(filter) ?? 'this seeker'}` : ''} yet.
              </Empty>
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
                        {e.actorRole && <div className="muted">{words(e.actorRole)}</div>}
                      </td>
                      <td>{e.via === 'apiKey' ? 'API key' : words(e.via)}</td>
                      <td title={e.action}>{actionLabel(e.action)}</td>
                      <td className="hide-narrow">
                        {e.seekerId ? (
                          seekerNames.has(e.seekerId) ? (
                            <a href={href('seekers', e.seekerId)}>{seekerNames.get(e.seekerId)}</a>
                          ) : (
                            <span className="muted">A seeker you cannot see</span>
                          )
                        ) : (
                          '—'
                        )}
                      </td>
                      <td>
                        <Badge tone={e.outcome === 'ok' ? 'ok' : 'warn'}>
                          {e.outcome === 'ok' ? 'Done' : words(e.outcome.split(':')[0])}
                        </Badge>
                        {e.outcome !== 'ok' && e.outcome.includes(':') && (
                          <div className="muted">
                            {words(e.outcome.split(':').slice(1).join(':'))}
                          </div>
                        )}
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
