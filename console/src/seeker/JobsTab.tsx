/**
 * Jobs: openings matched to the seeker (with why, whether the role is still open and who is
 * recruiting for it), the pipeline as a board with one column per stage and a button per allowed
 * move, and the funnel of applications that reached each stage.
 */
import { useId, useState } from 'react';
import { check, gql } from '../api';
import { graphql } from '../gql';
import type {
  ApplicationStage,
  JobsTabMatchesQuery,
  JobsTabPipelineQuery,
  LinkState,
} from '../gql/graphql';
import { ActionButton, Async, Badge, Bars, Card, Empty, when, words } from '../ui';
import { useQuery } from '../use-query';
import { canAct, useSeekerWords, useViewer } from '../viewer';
import './tabs-b.css';

const JobsTabMatchesDoc = graphql(`
  query JobsTabMatches(
    $seekerId: ID!
    $first: Int!
    $includeClosed: Boolean!
    $includeDismissed: Boolean!
  ) {
    jobMatches(
      seekerId: $seekerId
      first: $first
      includeClosed: $includeClosed
      includeDismissed: $includeDismissed
    ) {
      nodes {
        id
        score
        dismissedAt
        reasons
        source
        createdAt
        posting {
          id
          title
          company
          location
          workplace
          employmentType
          seniority
          applyUrl
          applyLink {
            state
            httpStatus
            checkedAt
          }
          salary {
            min
            max
            currency
            period
          }
          sourcePostUrls
          recruiters {
            username
            kind
            profileUrl
            messageIntentUrl
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const JobsTabPipelineDoc = graphql(`
  query JobsTabPipeline($seekerId: ID!) {
    jobApplications(seekerId: $seekerId, first: 100) {
      nodes {
        id
        title
        company
        stage
        nextStages
        savedAt
        updatedAt
        notes
        posting {
          id
          applyUrl
        }
      }
      pageInfo {
        hasNextPage
      }
    }
    jobFunnel(seekerId: $seekerId) {
      saved
      applied
      interviewing
      offer
      accepted
      rejected
      withdrawn
    }
  }
`);

const JobsTabSaveDoc = graphql(`
  mutation JobsTabSave($input: SaveJobInput!) {
    saveJob(input: $input) {
      application {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const JobsTabDismissDoc = graphql(`
  mutation JobsTabDismiss($input: DismissJobMatchInput!) {
    dismissJobMatch(input: $input) {
      match {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const JobsTabMoveDoc = graphql(`
  mutation JobsTabMove($input: MoveJobApplicationInput!) {
    moveJobApplication(input: $input) {
      application {
        id
        stage
      }
      userErrors {
        message
        code
      }
    }
  }
`);

type Match = JobsTabMatchesQuery['jobMatches']['nodes'][number];
type Application = JobsTabPipelineQuery['jobApplications']['nodes'][number];
type Funnel = JobsTabPipelineQuery['jobFunnel'];

const STAGES: ApplicationStage[] = [
  'SAVED',
  'APPLIED',
  'INTERVIEWING',
  'OFFER',
  'ACCEPTED',
  'REJECTED',
  'WITHDRAWN',
];

const LINK: Record<LinkState, { text: string; tone: string }> = {
  OK: { text: 'Apply link works', tone: 'ok' },
  BROKEN: { text: 'Apply link broken (likely filled)', tone: 'bad' },
  BLOCKED: { text: 'Apply link blocked', tone: 'bad' },
  PENDING: { text: 'Apply link being checked', tone: 'neutral' },
  UNKNOWN: { text: 'Apply link did not answer', tone: 'warn' },
};

const PAGE = 20;
const stageLabel = (s: ApplicationStage) => s.charAt(0) + s.slice(1).toLowerCase();

export function JobsTab({ seekerId }: { seekerId: string }) {
  const actor = canAct(useViewer());
  const who = useSeekerWords();
  const [first, setFirst] = useState(PAGE);
  const [includeClosed, setIncludeClosed] = useState(false);
  const [includeDismissed, setIncludeDismissed] = useState(false);
  const id = useId();
  const matches = useQuery(
    () => gql(JobsTabMatchesDoc, { seekerId, first, includeClosed, includeDismissed }),
    [seekerId, first, includeClosed, includeDismissed],
  );
  const pipeline = useQuery(() => gql(JobsTabPipelineDoc, { seekerId }), [seekerId]);
  const saved = new Map(
    (pipeline.data?.jobApplications.nodes ?? []).flatMap((a) =>
      a.posting ? [[a.posting.id, a.stage] as const] : [],
    ),
  );
  return (
    <>
      <Card title="Pipeline">
        <Async q={pipeline} what="Loading the pipeline">
          {(d) => (
            <Board
              apps={d.jobApplications.nodes}
              more={d.jobApplications.pageInfo.hasNextPage}
              actor={actor}
              onChange={pipeline.reload}
            />
          )}
        </Async>
      </Card>
      <Card title="Matched openings">
        <div className="filters">
          <div className="tb-check">
            <input
              id={`${id}-closed`}
              type="checkbox"
              checked={includeClosed}
              onChange={(e) => setIncludeClosed(e.target.checked)}
            />
            <label htmlFor={`${id}-closed`}>Include roles whose apply link is dead</label>
          </div>
          <div className="tb-check">
            <input
              id={`${id}-dismissed`}
              type="checkbox"
              checked={includeDismissed}
              onChange={(e) => setIncludeDismissed(e.target.checked)}
            />
            <label htmlFor={`${id}-dismissed`}>Include dismissed</label>
          </div>
        </div>
        <Async q={matches} what="Loading matched openings">
          {(d) =>
            d.jobMatches.nodes.length === 0 ? (
              <Empty>
                No matched openings yet. Matches come from hiring posts the organization’s job
                watches read on X; set {who.theirs} skills and remote preference so Perch can match{' '}
                {who.self ? 'you' : 'them'}, or check back after the next poll.
              </Empty>
            ) : (
              <>
                <ul className="plain">
                  {d.jobMatches.nodes.map((m) => (
                    <MatchItem
                      key={m.id}
                      m={m}
                      seekerId={seekerId}
                      stage={saved.get(m.posting.id)}
                      actor={actor}
                      onSaved={() => {
                        pipeline.reload();
                        matches.reload();
                      }}
                      onDismissed={matches.reload}
                    />
                  ))}
                </ul>
                {d.jobMatches.pageInfo.hasNextPage && (
                  <button
                    type="button"
                    className="btn btn-secondary"
                    onClick={() => setFirst(Math.min(first + PAGE, 100))}
                    disabled={first >= 100}
                  >
                    Show more matches
                  </button>
                )}
              </>
            )
          }
        </Async>
      </Card>
      <Card title="Funnel">
        <Async q={pipeline} what="Loading the funnel">
          {(d) => <FunnelView f={d.jobFunnel} />}
        </Async>
      </Card>
    </>
  );
}

function salaryText(s: NonNullable<Match['posting']['salary']>): string {
  const n = (v: number) => v.toLocaleString(undefined, { maximumFractionDigits: 0 });
  const range =
    s.min != null && s.max != null
      ? `${n(s.min)}–${n(s.max)}`
      : s.min != null
        ? `from ${n(s.min)}`
        : s.max != null
          ? `up to ${n(s.max)}`
          : '';
  return range ? `${s.currency} ${range} a ${s.period}` : '';
}

function MatchItem({
  m,
  seekerId,
  stage,
  actor,
  onSaved,
  onDismissed,
}: {
  m: Match;
  seekerId: string;
  stage: ApplicationStage | undefined;
  actor: boolean;
  onSaved: () => void;
  onDismissed: () => void;
}) {
  const p = m.posting;
  const link = p.applyLink ? LINK[p.applyLink.state] : null;
  const facts = [
    p.company,
    p.location,
    p.workplace,
    p.employmentType,
    p.seniority,
    p.salary ? salaryText(p.salary) : null,
  ].filter(Boolean);
  return (
    <li className="tb-match">
      <div className="tb-match-head">
        <h3>
          {p.applyUrl ? (
            <a href={p.applyUrl} target="_blank" rel="noreferrer">
              {p.title}
            </a>
          ) : (
            p.title
          )}
        </h3>
        <span className="muted">match {Math.round(m.score * 100)}%</span>
        {m.source === 'coach' && <Badge>Sent by a coach</Badge>}
        {m.dismissedAt && <Badge tone="warn">Dismissed {when(m.dismissedAt)}</Badge>}
        {link && <Badge tone={link.tone}>{link.text}</Badge>}
      </div>
      <div className="muted">{facts.join(' · ') || 'No details in the post'}</div>
      <ul className="tb-reasons">
        {m.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {p.recruiters.length > 0 && (
        <div>
          Recruiters:{' '}
          {p.recruiters.map((r, i) => (
            <span key={r.username}>
              {i > 0 && ', '}
              <a href={r.profileUrl} target="_blank" rel="noreferrer">
                @{r.username}
              </a>
              {r.kind ? ` (${r.kind})` : ''} ·{' '}
              <a
                href={r.messageIntentUrl}
                target="_blank"
                rel="noreferrer"
                aria-label={`Message @${r.username} on X`}
              >
                message
              </a>
            </span>
          ))}
        </div>
      )}
      <div className="actions tb-row-actions">
        {stage ? (
          <Badge tone="ok">In the pipeline: {words(stage)}</Badge>
        ) : (
          actor && (
            <ActionButton
              label={`Save to pipeline: ${p.title}`}
              onAction={async () => {
                check(
                  (await gql(JobsTabSaveDoc, { input: { seekerId, postingId: p.id } })).saveJob,
                );
                onSaved();
              }}
            >
              Save to pipeline
            </ActionButton>
          )
        )}
        {actor && !stage && !m.dismissedAt && (
          <ActionButton
            kind="secondary"
            label={`Dismiss ${p.title}`}
            onAction={async () => {
              check((await gql(JobsTabDismissDoc, { input: { matchId: m.id } })).dismissJobMatch);
              onDismissed();
            }}
          >
            Dismiss
          </ActionButton>
        )}
        {p.sourcePostUrls[0] && (
          <a href={p.sourcePostUrls[0]} target="_blank" rel="noreferrer">
            The post on X
          </a>
        )}
        <span className="muted">matched {when(m.createdAt)}</span>
      </div>
    </li>
  );
}

function Board({
  apps,
  more,
  actor,
  onChange,
}: {
  apps: Application[];
  more: boolean;
  actor: boolean;
  onChange: () => void;
}) {
  if (apps.length === 0) {
    return (
      <Empty>
        Nothing on the pipeline yet. Save a matched opening below (“Save to pipeline”) to start
        tracking it.
      </Empty>
    );
  }
  return (
    <>
      <div className="board tb-board">
        {STAGES.map((s) => {
          const col = apps.filter((a) => a.stage === s);
          return (
            <div key={s} className="column">
              <h3>
                {stageLabel(s)} ({col.length})
              </h3>
              {col.map((a) => (
                <AppTile key={a.id} a={a} actor={actor} onChange={onChange} />
              ))}
            </div>
          );
        })}
      </div>
      {more && <p className="muted">Showing the 100 most recently changed applications.</p>}
    </>
  );
}

function AppTile({ a, actor, onChange }: { a: Application; actor: boolean; onChange: () => void }) {
  return (
    <div className="tile">
      <strong className="tb-wrap">{a.title}</strong>
      <div className="muted">
        {a.company ?? 'Company unknown'} · {when(a.updatedAt)}
      </div>
      {a.notes && <div className="tb-wrap">{a.notes}</div>}
      {actor && a.nextStages.length > 0 && (
        <div className="actions">
          {a.nextStages.map((s) => (
            <ActionButton
              key={s}
              kind={s === 'REJECTED' || s === 'WITHDRAWN' ? 'danger' : 'secondary'}
              label={`Move ${a.title} to ${s.toLowerCase()}`}
              onAction={async () => {
                check(
                  (await gql(JobsTabMoveDoc, { input: { applicationId: a.id, stage: s } }))
                    .moveJobApplication,
                );
                onChange();
              }}
            >
              {stageLabel(s)}
            </ActionButton>
          ))}
        </div>
      )}
    </div>
  );
}

function FunnelView({ f }: { f: Funnel }) {
  const rows = [
    { label: 'Saved', value: f.saved },
    { label: 'Applied', value: f.applied },
    { label: 'Interviewing', value: f.interviewing },
    { label: 'Offer', value: f.offer },
    { label: 'Accepted', value: f.accepted },
    { label: 'Rejected', value: f.rejected },
    { label: 'Withdrawn', value: f.withdrawn },
  ];
  if (rows.every((r) => r.value === 0)) {
    return <Empty>The funnel fills as applications move along the pipeline.</Empty>;
  }
  const rate = (a: number, b: number) => (b ? `${Math.round((a / b) * 100)}%` : '–');
  return (
    <>
      <Bars
        rows={rows}
        label={`Applications that reached each stage: ${rows.map((r) => `${r.label} ${r.value}`).join(', ')}`}
      />
      <p className="muted">
        Applied → interviewing {rate(f.interviewing, f.applied)} · interviewing → offer{' '}
        {rate(f.offer, f.interviewing)}
      </p>
    </>
  );
}
