import { useState } from 'react';
import { check, gql } from '../api';
import { graphql } from '../gql';
import type {
  PruneSuggestionKind,
  TopicKind,
  TrendsTabBriefingQuery,
  TrendsTabPruningQuery,
  TrendsTabTopicsQuery,
} from '../gql/graphql';
import {
  ActionButton,
  Async,
  Badge,
  Card,
  Empty,
  ErrorBox,
  pct,
  plural,
  Sparkline,
  Table,
  when,
  whenTime,
  words,
} from '../ui';
import { Input, Select, useSubmit } from '../ui/forms';
import { useQuery } from '../use-query';
import { canWrite, useSeekerWords, useViewer } from '../viewer';
import './tabs-a.css';

const BriefingDoc = graphql(`
  query TrendsTabBriefing($id: ID!, $day: String) {
    dailyBriefing(seekerId: $id, day: $day) {
      day
      emptyReason
      topics
      items {
        term
        count
        baseline
        score
        emerging
        related
        links {
          url
          count
        }
        posts {
          xId
          author
          text
          url
          createdAt
        }
        topic {
          id
          name
        }
      }
    }
  }
`);

const TopicsDoc = graphql(`
  query TrendsTabTopics($id: ID!, $day: String) {
    topics(seekerId: $id) {
      id
      name
      kind
      value
      seeker {
        id
      }
      cohort {
        id
        name
      }
      bursts(day: $day, days: 14) {
        day
        term
        count
      }
    }
  }
`);

const PruningDoc = graphql(`
  query TrendsTabPruning($id: ID!) {
    feedPruning(seekerId: $id) {
      source
      following
      analyzed
      suggestions {
        account {
          xId
          username
          name
        }
        suggestion
        reason
        link
        lastActivity
        postsPerWeek
        relevance
        repostShare
        duplicateShare
      }
      toFollow {
        account {
          xId
          username
          name
        }
        reason
        link
      }
    }
  }
`);

