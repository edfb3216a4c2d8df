import { useState } from 'react';
import { check, gql } from '../api';
import { graphql } from '../gql';
import type { SpendPageMonthQuery } from '../gql/graphql';
import { href } from '../router';
import type { PageProps } from '../routes';
import { Async, Badge, Bars, Card, Empty, ErrorBox, PageTitle, Stat } from '../ui';
import { Input, useSubmit } from '../ui/forms';
import { useQuery } from '../use-query';
import { isManager, useViewer } from '../viewer';
import './admin.css';

const MonthDoc = graphql(`
  query SpendPageMonth($month: String) {
    xSpend(month: $month) {
      month
      budgetUsd
      spentUsd
      remainingUsd
      paused
      byCapability {
        capability
        spentUsd
        units
      }
      bySeeker {
        seeker {
          id
          name
        }
        spentUsd
        units
      }
    }
  }
`);

const HistoryDoc = graphql(`
  query SpendPageHistory($months: Int!) {
    xSpendHistory(months: $months) {
      month
      spentUsd
    }
  }
`);

const BudgetDoc = graphql(`
  mutation SpendPageSetBudget($input: SetXBudgetInput!) {
    setXBudget(input: $input) {
      spend {
        budgetUsd
      }
      userErrors {
        message
        code
      }
    }
  }
`);

type Spend = SpendPageMonthQuery['xSpend'];

const HISTORY_MONTHS = 6;

const label = (capability: string) => capability.charAt(0).toUpperCase() + capability.slice(1);

const usd = (n: number) =>
  n.toLocaleString(undefined, { style: 'currency', currency: 'USD', minimumFractionDigits: 2 });

/** YYYY-MM of the current UTC month and the ones before it (the API counts months in UTC). */
function recentMonths(n: number): string[] {
  const now = new Date();
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    return d.toISOString().slice(0, 7);
  });
}

