/**
 * Peers: the seeker's cohort(s) with members, weekly check-ins and the links board; a form for
 * this week's check-in; and, for a seeker without a cohort, the suggested cohorts that include
 * them (a coach forms one in a click) or an existing cohort to join.
 */
import { useId, useState, type FormEvent } from 'react';
import { check, gql } from '../api';
import { graphql } from '../gql';
import type { CheckInStatus, PeersTabCohortsQuery, PeersTabSuggestionsQuery } from '../gql/graphql';
import { href } from '../router';
import { ActionButton, Async, Badge, Card, Empty, ErrorBox, when } from '../ui';
import { useQuery } from '../use-query';
import { isStaff, useViewer } from '../viewer';
import './tabs-b.css';

const PeersTabMembershipDoc = graphql(`
  query PeersTabMembership($seekerId: ID!, $after: String) {
    seeker(id: $seekerId) {
      id
      name
    }
    cohorts(first: 100, after: $after) {
      nodes {
        id
        name
        members {
          id
        }
        peers {
          seekerId
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PeersTabCohortsDoc = graphql(`
  query PeersTabCohorts($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Cohort {
        id
        name
        field
        stage
        hashtag
        termStart
        termEnd
        members {
          id
          name
        }
        peers {
          seekerId
          name
          city
          stage
          xHandle
        }
        checkIns {
          id
          seekerId
          week
          goal
          status
          note
          createdAt
        }
        links {
          url
          canonicalUrl
          title
          shares
          sharerIds
          lastAt
        }
        xList {
          name
          usernames
        }
      }
    }
  }
`);

const PeersTabSuggestionsDoc = graphql(`
  query PeersTabSuggestions {
    cohortSuggestions {
      suggestedName
      suggestedHashtag
      field
      stage
      place
      reasons
      members {
        id
        name
      }
    }
  }