const AddTopicDoc = graphql(`
  mutation TrendsTabAddTopic($input: AddTopicInput!) {
    addTopic(input: $input) {
      topic {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const RemoveTopicDoc = graphql(`
  mutation TrendsTabRemoveTopic($input: RemoveTopicInput!) {
    removeTopic(input: $input) {
      removedTopicId
      userErrors {
        message
        code
      }
    }
  }
`);

type Item = TrendsTabBriefingQuery['dailyBriefing']['items'][number];
type Topic = TrendsTabTopicsQuery['topics'][number];
type Pruning = TrendsTabPruningQuery['feedPruning'];
type Suggestion = Pruning['suggestions'][number];

const DAY_MS = 86_400_000;
const utcToday = () => new Date().toISOString().slice(0, 10);

export function TrendsTab({ seekerId }: { seekerId: string }) {
  const viewer = useViewer();
  const [day, setDay] = useState(utcToday);
  const editable = canWrite(viewer);
  return (
    <>
      <div className="filters">
        <div>
          <label htmlFor="trends-day">Day (UTC)</label>
          <input
            id="trends-day"
            type="date"
            max={utcToday()}
            value={day}
            onChange={(e) => setDay(e.target.value || utcToday())}
          />
        </div>
        {day !== utcToday() && (
          <button type="button" className="btn btn-secondary" onClick={() => setDay(utcToday())}>
            Back to today
          </button>
        )}
      </div>
      <BriefingCard seekerId={seekerId} day={day} />
      <TopicsCard seekerId={seekerId} day={day} editable={editable} />
      {/* Feed pruning reads X (billed): the coach runs it, not the seeker. */}
      {viewer.viewer.role !== 'SEEKER' && <PruningCard seekerId={seekerId} editable={editable} />}
    </>
  );
}

function BriefingCard({ seekerId, day }: { seekerId: string; day: string }) {
  const q = useQuery(() => gql(BriefingDoc, { id: seekerId, day }), [seekerId, day]);
  const who = useSeekerWords();
  return (
    <Async q={q} what="Loading the briefing">
      {({ dailyBriefing: b }) => (
        <Card title={`Briefing for ${when(`${b.day}T12:00:00Z`)}`}>
          <p className="muted">
            What broke in {plural(b.topics, 'topic')} {who.the} and the organization follow: worth a
            mention in an interview or a post.
          </p>
          {b.items.length === 0 ? (
            <Empty>
              {b.emptyReason ?? 'Nothing broke that day.'} Add a topic below to widen the net.
            </Empty>
          ) : (
            <ol className="ta-bursts">
              {b.items.map((i) => (
                <BurstItem key={`${i.topic.id}-${i.term}`} i={i} />
              ))}
            </ol>
          )}
        </Card>
      )}
    </Async>
  );
}

function BurstItem({ i }: { i: Item }) {
  const related = i.related.filter((r) => r !== i.term.replace(/^#/, ''));
  return (
    <li>
      <h3>
        {i.term}{' '}
        <Badge tone={i.emerging ? 'warn' : 'neutral'}>{i.emerging ? 'New' : 'Spiking'}</Badge>
      </h3>
      <p className="ta-burst-line">
        <BurstBar count={i.count} baseline={i.baseline} term={i.term} />
        <span>
          <strong>{plural(i.count, 'post')}</strong>{' '}
          {i.baseline < 0.05
            ? 'where it is usually not mentioned'
            : `against a usual ${i.baseline.toFixed(1)} a day`}{' '}
          · topic “{i.topic.name}” ·{' '}
          <span
            title={`Burst strength ${i.score.toFixed(1)}: how many standard deviations above normal`}
          >
            {burstStrength(i.score)}
          </span>
        </span>
      </p>
      {related.length > 0 && <p className="muted">Same story: {related.slice(0, 12).join(', ')}</p>}
      {i.posts.length > 0 && (
        <>
          <h4 className="ta-h4">Read</h4>
          <ul className="ta-posts">
            {i.posts.map((p) => (
              <li key={p.xId}>
                <a href={p.url} target="_blank" rel="noreferrer">
                  {p.author ? `@${p.author}` : 'Post'}, {whenTime(p.createdAt)}
                </a>
                : {p.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {i.links.length > 0 && (
        <>
          <h4 className="ta-h4">Links shared</h4>
          <ul className="ta-posts">
            {i.links.map((l) => (
              <li key={l.url}>
                <a href={l.url} target="_blank" rel="noreferrer">
                  {l.url}
                </a>{' '}
                <span className="muted">shared {plural(l.count, 'time')}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

/** The day's count beside its normal: the size of the burst at a glance. */
/** The burst's z-like score in words; the number itself stays in the tooltip. */
function burstStrength(score: number): string {
  if (score >= 10) return 'a very strong burst';
  if (score >= 5) return 'a strong burst';
  if (score >= 3) return 'a clear burst';
  return 'a mild burst';
}

function BurstBar({ count, baseline, term }: { count: number; baseline: number; term: string }) {
  const top = Math.max(count, baseline, 1);
  const w = (n: number) => Math.max(2, (n / top) * 80);
  return (
    <svg
      width={84}
      height={22}
      role="img"
      aria-label={`${term}: ${count} posts that day against a normal of ${baseline.toFixed(1)} a day`}
      className="ta-burstbar"
    >
      <rect x={0} y={1} height={8} width={w(baseline)} className="ta-bar-normal" />
      <rect x={0} y={12} height={8} width={w(count)} className="ta-bar-today" />
    </svg>
  );
}

/** Days from `day` back 13 days, oldest first. */
function fortnight(day: string): string[] {
  const end = Date.parse(`${day}T00:00:00Z`);
  return Array.from({ length: 14 }, (_, k) =>
    new Date(end - (13 - k) * DAY_MS).toISOString().slice(0, 10),
  );
}

function TopicsCard({
  seekerId,
  day,
  editable,
}: {
  seekerId: string;
  day: string;
  editable: boolean;
}) {
  const q = useQuery(() => gql(TopicsDoc, { id: seekerId, day }), [seekerId, day]);
  const who = useSeekerWords();
  return (
    <Card title="Topics followed">
      <Async q={q} what="Loading topics">
        {({ topics }) =>
          topics.length === 0 ? (
            <Empty>
              No topics yet. {who.self ? 'Ask your coach to add' : 'Add'} a keyword or hashtag from{' '}
              {who.theirs} field{who.self ? '' : ' below'}; bursts show up in the briefing once its
              posts are read.
            </Empty>
          ) : (
            <TopicTable
              topics={topics}
              days={fortnight(day)}
              seekerId={seekerId}
              editable={editable}
              reload={q.reload}
            />
          )
        }
      </Async>
      {editable && <AddTopicForm seekerId={seekerId} onAdded={q.reload} />}
    </Card>
  );
}

function TopicTable({
  topics,
  days,
  seekerId,
  editable,
  reload,
}: {
  topics: Topic[];
  days: string[];
  seekerId: string;
  editable: boolean;
  reload: () => void;
}) {
  const who = useSeekerWords();
  return (
    <Table
      label="Topics followed"
      columns={['Topic', 'For', 'Bursts, last 14 days', editable && 'Actions']}
    >
      {topics.map((t) => {
        const series = days.map((d) =>
          t.bursts.filter((b) => b.day === d).reduce((s, b) => s + b.count, 0),
        );
        const terms = [...new Set(t.bursts.map((b) => b.term))];
        const own = t.seeker?.id === seekerId;
        return (
          <tr key={t.id}>
            <td>
              <strong>{t.name}</strong>{' '}
              <span className="muted">
                {words(t.kind)}
                {t.value !== t.name ? `: ${t.value}` : ''}
              </span>
            </td>
            <td>{own ? who.This : t.cohort ? `Cohort ${t.cohort.name}` : 'Organization'}</td>
            <td>
              <Sparkline
                values={series}
                label={`Posts in bursting terms of ${t.name} per day, ${days[0]} to ${days[13]}: ${series.join(', ')}`}
              />{' '}
              <span className="muted">
                {terms.length ? terms.slice(0, 3).join(', ') : 'no bursts'}
              </span>
            </td>
            {editable && (
              <td>
                {own ? (
                  <ActionButton
                    kind="danger"
                    label={`Remove topic ${t.name}`}
                    onAction={async () => {
                      check((await gql(RemoveTopicDoc, { input: { topicId: t.id } })).removeTopic);
                      reload();
                    }}
                  >
                    Remove
                  </ActionButton>
                ) : (
                  <span className="muted">Shared</span>
                )}
              </td>
            )}
          </tr>
        );
      })}
    </Table>
  );
}

const TOPIC_KINDS: { kind: TopicKind; label: string; placeholder: string }[] = [
  { kind: 'KEYWORD', label: 'Keyword', placeholder: 'e.g. analytics engineering' },
  { kind: 'HASHTAG', label: 'Hashtag', placeholder: 'e.g. #dataviz' },
  { kind: 'QUERY', label: 'X search query', placeholder: 'e.g. (dbt OR airflow) lang:en' },
  { kind: 'LIST', label: 'X list id', placeholder: 'e.g. 1234567890' },
];
const topicKind = (k: TopicKind) => TOPIC_KINDS.find((x) => x.kind === k) ?? TOPIC_KINDS[0];

function AddTopicForm({ seekerId, onAdded }: { seekerId: string; onAdded: () => void }) {
  const who = useSeekerWords();
  const [kind, setKind] = useState<TopicKind>('KEYWORD');
  const [value, setValue] = useState('');
  const [name, setName] = useState('');
  const add = useSubmit(async () => {
    check(
      (
        await gql(AddTopicDoc, {
          input: { seekerId, kind, value: value.trim(), name: name.trim() || null },
        })
      ).addTopic,
    );
    setValue('');
    setName('');
    onAdded();
  });
  return (
    <>
      <h3>Follow a topic for {who.this}</h3>
      <form onSubmit={add.onSubmit} className="ta-inline-form" aria-label="Follow a topic">
        <Select
          label="Kind"
          value={kind}
          onChange={setKind}
          options={TOPIC_KINDS.map((k) => k.kind)}
          format={(k) => topicKind(k).label}
        />
        <Input
          label="Value"
          required
          maxLength={512}
          placeholder={topicKind(kind).placeholder}
          value={value}
          onChange={setValue}
        />
        <Input label="Name (optional)" value={name} onChange={setName} />
        <div className="field">
          <button type="submit" className="btn btn-primary" disabled={add.busy}>
            Follow topic
          </button>
        </div>
      </form>
      <ErrorBox error={add.error} />
    </>
  );
}

function PruningCard({ seekerId, editable }: { seekerId: string; editable: boolean }) {
  const [wanted, setWanted] = useState(false);
  const who = useSeekerWords();
  return (
    <Card title="Who to stop following">
      {!editable ? (
        <p className="muted">
          {who.self
            ? 'Your coach can check whom you follow on X and suggest accounts to drop or add.'
            : 'A coach or admin can check whom the seeker follows.'}
        </p>
      ) : wanted ? (
        <PruningBody seekerId={seekerId} />
      ) : (
        <>
          <p className="muted">
            Checks every account the seeker follows for relevance, repeats and silence, and suggests
            accounts to follow from their topics. Accounts Perch has not seen are read from X
            (billed to the organization’s X spend).
          </p>
          <button type="button" className="btn btn-primary" onClick={() => setWanted(true)}>
            Check whom they follow
          </button>
        </>
      )}
    </Card>
  );
}

const KIND_TONE: Record<PruneSuggestionKind, string> = {
  UNFOLLOW: 'bad',
  CONSIDER: 'warn',
  KEEP: 'ok',
};

function PruningBody({ seekerId }: { seekerId: string }) {
  const q = useQuery(() => gql(PruningDoc, { id: seekerId }), [seekerId]);
  const [show, setShow] = useState<'ACT' | PruneSuggestionKind>('ACT');
  return (
    <Async q={q} what="Reading whom they follow">
      {({ feedPruning: p }) => {
        const count = (k: PruneSuggestionKind) =>
          p.suggestions.filter((s) => s.suggestion === k).length;
        const rows = p.suggestions.filter((s) =>
          show === 'ACT' ? s.suggestion !== 'KEEP' : s.suggestion === show,
        );
        return (
          <>
            <p>
              Read <strong>{p.analyzed}</strong> of the <strong>{p.following}</strong> accounts the
              seeker follows ({p.source === 'X' ? 'from their X connection' : 'from their archive'}
              ): <strong>{count('UNFOLLOW')}</strong> to unfollow,{' '}
              <strong>{count('CONSIDER')}</strong> to consider, {count('KEEP')} to keep. Perch never
              unfollows: the seeker acts on X.
            </p>
            <div className="filters">
              <div>
                <label htmlFor="prune-show">Show</label>
                <select
                  id="prune-show"
                  value={show}
                  onChange={(e) => setShow(e.target.value as typeof show)}
                >
                  <option value="ACT">Unfollow and consider</option>
                  <option value="UNFOLLOW">Unfollow</option>
                  <option value="CONSIDER">Consider</option>
                  <option value="KEEP">Keep</option>
                </select>
              </div>
            </div>
            {rows.length === 0 ? (
              <Empty>Nothing here: their feed is in good shape.</Empty>
            ) : (
              <PruneTable rows={rows} />
            )}
            <h3>Worth following</h3>
            {p.toFollow.length === 0 ? (
              <Empty>No suggestions: add topics so Perch knows what to look for.</Empty>
            ) : (
              <ul className="plain">
                {p.toFollow.map((f) => (
                  <li key={f.account.xId}>
                    <strong>{f.account.name ?? f.account.username}</strong>{' '}
                    <span className="muted">@{f.account.username}</span> — {f.reason}{' '}
                    <a href={f.link} target="_blank" rel="noreferrer">
                      Follow @{f.account.username} on X
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </>
        );
      }}
    </Async>
  );
}

function facts(s: Suggestion): string {
  const out: string[] = [];
  if (s.postsPerWeek != null) out.push(`${s.postsPerWeek} posts a week`);
  if (s.relevance != null) out.push(`${pct(s.relevance)} on their interests`);
  if (s.repostShare) out.push(`${pct(s.repostShare)} reposts`);
  if (s.lastActivity) out.push(`last post ${when(s.lastActivity)}`);
  return out.join(' · ');
}

function PruneTable({ rows }: { rows: Suggestion[] }) {
  return (
    <Table
      label="Accounts they follow, with a suggestion"
      columns={['Account', 'Suggestion', 'Why', 'On X']}
    >
      {rows.map((s) => {
        const who = s.account.username ?? s.account.xId;
        return (
          <tr key={s.account.xId}>
            <td>
              <strong>{s.account.name ?? who}</strong>
              <div className="muted">@{who}</div>
            </td>
            <td>
              <Badge tone={KIND_TONE[s.suggestion]}>{words(s.suggestion)}</Badge>
            </td>
            <td>
              {s.reason}
              <div className="muted">{facts(s)}</div>
            </td>
            <td>
              <a href={s.link} target="_blank" rel="noreferrer">
                Open @{who} on X
              </a>
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
