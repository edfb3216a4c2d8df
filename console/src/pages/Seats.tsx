import { useState } from 'react';
import { check, gql } from '../api';
import { graphql } from '../gql';
import type { SeatsPageSeekersQuery, SeatsPageUsageQuery } from '../gql/graphql';
import { href } from '../router';
import type { PageProps } from '../routes';
import {
  ActionButton,
  Async,
  Badge,
  Bars,
  Card,
  Empty,
  ErrorBox,
  PageTitle,
  Progress,
  Stat,
  Table,
  when,
} from '../ui';
import { Input, loadAll, useSubmit } from '../ui/forms';
import { useQuery } from '../use-query';
import { canWrite, isManager, useViewer, type Viewer } from '../viewer';
import { RosterImportCard } from './RosterImport';
import './admin.css';

const UsageDoc = graphql(`
  query SeatsPageUsage {
    seatUsage {
      plan
      seatLimit
      used
      free
      termStart
      termEnd
      unassignedActiveSeekers
      byCoach {
        activeSeekers
        coach {
          id
          name
          active
        }
      }
    }
  }
`);

const SeekersDoc = graphql(`
  query SeatsPageSeekers($after: String, $status: SeekerStatus!) {
    seekers(first: 100, after: $after, status: $status) {
      nodes {
        id
        name
        status
        createdAt
        activatedAt
        coaches {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ActivateDoc = graphql(`
  mutation SeatsPageActivate($input: ActivateSeekerInput!) {
    activateSeeker(input: $input) {
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

const ArchiveDoc = graphql(`
  mutation SeatsPageArchive($input: ArchiveSeekerInput!) {
    archiveSeeker(input: $input) {
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

const LicenseDoc = graphql(`
  mutation SeatsPageUpdateLicense($input: UpdateLicenseInput!) {
    updateLicense(input: $input) {
      license {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

type Usage = SeatsPageUsageQuery['seatUsage'];
type Seeker = SeatsPageSeekersQuery['seekers']['nodes'][number];

const DAY_MS = 86_400_000;

/** Whole days between two YYYY-MM-DD dates, counted in UTC so DST cannot shift them. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** A licence date (YYYY-MM-DD) as a date, without the time zone moving it a day. */
const day = (d: string) => when(`${d}T12:00:00`);

export function SeatsPage(_: PageProps) {
  const viewer = useViewer();
  const usage = useQuery(() => gql(UsageDoc), []);
  const seekers = useQuery(
    () =>
      Promise.all(
        (['ACTIVE', 'INVITED'] as const).map((status) =>
          loadAll((after) => gql(SeekersDoc, { after, status }).then((d) => d.seekers)),
        ),
      ),
    [],
  );
  const reload = () => {
    usage.reload();
    seekers.reload();
  };
  return (
    <>
      <PageTitle>Seats &amp; license</PageTitle>
      <Async q={usage} what="Loading seat usage">
        {(d) => (
          <>
            <Card title="Seats">
              <SeatSummary usage={d.seatUsage} />
            </Card>
            <div className="grid">
              <Card title="Term">
                <Term usage={d.seatUsage} />
              </Card>
              <Card title="Usage by coach">
                <ByCoach usage={d.seatUsage} />
              </Card>
            </div>
          </>
        )}
      </Async>
      <Async q={seekers} what="Loading seekers">
        {([active, invited]) => (
          <>
            <Card title="Who fills the seats">
              <ActiveSeekers seekers={active} viewer={viewer} onChange={reload} />
            </Card>
            <Card title="Waiting for a seat">
              <InvitedSeekers seekers={invited} viewer={viewer} onChange={reload} />
            </Card>
          </>
        )}
      </Async>
      {isManager(viewer) && (
        <Card title="Import a roster">
          <RosterImportCard onImported={reload} />
        </Card>
      )}
      {viewer.viewer.role === 'OWNER' && usage.data && (
        <Card title="Change the licence">
          <LicenseForm usage={usage.data.seatUsage} onSaved={reload} />
        </Card>
      )}
    </>
  );
}

function SeatSummary({ usage }: { usage: Usage }) {
  const full = usage.free === 0;
  return (
    <>
      <p>
        <Progress value={usage.used} max={usage.seatLimit} label="Seats used" />{' '}
        {full ? (
          <Badge tone="bad">Full</Badge>
        ) : usage.free <= Math.max(1, Math.round(usage.seatLimit * 0.1)) ? (
          <Badge tone="warn">Almost full</Badge>
        ) : null}
      </p>
      <div className="stats">
        <Stat value={usage.used} label="seats used" />
        <Stat value={usage.free} label="free" />
        <Stat value={usage.seatLimit} label={<>on the “{usage.plan}” plan</>} />
      </div>
      <p className="muted">
        Each active seeker holds one seat. Archiving a seeker gives their seat back; their history
        stays.
        {full &&
          ' The licence is full: archive a seeker who has finished, or ask the owner for more seats.'}
      </p>
    </>
  );
}

function Term({ usage }: { usage: Usage }) {
  const today = new Date().toISOString().slice(0, 10);
  const length = Math.max(1, daysBetween(usage.termStart, usage.termEnd) + 1);
  const left = daysBetween(today, usage.termEnd);
  const elapsed = Math.min(length, Math.max(0, daysBetween(usage.termStart, today) + 1));
  return (
    <>
      <dl className="kv">
        <dt>Starts</dt>
        <dd>{day(usage.termStart)}</dd>
        <dt>Ends</dt>
        <dd>{day(usage.termEnd)}</dd>
        <dt>Left</dt>
        <dd>
          {left < 0 ? (
            <Badge tone="bad">Ended {-left} days ago</Badge>
          ) : today < usage.termStart ? (
            `Starts in ${daysBetween(today, usage.termStart)} days`
          ) : (
            <>
              {left} days {left <= 30 && <Badge tone="warn">Renew soon</Badge>}
            </>
          )}
        </dd>
      </dl>
      <p>
        <Progress value={elapsed} max={length} label="Days of the term gone" />{' '}
        <span className="muted">days gone</span>
      </p>
    </>
  );
}

function ByCoach({ usage }: { usage: Usage }) {
  const rows = [...usage.byCoach]
    .sort((a, b) => b.activeSeekers - a.activeSeekers)
    .map((c) => ({
      label: c.coach.active ? c.coach.name : `${c.coach.name} (deactivated)`,
      value: c.activeSeekers,
    }));
  if (usage.unassignedActiveSeekers > 0) {
    rows.push({ label: 'No coach', value: usage.unassignedActiveSeekers });
  }
  if (rows.length === 0) {
    return <Empty>No active seekers yet. Give an invited seeker a seat below.</Empty>;
  }
  return (
    <>
      <Bars
        label={`Active seekers by coach: ${rows.map((r) => `${r.label} ${r.value}`).join(', ')}`}
        rows={rows}
      />
      <p className="muted">
        A seeker with two coaches counts for both.
        {usage.unassignedActiveSeekers > 0 &&
          ` ${usage.unassignedActiveSeekers} active ${usage.unassignedActiveSeekers === 1 ? 'seeker has' : 'seekers have'} no coach: assign one from the seeker’s record.`}
      </p>
    </>
  );
}

function ActiveSeekers({
  seekers,
  viewer,
  onChange,
}: {
  seekers: Seeker[];
  viewer: Viewer;
  onChange: () => void;
}) {
  const [search, setSearch] = useState('');
  const mineOnly = viewer.viewer.role === 'COACH';
  if (seekers.length === 0) {
    return (
      <Empty>
        {mineOnly ? 'None of your seekers holds a seat.' : 'No seeker holds a seat.'} Give an
        invited seeker a seat from the list below.
      </Empty>
    );
  }
  const s = search.trim().toLowerCase();
  const rows = seekers
    .filter(
      (x) =>
        !s ||
        x.name.toLowerCase().includes(s) ||
        x.coaches.some((c) => c.name.toLowerCase().includes(s)),
    )
    .sort((a, b) => (b.activatedAt ?? '').localeCompare(a.activatedAt ?? ''));
  return (
    <>
      {mineOnly && <p className="muted">You see the seekers assigned to you.</p>}
      <div className="filters" role="search">
        <div>
          <label htmlFor="seat-search">Search</label>
          <input
            id="seat-search"
            type="search"
            placeholder="Seeker or coach"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
      </div>
      <Table
        label="Seekers holding a seat"
        columns={[
          'Seeker',
          'Coaches',
          { label: 'Seat since', narrow: true },
          canWrite(viewer) && { label: <span className="muted">Action</span> },
        ]}
      >
        {rows.map((x) => (
          <tr key={x.id}>
            <td>
              <a href={href('seekers', x.id)}>{x.name}</a>
            </td>
            <td>
              {x.coaches.map((c) => c.name).join(', ') || <Badge tone="warn">No coach</Badge>}
            </td>
            <td className="hide-narrow">{when(x.activatedAt)}</td>
            {canWrite(viewer) && (
              <td>
                <ActionButton
                  kind="danger"
                  label={`Archive ${x.name} and free the seat`}
                  confirm={`Archive ${x.name}? Their seat is freed; their history stays.`}
                  onAction={async () => {
                    check((await gql(ArchiveDoc, { input: { seekerId: x.id } })).archiveSeeker);
                    onChange();
                  }}
                >
                  Free seat
                </ActionButton>
              </td>
            )}
          </tr>
        ))}
      </Table>
      {rows.length === 0 && <Empty>No seeker matches “{search}”. Clear the search.</Empty>}
    </>
  );
}

function InvitedSeekers({
  seekers,
  viewer,
  onChange,
}: {
  seekers: Seeker[];
  viewer: Viewer;
  onChange: () => void;
}) {
  if (seekers.length === 0) {
    return (
      <Empty>
        Nobody is waiting. Seekers you add start here, without a seat, until someone gives them one.
      </Empty>
    );
  }
  return (
    <ul className="plain">
      {[...seekers]
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
        .map((x) => (
          <li key={x.id} className="actions">
            <a href={href('seekers', x.id)}>{x.name}</a>
            <span className="muted">added {when(x.createdAt)}</span>
            {canWrite(viewer) && (
              <ActionButton
                kind="secondary"
                label={`Give ${x.name} a seat`}
                onAction={async () => {
                  check((await gql(ActivateDoc, { input: { seekerId: x.id } })).activateSeeker);
                  onChange();
                }}
              >
                Give a seat
              </ActionButton>
            )}
          </li>
        ))}
    </ul>
  );
}

function LicenseForm({ usage, onSaved }: { usage: Usage; onSaved: () => void }) {
  const [plan, setPlan] = useState(usage.plan);
  const [seatLimit, setSeatLimit] = useState(String(usage.seatLimit));
  const [termStart, setTermStart] = useState(usage.termStart);
  const [termEnd, setTermEnd] = useState(usage.termEnd);
  const [saved, setSaved] = useState(false);
  const { busy, error, onSubmit } = useSubmit(async () => {
    setSaved(false);
    check(
      (
        await gql(LicenseDoc, {
          input: { plan: plan.trim(), seatLimit: Number(seatLimit), termStart, termEnd },
        })
      ).updateLicense,
    );
    setSaved(true);
    onSaved();
  });
  return (
    <form onSubmit={onSubmit} aria-label="Licence terms">
      <p className="muted">
        Owners only. The seat limit cannot go below the {usage.used} seats in use.
      </p>
      <div className="form-row">
        <Input label="Plan" type="text" required value={plan} onChange={setPlan} />
        <Input
          label="Seat limit"
          type="number"
          required
          min={usage.used}
          step={1}
          value={seatLimit}
          onChange={setSeatLimit}
        />
        <Input label="Term starts" type="date" required value={termStart} onChange={setTermStart} />
        <Input
          label="Term ends"
          type="date"
          required
          min={termStart}
          value={termEnd}
          onChange={setTermEnd}
        />
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save licence'}
        </button>
        <span role="status" className="muted">
          {saved ? 'Licence saved.' : ''}
        </span>
      </div>
      <ErrorBox error={error} />
    </form>
  );
}
