/**
 * Peers: the seeker's cohort(s) with members, weekly check-ins and the links board; a form for
 * this week's check-in; and, for a seeker without a cohort, the suggested cohorts that include
 * them (a coach forms one in a click) or an existing cohort to join.
 */
import { useId, useState } from 'react';
import { check, gql } from '../api';
import { graphql } from '../gql';
import type { CheckInStatus, PeersTabCohortsQuery } from '../gql/graphql';
import { href } from '../router';
import {
  addCohortMember,
  CHECK_IN_STATUS,
  CHECK_IN_STATUSES,
  CheckInBadge,
  CohortSuggestionsDoc,
  createSuggestedCohort,
  removeCohortMember,
  type CohortSuggestion,
} from '../shared/cohorts';
import { ActionButton, Async, Card, Empty, ErrorBox, Table, when } from '../ui';
import { Field, Input, loadAll, Select, TextArea, useSubmit } from '../ui/forms';
import { useQuery } from '../use-query';
import { canAct, isStaff, useViewer } from '../viewer';
import './tabs-b.css';

const PeersTabMembershipDoc = graphql(`
  query PeersTabMembership($seekerId: ID!) {
    seeker(id: $seekerId) {
      id
      name
    }
    cohorts(first: 100, seekerId: $seekerId) {
      nodes {
        id
      }
    }
  }
`);

