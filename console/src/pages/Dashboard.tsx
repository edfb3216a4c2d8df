import { useMemo, useState } from 'react';
import { check, gql } from '../api';
import { graphql } from '../gql';
import type { CaseloadCohortsQuery, CaseloadQuery } from '../gql/graphql';
import { go, href } from '../router';
import {
  Async,
  Badge,
  Card,
  Empty,
  ErrorBox,
  PageTitle,
  plural,
  ScrollBox,
  Sparkline,
  when,
  words,
} from '../ui';
import { Input, loadAll, useSubmit } from '../ui/forms';
import { seekerStatus } from '../shared/seeker-status';
import { useQuery } from '../use-query';
import { canWrite, useViewer } from '../viewer';

const CaseloadDoc = graphql(`
  query Caseload {
    caseload(first: 2000) {
      seeker {
        id
        name
        status
        targetRoles
        coaches {
          id
          name
        }
      }
      companiesTargeted
      companiesResearched
      outreachMoves30d
      checkIns30d
      eventsJoined
      openApplications
      newJobMatches
      pipelineStage
      voiceScore
      voiceTrend {
        month
        score
        posts
      }
      lastActivityAt
      xConnected
      atRisk {
        reason
        detail
      }
    }
  }
`);

// Cohorts for the cohort filter: a second query, so the table never waits for it; every page
// of them, so an organization with many cohorts can still filter by its newest.
const CaseloadCohortsDoc = graphql(`
  query CaseloadCohorts($after: String) {
    cohorts(first: 100, after: $after) {
      nodes {
        id
        name
        members {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const CreateSeekerDoc = graphql(`
  mutation CaseloadCreateSeeker($input: CreateSeekerInput!) {
    createSeeker(input: $input) {
      seeker {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

type Entry = CaseloadQuery['caseload'][number];
type Cohort = CaseloadCohortsQuery['cohorts']['nodes'][number];
type SortKey = 'name' | 'risk' | 'activity' | 'voice' | 'stage';
const STAGE_RANK: Record<string, number> = { SAVED: 1, APPLIED: 2, INTERVIEWING: 3, OFFER: 4 };
const FLAG_LABEL: Record<string, string> = {
  QUIET: 'Quiet 2 weeks',
  STALLED_PIPELINE: 'Stalled pipeline',
  CONSENT_MISSING: 'Consent missing',
};

/** Each key's natural first order (most at risk, most recent, best score, furthest stage first). */
const compare: Record<SortKey, (a: Entry, b: Entry) => number> = {
  name: (a, b) => a.seeker.name.localeCompare(b.seeker.name),
  risk: (a, b) => b.atRisk.length - a.atRisk.length,
  activity: (a, b) => (b.lastActivityAt ?? '').localeCompare(a.lastActivityAt ?? ''),
  voice: (a, b) => (b.voiceScore ?? -1) - (a.voiceScore ?? -1),
  stage: (a, b) =>
    (STAGE_RANK[b.pipelineStage ?? ''] ?? 0) - (STAGE_RANK[a.pipelineStage ?? ''] ?? 0),
};

export function Dashboard() {
  const viewer = useViewer();
  const q = useQuery(() => gql(CaseloadDoc), []);
  const cohorts = useQuery(
    () => loadAll((after) => gql(CaseloadCohortsDoc, { after }).then((d) => d.cohorts)),
    [],
  );
  const [adding, setAdding] = useState(false);
  return (
    <>
      <PageTitle
        actions={
          canWrite(viewer) &&
          !adding && (
            <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
              Add a seeker
            </button>
          )
        }
      >
        Caseload
      </PageTitle>
      {adding && <AddSeeker onCancel={() => setAdding(false)} />}
      <Async q={q} what="Loading your caseload">
        {(d) => <CaseloadTable entries={d.caseload} cohorts={cohorts.data ?? []} />}
      </Async>
    </>
  );
}

/**
 * A new seeker joins the roster without a seat (an admin gives one on Seats & license); a coach
 * who adds one is their coach. Their page opens next, where they can be invited to sign in.
 */
function AddSeeker({ onCancel }: { onCancel: () => void }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState('');
  const { busy, error, onSubmit } = useSubmit(async () => {
    const p = check(
      (
        await gql(CreateSeekerDoc, {
          input: {
            name: name.trim(),
            email: email.trim(),
            targetRoles: roles
              .split(',')
              .map((r) => r.trim())
              .filter(Boolean),
          },
        })
      ).createSeeker,
    );
    if (p.seeker) go('seekers', p.seeker.id, 'profile');
  });
  return (
    <Card title="Add a seeker">
      <form onSubmit={onSubmit} aria-label="Add a seeker">
        <div className="filters">
          <Input label="Name" required value={name} onChange={setName} autoComplete="off" />
          <Input
            label="Email"
            type="email"
            required
            value={email}
            onChange={setEmail}
            autoComplete="off"
          />
          <Input
            label="Target roles"
            hint="Separate with commas"
            value={roles}
            onChange={setRoles}
          />
        </div>
        <ErrorBox error={error} />
        <div className="actions">
          <button className="btn btn-primary" type="submit" disabled={busy}>
            {busy ? 'Adding…' : 'Add seeker'}
          </button>{' '}
          <button type="button" className="btn btn-secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </Card>
  );
}

function CaseloadTable({ entries, cohorts }: { entries: Entry[]; cohorts: Cohort[] }) {
  const [search, setSearch] = useState('');
  const [flag, setFlag] = useState('');
  const [stage, setStage] = useState('');
  const [coach, setCoach] = useState('');
  const [cohort, setCohort] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; reversed: boolean }>({
    key: 'risk',
    reversed: false,
  });
  const coaches = useMemo(() => {
    const byId = new Map<string, string>();
    for (const e of entries) for (const c of e.seeker.coaches) byId.set(c.id, c.name);
    return [...byId].sort((a, b) => a[1].localeCompare(b[1]));
  }, [entries]);
  const rows = useMemo(() => {
    const s = search.trim().toLowerCase();
    const inCohort = cohort
      ? new Set(cohorts.find((c) => c.id === cohort)?.members.map((m) => m.id) ?? [])
      : null;
    const sign = sort.reversed ? -1 : 1;
    return entries
      .filter(
        (e) =>
          !s ||
          e.seeker.name.toLowerCase().includes(s) ||
          e.seeker.targetRoles.some((r) => r.toLowerCase().includes(s)),
      )
      .filter(
        (e) =>
          !flag || (flag === 'ANY' ? e.atRisk.length > 0 : e.atRisk.some((f) => f.reason === flag)),
      )
      .filter((e) => !stage || (stage === 'NONE' ? !e.pipelineStage : e.pipelineStage === stage))
      .filter((e) =>
        !coach
          ? true
          : coach === 'NONE'
            ? e.seeker.coaches.length === 0
            : e.seeker.coaches.some((c) => c.id === coach),
      )
      .filter((e) => !inCohort || inCohort.has(e.seeker.id))
      .sort((a, b) => sign * (compare[sort.key](a, b) || compare.name(a, b)));
  }, [entries, cohorts, search, flag, stage, coach, cohort, sort]);
  const atRisk = entries.filter((e) => e.atRisk.length > 0).length;
  if (entries.length === 0) {
    return (
      <Empty>
        No seekers in your caseload yet. Add a seeker with the button above (you become their
        coach), or ask an admin to assign seekers to you — they appear here with their progress.
      </Empty>
    );
  }
  // aria-sort names the order the rows are really in; the name column's natural order is
  // ascending (A to Z), the others put the largest first.
  const header = (key: SortKey, label: string, className?: string) => {
    const on = sort.key === key;
    const ascending = (key === 'name') !== (on && sort.reversed);
    return (
      <th
        aria-sort={on ? (ascending ? 'ascending' : 'descending') : 'none'}
        scope="col"
        className={className}
      >
        <button
          type="button"
          onClick={() => setSort({ key, reversed: on ? !sort.reversed : false })}
          title={on ? 'Click to reverse the order' : undefined}
        >
          {label}
          {on ? (ascending ? ' ▴' : ' ▾') : ''}
        </button>
      </th>
    );
  };
  return (
    <>
      <p>
        <strong>{entries.length}</strong> seekers · <strong>{atRisk}</strong> need attention
      </p>
      <div className="filters" role="search">
        <div>
          <label htmlFor="search">Search</label>
          <input
            id="search"
            type="search"
            placeholder="Name or target role"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor="flag">At risk</label>
          <select id="flag" value={flag} onChange={(e) => setFlag(e.target.value)}>
            <option value="">Everyone</option>
            <option value="ANY">Any flag</option>
            {Object.entries(FLAG_LABEL).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="stage">Pipeline</label>
          <select id="stage" value={stage} onChange={(e) => setStage(e.target.value)}>
            <option value="">Any stage</option>
            <option value="NONE">No open applications</option>
            {Object.keys(STAGE_RANK).map((k) => (
              <option key={k} value={k}>
                {words(k)}
              </option>
            ))}
          </select>
        </div>
        {coaches.length > 1 && (
          <div>
            <label htmlFor="coach">Coach</label>
            <select id="coach" value={coach} onChange={(e) => setCoach(e.target.value)}>
              <option value="">Any coach</option>
              <option value="NONE">No coach yet</option>
              {coaches.map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        )}
        {cohorts.length > 0 && (
          <div>
            <label htmlFor="cohort">Cohort</label>
            <select id="cohort" value={cohort} onChange={(e) => setCohort(e.target.value)}>
              <option value="">Any cohort</option>
              {cohorts.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <ScrollBox label="Caseload">
        <table aria-label="Caseload">
          <thead>
            <tr>
              {header('name', 'Seeker')}
              {header('risk', 'Needs attention')}
              <th scope="col">Research</th>
              <th scope="col">Outreach (30 d)</th>
              <th scope="col">Check-ins (30 d)</th>
              <th scope="col">Events &amp; chats</th>
              {header('stage', 'Jobs pipeline')}
              {header('voice', 'Voice consistency, latest month')}
              {header('activity', 'Last active')}
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.seeker.id}>
                <td>
                  <a href={href('seekers', e.seeker.id)}>{e.seeker.name}</a>
                  <div className="muted">
                    {e.seeker.targetRoles.slice(0, 2).join(', ') || words(e.seeker.status)}
                  </div>
                </td>
                <td>
                  <div className="flags">
                    {e.seeker.status !== 'ACTIVE' ? (
                      <Badge>{seekerStatus(e.seeker.status)}</Badge>
                    ) : e.atRisk.length === 0 ? (
                      <Badge tone="ok">On track</Badge>
                    ) : (
                      e.atRisk.map((f) => (
                        <span key={f.reason} title={f.detail}>
                          <Badge tone={f.reason === 'QUIET' ? 'bad' : 'warn'}>
                            {FLAG_LABEL[f.reason]}
                          </Badge>
                        </span>
                      ))
                    )}
                  </div>
                </td>
                <td>
                  {e.companiesTargeted === 0 ? (
                    <span className="muted">no target companies</span>
                  ) : (
                    `${e.companiesResearched} of ${e.companiesTargeted} researched`
                  )}
                </td>
                <td>{e.outreachMoves30d}</td>
                <td>{e.checkIns30d}</td>
                <td>{e.eventsJoined}</td>
                <td>
                  {e.pipelineStage ? `${words(e.pipelineStage)} (${e.openApplications} open)` : '–'}
                  {e.newJobMatches > 0 && (
                    <div className="muted">
                      {plural(e.newJobMatches, 'new match', 'new matches')} this week
                    </div>
                  )}
                </td>
                <td>
                  <Sparkline
                    values={e.voiceTrend.map((p) => (p.posts > 0 ? p.score : null))}
                    max={100}
                    label={`Voice consistency by month for ${e.seeker.name}, 0 to 100: ${e.voiceTrend.map((p) => `${p.month} ${p.posts > 0 ? p.score : 'no posts'}`).join(', ') || 'no posts'}`}
                  />{' '}
                  {e.voiceScore ?? ''}
                  {latest(e) && <div className="muted">{latest(e)}</div>}
                </td>
                <td>{when(e.lastActivityAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {rows.length === 0 && (
        <Empty>
          No seeker matches these filters. Clear the search or set the filters back to “Everyone”,
          “Any stage”, “Any coach” and “Any cohort”.
        </Empty>
      )}
    </>
  );
}

/** The month the voice score is from ("Nov 2026"), since it is not always this month. */
function latest(e: Entry): string {
  const m = [...e.voiceTrend].reverse().find((p) => p.posts > 0)?.month;
  if (!m) return '';
  return new Date(`${m}-01T00:00:00Z`).toLocaleDateString(undefined, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
