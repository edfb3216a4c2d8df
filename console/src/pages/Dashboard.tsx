import { useMemo, useState } from 'react';
import { gql } from '../api';
import { graphql } from '../gql';
import type { CaseloadQuery } from '../gql/graphql';
import { href } from '../router';
import { Async, Badge, Empty, PageTitle, Sparkline, when, words } from '../ui';
import { useQuery } from '../use-query';

const CaseloadDoc = graphql(`
  query Caseload {
    caseload(first: 2000) {
      seeker {
        id
        name
        status
        targetRoles
      }
      companiesTargeted
      companiesResearched
      outreachMoves30d
      checkIns30d
      eventsJoined
      openApplications
      pipelineStage
      voiceScore
      voiceTrend {
        month
        score
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

type Entry = CaseloadQuery['caseload'][number];
type SortKey = 'name' | 'risk' | 'activity' | 'voice' | 'stage';
const STAGE_RANK: Record<string, number> = { SAVED: 1, APPLIED: 2, INTERVIEWING: 3, OFFER: 4 };
const FLAG_LABEL: Record<string, string> = {
  QUIET: 'Quiet 2 weeks',
  STALLED_PIPELINE: 'Stalled pipeline',
  CONSENT_MISSING: 'Consent missing',
};

const compare: Record<SortKey, (a: Entry, b: Entry) => number> = {
  name: (a, b) => a.seeker.name.localeCompare(b.seeker.name),
  risk: (a, b) => b.atRisk.length - a.atRisk.length,
  activity: (a, b) => (a.lastActivityAt ?? '').localeCompare(b.lastActivityAt ?? ''),
  voice: (a, b) => (b.voiceScore ?? -1) - (a.voiceScore ?? -1),
  stage: (a, b) =>
    (STAGE_RANK[b.pipelineStage ?? ''] ?? 0) - (STAGE_RANK[a.pipelineStage ?? ''] ?? 0),
};

export function Dashboard() {
  const q = useQuery(() => gql(CaseloadDoc), []);
  return (
    <>
      <PageTitle>Caseload</PageTitle>
      <Async q={q} what="Loading your caseload">
        {(d) => <CaseloadTable entries={d.caseload} />}
      </Async>
    </>
  );
}

function CaseloadTable({ entries }: { entries: Entry[] }) {
  const [search, setSearch] = useState('');
  const [flag, setFlag] = useState('');
  const [stage, setStage] = useState('');
  const [sort, setSort] = useState<SortKey>('risk');
  const rows = useMemo(() => {
    const s = search.trim().toLowerCase();
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
      .sort((a, b) => compare[sort](a, b) || compare.name(a, b));
  }, [entries, search, flag, stage, sort]);
  const atRisk = entries.filter((e) => e.atRisk.length > 0).length;
  if (entries.length === 0) {
    return (
      <Empty>
        No seekers in your caseload yet. An admin assigns seekers to coaches (or add a seeker and
        assign yourself) — they appear here with their progress.
      </Empty>
    );
  }
  const header = (key: SortKey, label: string) => (
    <th aria-sort={sort === key ? 'descending' : 'none'} scope="col">
      <button type="button" onClick={() => setSort(key)}>
        {label}
        {sort === key ? ' ▾' : ''}
      </button>
    </th>
  );
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
      </div>
      <div className="table-wrap">
        <table aria-label="Caseload">
          <thead>
            <tr>
              {header('name', 'Seeker')}
              {header('risk', 'Needs attention')}
              <th scope="col" className="hide-narrow">
                Research
              </th>
              <th scope="col" className="hide-narrow">
                Outreach (30 d)
              </th>
              <th scope="col" className="hide-narrow">
                Check-ins (30 d)
              </th>
              <th scope="col" className="hide-narrow">
                Events &amp; chats
              </th>
              {header('stage', 'Pipeline')}
              {header('voice', 'Voice')}
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
                    {e.atRisk.length === 0 ? (
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
                <td className="hide-narrow">
                  {e.companiesResearched} / {e.companiesTargeted} companies
                </td>
                <td className="hide-narrow">{e.outreachMoves30d}</td>
                <td className="hide-narrow">{e.checkIns30d}</td>
                <td className="hide-narrow">{e.eventsJoined}</td>
                <td>
                  {e.pipelineStage ? `${words(e.pipelineStage)} (${e.openApplications} open)` : '–'}
                </td>
                <td>
                  <Sparkline
                    values={e.voiceTrend.map((p) => p.score)}
                    max={100}
                    label={`Voice score by month for ${e.seeker.name}: ${e.voiceTrend.map((p) => `${p.month} ${p.score}`).join(', ') || 'no posts'}`}
                  />{' '}
                  {e.voiceScore ?? ''}
                </td>
                <td>{when(e.lastActivityAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && (
        <Empty>No seeker matches these filters. Clear the search or pick “Everyone”.</Empty>
      )}
    </>
  );
}