function monthName(m: string): string {
  const [y, mo] = m.split('-').map(Number);
  return new Date(Date.UTC(y, mo - 1, 1)).toLocaleDateString(undefined, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export function SpendPage(_: PageProps) {
  const viewer = useViewer();
  // The API shows spend to owners, admins and viewers; coaches would only get FORBIDDEN.
  if (viewer.viewer.role === 'COACH') {
    return (
      <>
        <PageTitle>X spend</PageTitle>
        <Empty>
          X spend is shown to owners, admins and viewers. If X reads for your seekers seem paused,
          ask an admin to check this month’s budget.
        </Empty>
      </>
    );
  }
  return <SpendReport manager={isManager(viewer)} />;
}

function SpendReport({ manager }: { manager: boolean }) {
  const months = recentMonths(12);
  const [month, setMonth] = useState(months[0]);
  const q = useQuery(() => gql(MonthDoc, { month }), [month]);
  const history = useQuery(
    () => gql(HistoryDoc, { months: HISTORY_MONTHS }).then((d) => d.xSpendHistory),
    [],
  );
  const current = month === months[0];
  return (
    <>
      <PageTitle
        actions={
          <div className="filters" style={{ margin: 0 }}>
            <div>
              <label htmlFor="spend-month">Month</label>
              <select id="spend-month" value={month} onChange={(e) => setMonth(e.target.value)}>
                {months.map((m, i) => (
                  <option key={m} value={m}>
                    {monthName(m)}
                    {i === 0 ? ' (this month)' : ''}
                  </option>
                ))}
              </select>
            </div>
          </div>
        }
      >
        X spend
      </PageTitle>
      <Async q={q} what="Loading X spend">
        {(d) => (
          <>
            <Card title={current ? 'This month' : monthName(d.xSpend.month)}>
              <Summary spend={d.xSpend} current={current} />
              {manager && current && (
                <BudgetForm
                  budget={d.xSpend.budgetUsd}
                  spent={d.xSpend.spentUsd}
                  onSaved={() => {
                    q.reload();
                    history.reload();
                  }}
                />
              )}
            </Card>
            <div className="grid">
              <Card title="By capability">
                <ByCapability spend={d.xSpend} />
              </Card>
              <Card title="By seeker">
                <BySeeker spend={d.xSpend} />
              </Card>
            </div>
          </>
        )}
      </Async>
      <Card title={`Last ${HISTORY_MONTHS} months`}>
        <Async q={history} what="Loading earlier months">
          {(list) => <History months={list} />}
        </Async>
      </Card>
    </>
  );
}

function History({ months }: { months: { month: string; spentUsd: number }[] }) {
  // The API answers oldest first; leave out the empty months before the organization used X.
  const oldestFirst = months;
  const first = oldestFirst.findIndex((m) => m.spentUsd > 0);
  const shown = first < 0 ? oldestFirst.slice(-1) : oldestFirst.slice(first);
  return (
    <>
      <Bars
        label={`X spend by month: ${shown.map((m) => `${monthName(m.month)} ${usd(m.spentUsd)}`).join(', ')}`}
        rows={shown.map((m) => ({ label: monthName(m.month), value: m.spentUsd }))}
        format={usd}
      />
      {shown.length < months.length && (
        <p className="muted">No X spend in the months before {monthName(shown[0].month)}.</p>
      )}
    </>
  );
}

function Summary({ spend, current }: { spend: Spend; current: boolean }) {
  const share = spend.budgetUsd > 0 ? Math.round((spend.spentUsd / spend.budgetUsd) * 100) : 0;
  return (
    <>
      <div className="stats">
        <Stat value={usd(spend.spentUsd)} label="spent" />
        <Stat value={usd(spend.budgetUsd)} label="monthly budget" />
        <Stat value={usd(spend.remainingUsd)} label="left" />
      </div>
      <p>
        <progress
          className="meter"
          value={Math.min(spend.spentUsd, spend.budgetUsd)}
          max={Math.max(spend.budgetUsd, 0.01)}
          aria-label="X budget used"
        />{' '}
        {share}% of the budget used{' '}
        {spend.paused ? (
          <Badge tone="bad">Paused: budget spent</Badge>
        ) : share >= 80 ? (
          <Badge tone="warn">Nearly spent</Badge>
        ) : (
          <Badge tone="ok">Within budget</Badge>
        )}
      </p>
      {spend.paused && current && (
        <p>
          X reads and posts are paused for the rest of the month. Raising the budget above what is
          spent resumes them at once.
        </p>
      )}
    </>
  );
}

function BudgetForm({
  budget,
  spent,
  onSaved,
}: {
  budget: number;
  spent: number;
  onSaved: () => void;
}) {
  const [value, setValue] = useState(String(budget));
  const [saved, setSaved] = useState(false);
  const { busy, error, onSubmit } = useSubmit(async () => {
    setSaved(false);
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0) throw new Error('Give the budget as a number of dollars.');
    if (
      n <= spent &&
      !window.confirm(
        `${usd(spent)} is already spent this month: a budget of ${usd(n)} pauses X use at once. Set it anyway?`,
      )
    ) {
      return;
    }
    check((await gql(BudgetDoc, { input: { monthlyBudgetUsd: n } })).setXBudget);
    setSaved(true);
    onSaved();
  });
  return (
    <form onSubmit={onSubmit} aria-label="Monthly X budget">
      <div className="form-row">
        <Input
          label="Monthly budget (US dollars)"
          type="number"
          min={0}
          step={1}
          required
          value={value}
          onChange={setValue}
        />
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Set budget'}
        </button>
        <span role="status" className="muted">
          {saved ? 'Budget saved.' : ''}
        </span>
      </div>
      <ErrorBox error={error} />
    </form>
  );
}

function ByCapability({ spend }: { spend: Spend }) {
  if (spend.byCapability.length === 0) {
    return <Empty>Nothing billed this month. Spend appears once watches and seekers read X.</Empty>;
  }
  const rows = [...spend.byCapability].sort((a, b) => b.spentUsd - a.spentUsd);
  const units = rows.reduce((n, r) => n + r.units, 0);
  return (
    <>
      <Bars
        label={`X spend by capability: ${rows.map((r) => `${r.capability} ${usd(r.spentUsd)}`).join(', ')}`}
        rows={rows.map((r) => ({ label: label(r.capability), value: r.spentUsd }))}
        format={usd}
      />
      <p className="muted">
        {units.toLocaleString()} objects billed (
        {rows.map((r) => `${r.capability} ${r.units.toLocaleString()}`).join(', ')}).
      </p>
    </>
  );
}

const TOP_SEEKERS = 10;

function BySeeker({ spend }: { spend: Spend }) {
  const bySeeker = [...spend.bySeeker].sort((a, b) => b.spentUsd - a.spentUsd);
  const sum = (list: typeof bySeeker) => list.reduce((n, s) => n + s.spentUsd, 0);
  // Organization-wide watches (trends, company research, events) belong to no seeker.
  const shared = Math.max(0, Math.round((spend.spentUsd - sum(bySeeker)) * 100) / 100);
  if (bySeeker.length === 0) {
    return (
      <Empty>
        {spend.spentUsd > 0
          ? `No spend tied to a seeker: all ${usd(shared)} is organization-wide.`
          : 'No spend tied to a seeker.'}{' '}
        It appears when seekers’ own watches, mentor discovery or connected X accounts read X.
      </Empty>
    );
  }
  const top = bySeeker.filter((s) => s.seeker).slice(0, TOP_SEEKERS);
  // Seekers beyond the top ten, and any the caller may not see, are summed, not named.
  const others = bySeeker.filter((s) => !top.includes(s));
  const rows = [
    ...top.map((s) => ({ label: s.seeker?.name ?? '', value: s.spentUsd })),
    ...(others.length ? [{ label: `${others.length} other seekers`, value: sum(others) }] : []),
    ...(shared > 0 ? [{ label: 'Organization-wide', value: shared }] : []),
  ];
  return (
    <>
      <Bars
        label={`X spend by seeker: ${rows.map((r) => `${r.label} ${usd(r.value)}`).join(', ')}`}
        rows={rows}
        format={usd}
      />
      <ul className="plain">
        {top.map(
          (s) =>
            s.seeker && (
              <li key={s.seeker.id}>
                <a href={href('seekers', s.seeker.id)}>{s.seeker.name}</a>{' '}
                <span className="muted">
                  {usd(s.spentUsd)} · {s.units.toLocaleString()} objects
                </span>
              </li>
            ),
        )}
      </ul>
    </>
  );
}