`);

const PeersTabCheckInDoc = graphql(`
  mutation PeersTabCheckIn($input: AddCohortCheckInInput!) {
    addCohortCheckIn(input: $input) {
      checkIn {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const PeersTabShareLinkDoc = graphql(`
  mutation PeersTabShareLink($input: ShareCohortLinkInput!) {
    shareCohortLink(input: $input) {
      link {
        url
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const PeersTabCreateCohortDoc = graphql(`
  mutation PeersTabCreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      cohort {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const PeersTabAddMemberDoc = graphql(`
  mutation PeersTabAddMember($input: AddCohortMemberInput!) {
    addCohortMember(input: $input) {
      cohort {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const PeersTabRemoveMemberDoc = graphql(`
  mutation PeersTabRemoveMember($input: RemoveCohortMemberInput!) {
    removeCohortMember(input: $input) {
      cohort {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

type CohortNode = PeersTabCohortsQuery['nodes'][number];
type Cohort = Extract<NonNullable<CohortNode>, { __typename?: 'Cohort'; checkIns: unknown }>;
type Suggestion = PeersTabSuggestionsQuery['cohortSuggestions'][number];

interface PeersData {
  seekerName: string;
  mine: Cohort[];
  /** Every cohort the caller may see, for "add to an existing cohort". */
  all: { id: string; name: string }[];
}

const STATUSES: CheckInStatus[] = ['ON_TRACK', 'DONE', 'BLOCKED', 'MISSED'];
const STATUS_LABEL: Record<CheckInStatus, string> = {
  ON_TRACK: 'On track',
  DONE: 'Done',
  BLOCKED: 'Blocked',
  MISSED: 'Missed',
};
const STATUS_TONE: Record<CheckInStatus, string> = {
  ON_TRACK: 'ok',
  DONE: 'ok',
  BLOCKED: 'bad',
  MISSED: 'warn',
};

/** The cohorts query has no seeker filter: staff page through every cohort and keep theirs. */
async function loadPeers(seekerId: string): Promise<PeersData> {
  let after: string | null | undefined;
  let seekerName = '';
  const all: { id: string; name: string }[] = [];
  const mineIds: string[] = [];
  for (let page = 0; page < 20; page++) {
    const d = await gql(PeersTabMembershipDoc, { seekerId, after });
    seekerName = d.seeker.name;
    for (const c of d.cohorts.nodes) {
      all.push({ id: c.id, name: c.name });
      const member =
        c.members.some((m) => m.id === seekerId) || c.peers.some((p) => p.seekerId === seekerId);
      if (member) mineIds.push(c.id);
    }
    if (!d.cohorts.pageInfo.hasNextPage) break;
    after = d.cohorts.pageInfo.endCursor;
  }
  if (!mineIds.length) return { seekerName, mine: [], all };
  const details = await gql(PeersTabCohortsDoc, { ids: mineIds });
  const mine = details.nodes.filter((n): n is Cohort => !!n && 'checkIns' in n);
  return { seekerName, mine, all };
}

export function PeersTab({ seekerId }: { seekerId: string }) {
  const v = useViewer();
  const staff = isStaff(v);
  const canWrite = v.viewer.role !== null && v.viewer.role !== 'VIEWER';
  const q = useQuery(() => loadPeers(seekerId), [seekerId]);
  return (
    <Async q={q} what="Loading cohorts">
      {(d) => (
        <>
          <Card title="This week’s check-in">
            {d.mine.length === 0 ? (
              <Empty>
                {staff ? `${d.seekerName} is` : 'You are'} not in a cohort yet, so there is nothing
                to check in to.{' '}
                {staff
                  ? 'Form a cohort from a suggestion below, or add them to an existing cohort.'
                  : 'Your coach forms cohorts; ask them to add you to one.'}
              </Empty>
            ) : canWrite ? (
              <CheckInForm
                seekerId={seekerId}
                seekerName={d.seekerName}
                self={!staff}
                cohorts={d.mine}
                onDone={q.reload}
              />
            ) : (
              <p className="muted">Viewers see check-ins but do not add them.</p>
            )}
          </Card>
          {d.mine.map((c) => (
            <CohortCard
              key={c.id}
              cohort={c}
              seekerId={seekerId}
              seekerName={d.seekerName}
              staff={staff}
              canWrite={canWrite}
              onChange={q.reload}
            />
          ))}
          {d.mine.length === 0 && staff && (
            <NoCohort
              seekerId={seekerId}
              seekerName={d.seekerName}
              cohorts={d.all}
              canWrite={canWrite}
              onChange={q.reload}
            />
          )}
        </>
      )}
    </Async>
  );
}

/** A form's submit with busy and error state (the kit's ActionButton covers single buttons). */
function useSubmit(action: () => Promise<unknown>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    action()
      .catch((err: unknown) => setError(err instanceof Error ? err : new Error(String(err))))
      .finally(() => setBusy(false));
  };
  return { busy, error, onSubmit };
}

/** A YYYY-MM-DD day as written, whatever the browser's time zone (midnight UTC may be yesterday). */
function day(d: string | null | undefined): string {
  return d ? when(`${d}T12:00:00Z`) : '–';
}

/** "Nov 23": a week of this year in the table needs no year. */
function shortDay(d: string): string {
  const date = new Date(`${d}T12:00:00Z`);
  const sameYear = date.getFullYear() === new Date().getFullYear();
  return date.toLocaleDateString(undefined, {
    month: 'short',
    day: 'numeric',
    ...(sameYear ? {} : { year: 'numeric' }),
  });
}

/** Monday of the current week (UTC), as the API keys check-ins. */
function thisWeek(): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

function CheckInForm({
  seekerId,
  seekerName,
  self,
  cohorts,
  onDone,
}: {
  seekerId: string;
  seekerName: string;
  /** The seeker checking in for themself. */
  self: boolean;
  cohorts: Cohort[];
  onDone: () => void;
}) {
  const id = useId();
  const [cohortId, setCohortId] = useState(cohorts[0].id);
  const cohort = cohorts.find((c) => c.id === cohortId) ?? cohorts[0];
  const week = thisWeek();
  const existing = cohort.checkIns.find((k) => k.seekerId === seekerId && k.week === week);
  const [goal, setGoal] = useState(existing?.goal ?? '');
  const [status, setStatus] = useState<CheckInStatus>(existing?.status ?? 'ON_TRACK');
  const [note, setNote] = useState(existing?.note ?? '');
  const [saved, setSaved] = useState(false);
  const submit = useSubmit(async () => {
    setSaved(false);
    check(
      (
        await gql(PeersTabCheckInDoc, {
          input: {
            cohortId: cohort.id,
            seekerId,
            goal: goal.trim(),
            status,
            note: note.trim() || null,
          },
        })
      ).addCohortCheckIn,
    );
    setSaved(true);
    onDone();
  });
  return (
    <form onSubmit={submit.onSubmit} aria-describedby={`${id}-hint`}>
      <p className="muted" id={`${id}-hint`}>
        {self ? 'Your' : `${seekerName}’s`} goal for the week of {day(week)} and how it is going.{' '}
        {existing ? 'There is one for this week already; saving again updates it.' : ''}
      </p>
      {cohorts.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-cohort`}>Cohort</label>
          <select
            id={`${id}-cohort`}
            value={cohort.id}
            onChange={(e) => setCohortId(e.target.value)}
          >
            {cohorts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="tb-form-row">
        <div className="field tb-grow">
          <label htmlFor={`${id}-goal`}>Goal</label>
          <input
            id={`${id}-goal`}
            required
            maxLength={500}
            value={goal}
            placeholder="e.g. Two informational interviews"
            onChange={(e) => setGoal(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={status}
            onChange={(e) => setStatus(e.target.value as CheckInStatus)}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note</label>
        <textarea
          id={`${id}-note`}
          maxLength={2000}
          value={note}
          placeholder="Optional: what helped, what is in the way"
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={submit.busy}>
          Add check-in
        </button>
        {saved && !submit.busy && (
          <span role="status" className="muted">
            Saved.
          </span>
        )}
      </div>
      <ErrorBox error={submit.error} />
    </form>
  );
}

function CohortCard({
  cohort: c,
  seekerId,
  seekerName,
  staff,
  canWrite,
  onChange,
}: {
  cohort: Cohort;
  seekerId: string;
  seekerName: string;
  staff: boolean;
  canWrite: boolean;
  onChange: () => void;
}) {
  const names = new Map<string, string>();
  for (const p of c.peers) names.set(p.seekerId, p.name);
  for (const m of c.members) names.set(m.id, m.name);
  const term = c.termStart || c.termEnd ? `${day(c.termStart)} – ${day(c.termEnd)}` : 'no term set';
  return (
    <Card title={c.name}>
      <p className="muted">
        {[c.field, c.stage?.replace(/_/g, ' '), c.hashtag ? `#${c.hashtag}` : null, term]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <div className="grid">
        <Members cohort={c} seekerId={seekerId} staff={staff} />
        <LinksBoard
          cohort={c}
          staff={staff}
          names={names}
          seekerId={seekerId}
          seekerName={seekerName}
          canWrite={canWrite}
          onChange={onChange}
        />
      </div>
      <CheckIns cohort={c} names={names} seekerId={seekerId} />
      {staff && canWrite && (
        <p className="actions">
          <ActionButton
            kind="danger"
            onAction={async () => {
              if (!window.confirm(`Remove ${seekerName} from ${c.name}?`)) return;
              check(
                (
                  await gql(PeersTabRemoveMemberDoc, {
                    input: { cohortId: c.id, seekerId },
                  })
                ).removeCohortMember,
              );
              onChange();
            }}
          >
            Remove {seekerName} from this cohort
          </ActionButton>
        </p>
      )}
    </Card>
  );
}

function Members({
  cohort: c,
  seekerId,
  staff,
}: {
  cohort: Cohort;
  seekerId: string;
  staff: boolean;
}) {
  const peers = new Map(c.peers.map((p) => [p.seekerId, p]));
  // Staff see every member they coach; a seeker sees the peers who agreed to be shown.
  const rows = staff
    ? c.members.map((m) => ({ id: m.id, name: m.name, peer: peers.get(m.id) }))
    : c.peers.map((p) => ({ id: p.seekerId, name: p.name, peer: p }));
  return (
    <div>
      <h3>Members ({rows.length})</h3>
      {rows.length === 0 ? (
        <Empty>No members you may see yet.</Empty>
      ) : (
        <ul className="plain">
          {rows.map((m) => (
            <li key={m.id}>
              {staff ? <a href={href('seekers', m.id)}>{m.name}</a> : <strong>{m.name}</strong>}
              {m.id === seekerId && (staff ? ' (this seeker)' : ' (you)')}
              <div className="muted">
                {m.peer
                  ? [
                      m.peer.stage.replace(/_/g, ' '),
                      m.peer.city,
                      m.peer.xHandle && `@${m.peer.xHandle}`,
                    ]
                      .filter(Boolean)
                      .join(' · ')
                  : 'Hidden from peers (no peer-matching consent)'}
              </div>
            </li>
          ))}
        </ul>
      )}
      {c.xList.usernames.length > 1 && (
        <p className="muted">
          Shared X list to create, “{c.xList.name}”:{' '}
          {c.xList.usernames.map((u) => `@${u}`).join(', ')}
        </p>
      )}
    </div>
  );
}

function CheckIns({
  cohort: c,
  names,
  seekerId,
}: {
  cohort: Cohort;
  names: Map<string, string>;
  seekerId: string;
}) {
  const [all, setAll] = useState(false);
  const weeks = [...new Set(c.checkIns.map((k) => k.week))];
  const shownWeeks = new Set(all ? weeks : weeks.slice(0, 4));
  const rows = c.checkIns.filter((k) => shownWeeks.has(k.week));
  return (
    <>
      <h3>Weekly check-ins</h3>
      {rows.length === 0 ? (
        <Empty>No check-ins yet. Add this week’s goal with the form above.</Empty>
      ) : (
        <div className="table-wrap">
          <table aria-label={`Check-ins of ${c.name}`}>
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col">Member</th>
                <th scope="col">Goal</th>
                <th scope="col">Status</th>
                <th scope="col" className="hide-narrow">
                  Note
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((k) => (
                <tr key={k.id} className={k.seekerId === seekerId ? 'tb-self' : undefined}>
                  <td className="tb-nowrap">{shortDay(k.week)}</td>
                  <td>{names.get(k.seekerId) ?? 'A member'}</td>
                  <td className="tb-wrap">{k.goal}</td>
                  <td>
                    <Badge tone={STATUS_TONE[k.status]}>{STATUS_LABEL[k.status]}</Badge>
                  </td>
                  <td className="hide-narrow tb-wrap">{k.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {weeks.length > 4 && (
        <button type="button" className="linklike" onClick={() => setAll(!all)}>
          {all ? 'Show the last four weeks' : `Show all ${weeks.length} weeks`}
        </button>
      )}
    </>
  );
}

function LinksBoard({
  cohort: c,
  staff,
  names,
  seekerId,
  seekerName,
  canWrite,
  onChange,
}: {
  cohort: Cohort;
  staff: boolean;
  names: Map<string, string>;
  seekerId: string;
  seekerName: string;
  canWrite: boolean;
  onChange: () => void;
}) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const submit = useSubmit(async () => {
    check(
      (
        await gql(PeersTabShareLinkDoc, {
          input: { cohortId: c.id, seekerId, url: url.trim(), title: title.trim() || null },
        })
      ).shareCohortLink,
    );
    setUrl('');
    setTitle('');
    onChange();
  });
  return (
    <div>
      <h3>Links board</h3>
      {c.links.length === 0 ? (
        <Empty>No links shared yet. Share a useful article or job board below.</Empty>
      ) : (
        <ul className="plain">
          {c.links.map((l) => (
            <li key={l.canonicalUrl}>
              <a href={l.url} target="_blank" rel="noreferrer" className="tb-wrap">
                {l.title ?? l.canonicalUrl}
              </a>
              <div className="muted">
                {l.shares} {l.shares === 1 ? 'share' : 'shares'} · by{' '}
                {l.sharerIds.map((s) => names.get(s) ?? 'a member').join(', ')} · {when(l.lastAt)}
              </div>
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <form onSubmit={submit.onSubmit} className="tb-compact">
          <div className="field">
            <label htmlFor={`${id}-url`}>Link to share{staff ? ` for ${seekerName}` : ''}</label>
            <input
              id={`${id}-url`}
              type="url"
              required
              placeholder="https://…"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-title`}>Link title (optional)</label>
            <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} />
          </div>
          <button type="submit" className="btn btn-secondary" disabled={submit.busy}>
            Share link
          </button>
          <ErrorBox error={submit.error} />
        </form>
      )}
    </div>
  );
}

/** A seeker with no cohort: the suggestions that include them, or an existing cohort to join. */
function NoCohort({
  seekerId,
  seekerName,
  cohorts,
  canWrite,
  onChange,
}: {
  seekerId: string;
  seekerName: string;
  cohorts: { id: string; name: string }[];
  canWrite: boolean;
  onChange: () => void;
}) {
  const q = useQuery(() => gql(PeersTabSuggestionsDoc), []);
  return (
    <Card title="Cohort suggestions">
      <Async q={q} what="Finding peers">
        {(d) => {
          const mine = d.cohortSuggestions.filter((s) => s.members.some((m) => m.id === seekerId));
          return mine.length === 0 ? (
            <Empty>
              No suggested cohort includes {seekerName}. Suggestions group seekers who agreed to
              peer matching (the PEER_MATCHING consent on the Profile tab) at the same stage, in the
              same field and near each other.
            </Empty>
          ) : (
            <ul className="plain">
              {mine.map((s) => (
                <SuggestionItem
                  key={s.suggestedHashtag}
                  s={s}
                  canWrite={canWrite}
                  onChange={onChange}
                />
              ))}
            </ul>
          );
        }}
      </Async>
      {canWrite && cohorts.length > 0 && (
        <AddToCohort
          seekerId={seekerId}
          seekerName={seekerName}
          cohorts={cohorts}
          onDone={onChange}
        />
      )}
    </Card>
  );
}

function SuggestionItem({
  s,
  canWrite,
  onChange,
}: {
  s: Suggestion;
  canWrite: boolean;
  onChange: () => void;
}) {
  return (
    <li>
      <h3>{s.suggestedName}</h3>
      <p>
        {s.reasons.join(' · ')} · #{s.suggestedHashtag}
      </p>
      <p className="muted">Members: {s.members.map((m) => m.name).join(', ')}</p>
      {canWrite && (
        <ActionButton
          label={`Create this cohort: ${s.suggestedName}`}
          onAction={async () => {
            check(
              (
                await gql(PeersTabCreateCohortDoc, {
                  input: {
                    name: s.suggestedName,
                    hashtag: s.suggestedHashtag,
                    field: s.field,
                    stage: s.stage,
                    memberIds: s.members.map((m) => m.id),
                  },
                })
              ).createCohort,
            );
            onChange();
          }}
        >
          Create this cohort
        </ActionButton>
      )}
    </li>
  );
}

function AddToCohort({
  seekerId,
  seekerName,
  cohorts,
  onDone,
}: {
  seekerId: string;
  seekerName: string;
  cohorts: { id: string; name: string }[];
  onDone: () => void;
}) {
  const id = useId();
  const [cohortId, setCohortId] = useState(cohorts[0].id);
  const submit = useSubmit(async () => {
    check((await gql(PeersTabAddMemberDoc, { input: { cohortId, seekerId } })).addCohortMember);
    onDone();
  });
  return (
    <form onSubmit={submit.onSubmit} className="tb-compact">
      <h3>Add to an existing cohort</h3>
      <div className="tb-form-row">
        <div className="field">
          <label htmlFor={`${id}-cohort`}>Existing cohort</label>
          <select
            id={`${id}-cohort`}
            value={cohortId}
            onChange={(e) => setCohortId(e.target.value)}
          >
            {cohorts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field tb-end">
          <button type="submit" className="btn btn-secondary" disabled={submit.busy}>
            Add {seekerName}
          </button>
        </div>
      </div>
      <ErrorBox error={submit.error} />
    </form>
  );
}
