import { useState } from 'react';
import { gql } from '../api';
import { graphql } from '../gql';
import type { ReportsPageOutcomesQuery, ReportsPageSeatsQuery } from '../gql/graphql';
import type { PageProps } from '../routes';
import { Async, Bars, Card, PageTitle, Stat, Table } from '../ui';
import { download } from '../ui/download';
import { loadAll } from '../ui/forms';
import { useQuery } from '../use-query';
import './admin.css';

const SeatsDoc = graphql(`
  query ReportsPageSeats($from: String, $to: String) {
    seatReport(from: $from, to: $to) {
      from
      to
      seatLimit
      used
      free
      peak
      seekersServed
      byCoach {
        coachId
        coachName
        seekers
        activeNow
      }
      utilization {
        date
        used
        peak
      }
      csv
    }
  }
`);

const OutcomesDoc = graphql(`
  query ReportsPageOutcomes($from: String, $to: String, $cohortId: ID) {
    outcomesReport(from: $from, to: $to, cohortId: $cohortId) {
      from
      to
      seekers
      metrics {
        capability
        metric
        seekers
        events
      }
      csv
    }
  }
`);

const CohortsDoc = graphql(`
  query ReportsPageCohorts($after: String) {
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

type Seats = ReportsPageSeatsQuery['seatReport'];
type Outcomes = ReportsPageOutcomesQuery['outcomesReport'];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Daily points grouped by month (a term of years would be thousands of bars): the peak of each. */
function byMonth(days: Seats['utilization']): { label: string; value: number }[] {
  const months = new Map<string, number>();
  for (const d of days) {
    const m = d.date.slice(0, 7);
    months.set(m, Math.max(months.get(m) ?? 0, d.peak));
  }
  return [...months].map(([label, value]) => ({ label, value }));
}

export function ReportsPage(_: PageProps) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [cohortId, setCohortId] = useState('');
  // Half-typed dates are not sent: the licence term stands until both are whole.
  const whole = DATE.test(from) && DATE.test(to);
  const term: { from: string | null; to: string | null } = whole
    ? { from, to }
    : { from: null, to: null };
  const seats = useQuery(() => gql(SeatsDoc, term), [term.from, term.to]);
  const outcomes = useQuery(
    () => gql(OutcomesDoc, { ...term, cohortId: cohortId || null }),
    [term.from, term.to, cohortId],
  );
  const cohorts = useQuery(
    () => loadAll((after) => gql(CohortsDoc, { after }).then((d) => d.cohorts)),
    [],
  );
  return (
    <>
      <PageTitle>Reports</PageTitle>
      <div className="filters">
        <div>
          <label htmlFor="report-from">From</label>
          <input
            id="report-from"
            type="date"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor="report-to">To</label>
          <input id="report-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
        <div>
          <label htmlFor="report-cohort">Cohort (outcomes)</label>
          <select id="report-cohort" value={cohortId} onChange={(e) => setCohortId(e.target.value)}>
            <option value="">All seekers</option>
            {cohorts.data?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted">Without dates the reports cover the licence term.</p>
      <Async q={seats} what="Loading the seat report">
        {(d) => <SeatReport r={d.seatReport} />}
      </Async>
      <Async q={outcomes} what="Loading the outcomes report">
        {(d) => <OutcomesReport r={d.outcomesReport} />}
      </Async>
    </>
  );
}

function SeatReport({ r }: { r: Seats }) {
  return (
    <Card title={`Seats, ${r.from} to ${r.to}`}>
      <div className="stats">
        <Stat value={`${r.used} / ${r.seatLimit}`} label="seats in use now" />
        <Stat value={r.free} label="free now" />
        <Stat value={r.peak} label="most at once in the term" />
        <Stat value={r.seekersServed} label="seekers served in the term" />
      </div>
      <Bars label="Most seats in use, by month" rows={byMonth(r.utilization)} />
      <Table
        label="Seekers served by coach"
        columns={['Coach', 'Seekers served', 'Holding a seat now']}
      >
        {r.byCoach.map((c) => (
          <tr key={c.coachId ?? 'none'}>
            <td>{c.coachName ?? 'No coach'}</td>
            <td>{c.seekers}</td>
            <td>{c.activeNow}</td>
          </tr>
        ))}
      </Table>
      <button
        type="button"
        className="btn btn-secondary"
        onClick={() => download(`seats-${r.from}-${r.to}.csv`, r.csv, 'text/csv')}
      >
        Download daily seats (CSV)
      </button>
    </Card>
  );
}

function OutcomesReport({ r }: { r: Outcomes }) {
  return (
    <Card title={`Outcomes, ${r.from} to ${r.to}`}>
      <p className="muted">
        {r.seekers} seekers in scope. Counts of 1 to 4 are shown as “&lt;5” so no student can be
        picked out.
      </p>
      <Table label="Activity and outcomes" columns={['Capability', 'What', 'Seekers', 'Times']}>
        {r.metrics.map((m) => (
          <tr key={`${m.capability}-${m.metric}`}>
            <td>{m.capability}</td>
            <td>{m.metric}</td>
            <td>{m.seekers}</td>
            <td>{m.events}</td>
          </tr>
        ))}
      </Table>
      <button
        type="button"
        className="btn btn-secondary"
        onClick={() => download(`outcomes-${r.from}-${r.to}.csv`, r.csv, 'text/csv')}
      >
        Download outcomes (CSV)
      </button>
    </Card>
  );
}