// Staff may add the seeker to any cohort they can see, so the picker lists every one.
const PeersTabAllCohortsDoc = graphql(`
  query PeersTabAllCohorts($after: String) {
    cohorts(first: 100, after: $after) {
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

type CohortNode = PeersTabCohortsQuery['nodes'][number];
type Cohort = Extract<NonNullable<CohortNode>, { __typename?: 'Cohort'; checkIns: unknown }>;

interface PeersData {
  seekerName: string;
  mine: Cohort[];
  /** Every cohort the caller may see, for "add to an existing cohort". */
  all: { id: string; name: string }[];
}

async function loadPeers(seekerId: string, staff: boolean): Promise<PeersData> {
  const [membership, all] = await Promise.all([
    gql(PeersTabMembershipDoc, { seekerId }),
    staff
      ? loadAll((after) => gql(PeersTabAllCohortsDoc, { after }).then((d) => d.cohorts))
      : Promise.resolve([]),
  ]);
  const mineIds = membership.cohorts.nodes.map((c) => c.id);
  const seekerName = membership.seeker.name;
  const list = all.map((c) => ({ id: c.id, name: c.name }));
  if (!mineIds.length) return { seekerName, mine: [], all: list };
  const details = await gql(PeersTabCohortsDoc, { ids: mineIds });
  const mine = details.nodes.filter((n): n is Cohort => !!n && 'checkIns' in n);
  return { seekerName, mine, all: list };
}

export function PeersTab({ seekerId }: { seekerId: string }) {
  const v = useViewer();
  const staff = isStaff(v);
  const actor = canAct(v);
  const q = useQuery(() => loadPeers(seekerId, staff), [seekerId, staff]);
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
            ) : actor ? (
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
              actor={actor}
              onChange={q.reload}
            />
          ))}
          {d.mine.length === 0 && staff && (
            <NoCohort
              seekerId={seekerId}
              seekerName={d.seekerName}
              cohorts={d.all}
              actor={actor}
              onChange={q.reload}
            />
          )}
        </>
      )}
    </Async>
  );
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
        <Field label="Cohort">
          {(fid) => (
            <CohortSelect id={fid} cohorts={cohorts} value={cohort.id} onChange={setCohortId} />
          )}
        </Field>
      )}
      <div className="tb-form-row">
        <Input
          label="Goal"
          fieldClassName="field tb-grow"
          required
          maxLength={500}
          value={goal}
          placeholder="e.g. Two informational interviews"
          onChange={setGoal}
        />
        <Select
          label="Status"
          value={status}
          onChange={setStatus}
          options={CHECK_IN_STATUSES}
          format={(s) => CHECK_IN_STATUS[s].label}
        />
      </div>
      <TextArea
        label="Note"
        maxLength={2000}
        value={note}
        placeholder="Optional: what helped, what is in the way"
        onChange={setNote}
      />
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={submit.busy}>
          {existing ? 'Update this week’s check-in' : 'Add check-in'}
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
  actor,
  onChange,
}: {
  cohort: Cohort;
  seekerId: string;
  seekerName: string;
  staff: boolean;
  actor: boolean;
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
          actor={actor}
          onChange={onChange}
        />
      </div>
      <CheckIns cohort={c} names={names} seekerId={seekerId} />
      {staff && actor && (
        <p className="actions">
          <ActionButton
            kind="danger"
            confirm={`Remove ${seekerName} from ${c.name}?`}
            onAction={async () => {
              await removeCohortMember(c.id, seekerId);
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
        <Table
          label={`Check-ins of ${c.name}`}
          columns={['Week of', 'Member', 'Goal', 'Status', { label: 'Note', narrow: true }]}
        >
          {rows.map((k) => (
            <tr key={k.id} className={k.seekerId === seekerId ? 'tb-self' : undefined}>
              <td className="tb-nowrap">{shortDay(k.week)}</td>
              <td>{names.get(k.seekerId) ?? 'A member'}</td>
              <td className="tb-wrap">{k.goal}</td>
              <td>
                <CheckInBadge status={k.status} />
              </td>
              <td className="hide-narrow tb-wrap">{k.note ?? ''}</td>
            </tr>
          ))}
        </Table>
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
  actor,
  onChange,
}: {
  cohort: Cohort;
  staff: boolean;
  names: Map<string, string>;
  seekerId: string;
  seekerName: string;
  actor: boolean;
  onChange: () => void;
}) {
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
      {actor && (
        <form onSubmit={submit.onSubmit} className="tb-compact">
          <Field label={`Link to share${staff ? ` for ${seekerName}` : ''}`}>
            {(id) => (
              <input
                id={id}
                type="url"
                required
                placeholder="https://…"
                value={url}
                onChange={(e) => setUrl(e.target.value)}
              />
            )}
          </Field>
          <Input label="Link title (optional)" value={title} onChange={setTitle} />
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
  actor,
  onChange,
}: {
  seekerId: string;
  seekerName: string;
  cohorts: { id: string; name: string }[];
  actor: boolean;
  onChange: () => void;
}) {
  const q = useQuery(() => gql(CohortSuggestionsDoc), []);
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
                <SuggestionItem key={s.suggestedHashtag} s={s} actor={actor} onChange={onChange} />
              ))}
            </ul>
          );
        }}
      </Async>
      {actor && cohorts.length > 0 && (
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
  actor,
  onChange,
}: {
  s: CohortSuggestion;
  actor: boolean;
  onChange: () => void;
}) {
  return (
    <li>
      <h3>{s.suggestedName}</h3>
      <p>
        {s.reasons.join(' · ')} · #{s.suggestedHashtag}
      </p>
      <p className="muted">Members: {s.members.map((m) => m.name).join(', ')}</p>
      {actor && (
        <ActionButton
          label={`Create this cohort: ${s.suggestedName}`}
          onAction={async () => {
            await createSuggestedCohort(s);
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
  const [cohortId, setCohortId] = useState(cohorts[0].id);
  const submit = useSubmit(async () => {
    await addCohortMember(cohortId, seekerId);
    onDone();
  });
  return (
    <form onSubmit={submit.onSubmit} className="tb-compact">
      <h3>Add to an existing cohort</h3>
      <div className="tb-form-row">
        <Field label="Existing cohort">
          {(id) => (
            <CohortSelect id={id} cohorts={cohorts} value={cohortId} onChange={setCohortId} />
          )}
        </Field>
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

function CohortSelect({
  id,
  cohorts,
  value,
  onChange,
}: {
  id: string;
  cohorts: { id: string; name: string }[];
  value: string;
  onChange: (cohortId: string) => void;
}) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {cohorts.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </select>
  );
}
