/**
 * Orgs & events: organizations for the seeker (suggested first, with why), events coming up and
 * just past (with what happened at their hashtags), the recurring hashtag chats with whether the
 * seeker took part, and the follow-up tasks that keep those conversations going.
 */
import { useState, type ReactNode } from 'react';
import { check, gql } from '../api';
import { graphql } from '../gql';
import type { OrgsTabDataQuery, OrgsTabTasksQuery } from '../gql/graphql';
import { EventHighlights } from '../shared/events';
import { ActionButton, Async, Badge, Card, Empty, when, whenTime, words } from '../ui';
import { useQuery } from '../use-query';
import { canAct, useViewer } from '../viewer';
import './tabs-b.css';

const OrgsTabDataDoc = graphql(`
  query OrgsTabData($seekerId: ID!) {
    seeker(id: $seekerId) {
      id
      name
      xHandle
    }
    organizationSuggestions(seekerId: $seekerId) {
      organization {
        id
      }
      reasons
    }
    organizations {
      id
      name
      field
      site
      usernames
    }
    orgEvents {
      ...EventSummary
    }
    hashtagChats {
      ...ChatSummary
      participation(seekerId: $seekerId, last: 4) {
        occurrence {
          start
        }
        tookPart
        posts
      }
    }
    reminders(seekerId: $seekerId, days: 90) {
      chatId
      eventId
      start
      remindAt
    }
  }
`);

const OrgsTabTalkDoc = graphql(`
  query OrgsTabTalk($id: ID!) {
    node(id: $id) {
      ... on Organization {
        id
        talkingAbout {
          terms {
            term
            count
          }
          recentPosts {
            xId
            text
            createdAt
          }
        }
      }
    }
  }
`);

const OrgsTabTasksDoc = graphql(`
  query OrgsTabTasks($seekerId: ID!) {
    seekerTasks(seekerId: $seekerId, includeDone: true) {
      id
      kind
      title
      dueAt
      doneAt
      profileUrl
      xUsername
    }
  }
`);

const OrgsTabJoinDoc = graphql(`
  mutation OrgsTabJoin($input: JoinOrgActivityInput!) {
    joinOrgActivity(input: $input) {
      reminders {
        start
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const OrgsTabFollowUpsDoc = graphql(`
  mutation OrgsTabFollowUps($input: CreateEventFollowUpsInput!) {
    createEventFollowUps(input: $input) {
      created
      userErrors {
        message
        code
      }
    }
  }
`);

const OrgsTabCompleteTaskDoc = graphql(`
  mutation OrgsTabCompleteTask($input: CompleteSeekerTaskInput!) {
    completeSeekerTask(input: $input) {
      task {
        id
        doneAt
      }
      userErrors {
        message
        code
      }
    }
  }
`);

type Data = OrgsTabDataQuery;
type OrgEvent = Data['orgEvents'][number];
type Chat = Data['hashtagChats'][number];

/** How far back "recent" events reach. */
const RECENT_DAYS = 30;

export function OrgsTab({ seekerId }: { seekerId: string }) {
  const actor = canAct(useViewer());
  const q = useQuery(() => gql(OrgsTabDataDoc, { seekerId }), [seekerId]);
  const tasks = useQuery(() => gql(OrgsTabTasksDoc, { seekerId }), [seekerId]);
  return (
    <Async q={q} what="Loading organizations, events and chats">
      {(d) => {
        const joined = new Map<string, string>();
        for (const r of d.reminders) {
          const key = r.eventId ?? r.chatId;
          if (key && !joined.has(key)) joined.set(key, r.remindAt);
        }
        const ctx = {
          seekerId,
          name: d.seeker.name,
          joined,
          actor,
          onChange: () => {
            q.reload();
            tasks.reload();
          },
        };
        return (
          <>
            <Organizations data={d} />
            <Events events={d.orgEvents} ctx={ctx} />
            <Chats chats={d.hashtagChats} ctx={ctx} hasHandle={!!d.seeker.xHandle} />
            <Card title="Follow-up tasks">
              <Async q={tasks} what="Loading tasks">
                {(t) => (
                  <Tasks
                    tasks={t.seekerTasks}
                    name={d.seeker.name}
                    actor={actor}
                    onChange={tasks.reload}
                  />
                )}
              </Async>
            </Card>
          </>
        );
      }}
    </Async>
  );
}

interface Ctx {
  seekerId: string;
  name: string;
  /** Event or chat id → when the seeker is next reminded. */
  joined: Map<string, string>;
  actor: boolean;
  onChange: () => void;
}

function Organizations({ data: d }: { data: Data }) {
  const why = new Map(d.organizationSuggestions.map((s) => [s.organization.id, s.reasons]));
  const orgs = [...d.organizations].sort(
    (a, b) => Number(why.has(b.id)) - Number(why.has(a.id)) || a.name.localeCompare(b.name),
  );
  return (
    <Card title="Organizations">
      {orgs.length === 0 ? (
        <Empty>
          The organization follows no professional bodies yet. Add one (with its X handles) on the
          Cohorts, events &amp; chats page; those in {d.seeker.name}’s field or city are suggested
          here.
        </Empty>
      ) : (
        <ul className="plain">
          {orgs.map((o) => (
            <li key={o.id}>
              <strong>{o.name}</strong>{' '}
              {why.has(o.id) ? (
                <Badge tone="ok">Suggested</Badge>
              ) : (
                <Badge>Followed by your organization</Badge>
              )}
              <div className="muted">
                {[o.field, o.usernames.map((u) => `@${u}`).join(', '), why.get(o.id)?.join(' · ')]
                  .filter(Boolean)
                  .join(' · ')}
                {o.site && (
                  <>
                    {' · '}
                    <a href={o.site} target="_blank" rel="noreferrer">
                      site
                    </a>
                  </>
                )}
              </div>
              <LazyDetails summary={`What ${o.name} is talking about`}>
                {() => <OrgTalkBody id={o.id} />}
              </LazyDetails>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** Folded away until opened, and only then loaded: what it shows reads many posts. */
function LazyDetails({ summary, children }: { summary: string; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="tb-details" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}

function OrgTalkBody({ id }: { id: string }) {
  const q = useQuery(() => gql(OrgsTabTalkDoc, { id }), [id]);
  return (
    <Async q={q} what="Reading its posts">
      {(d) => {
        const talk = 'talkingAbout' in d.node ? d.node.talkingAbout : null;
        if (!talk || (!talk.terms.length && !talk.recentPosts.length)) {
          return <Empty>No posts in the last 30 days yet.</Empty>;
        }
        return (
          <>
            {talk.terms.length > 0 && (
              <p>
                {talk.terms
                  .slice(0, 8)
                  .map((t) => `${t.term} (${t.count})`)
                  .join(' · ')}
              </p>
            )}
            <ul className="tb-posts">
              {talk.recentPosts.slice(0, 3).map((p) => (
                <li key={p.xId}>
                  <span className="tb-wrap">{p.text}</span>{' '}
                  <span className="muted">{when(p.createdAt)}</span>
                </li>
              ))}
            </ul>
          </>
        );
      }}
    </Async>
  );
}

function Events({ events, ctx }: { events: OrgEvent[]; ctx: Ctx }) {
  const now = Date.now();
  const upcoming = events.filter((e) => Date.parse(e.endsAt) >= now);
  const recent = events
    .filter((e) => Date.parse(e.endsAt) < now && now - Date.parse(e.endsAt) < RECENT_DAYS * 864e5)
    .reverse();
  return (
    <Card title="Events">
      <h3>Coming up</h3>
      {upcoming.length === 0 ? (
        <Empty>
          No events coming up. Add a conference, workshop or meetup (with its hashtags) on the
          Cohorts, events &amp; chats page.
        </Empty>
      ) : (
        <ul className="plain">
          {upcoming.map((e) => (
            <EventItem key={e.id} e={e} ctx={ctx} now={now} />
          ))}
        </ul>
      )}
      {upcoming.length > 0 && (
        <p className="muted">
          “Going” reminds {ctx.name} 30 minutes before and adds the event to their calendar feed.
        </p>
      )}
      <h3>Recent (last {RECENT_DAYS} days)</h3>
      {recent.length === 0 ? (
        <Empty>No events ended in the last {RECENT_DAYS} days.</Empty>
      ) : (
        <ul className="plain">
          {recent.map((e) => (
            <EventItem key={e.id} e={e} ctx={ctx} now={now} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function EventItem({ e, ctx, now }: { e: OrgEvent; ctx: Ctx; now: number }) {
  const past = Date.parse(e.endsAt) < now;
  const live = !past && Date.parse(e.startsAt) <= now;
  const remindAt = ctx.joined.get(e.id);
  const [created, setCreated] = useState<number | null>(null);
  return (
    <li>
      <strong>{e.name}</strong> <Badge>{words(e.kind)}</Badge>{' '}
      {live && <Badge tone="ok">Happening now</Badge>}{' '}
      {remindAt && <Badge tone="ok">{ctx.name} is going</Badge>}
      <div className="muted">
        {when(e.startsAt)} – {when(e.endsAt)} · {e.localStart.replace('T', ' ')} {e.timeZone} ·{' '}
        {e.online ? 'online' : (e.place ?? 'place to be announced')}
        {e.organization ? ` · by ${e.organization.name}` : ''} ·{' '}
        {e.hashtags.map((h) => `#${h}`).join(' ')}
        {e.speakers.length > 0 && ` · speakers ${e.speakers.map((s) => `@${s}`).join(', ')}`}
        {e.url && (
          <>
            {' · '}
            <a href={e.url} target="_blank" rel="noreferrer">
              event page
            </a>
          </>
        )}
      </div>
      {remindAt && <div className="muted">Reminder {whenTime(remindAt)}</div>}
      <div className="actions tb-row-actions">
        {!past && !remindAt && ctx.actor && (
          <ActionButton
            kind="secondary"
            label={`Going to ${e.name}`}
            onAction={async () => {
              check(
                (await gql(OrgsTabJoinDoc, { input: { seekerId: ctx.seekerId, eventId: e.id } }))
                  .joinOrgActivity,
              );
              ctx.onChange();
            }}
          >
            Going
          </ActionButton>
        )}
        {(past || live) && ctx.actor && (
          <ActionButton
            kind="secondary"
            label={`Create follow-up tasks from ${e.name}`}
            onAction={async () => {
              const r = check(
                (
                  await gql(OrgsTabFollowUpsDoc, {
                    input: { seekerId: ctx.seekerId, eventId: e.id },
                  })
                ).createEventFollowUps,
              );
              setCreated(r.created ?? 0);
              ctx.onChange();
            }}
          >
            Create follow-up tasks
          </ActionButton>
        )}
        {created !== null && (
          <span role="status" className="muted">
            {created === 0
              ? 'No new tasks (they exist already, or no one to follow up with).'
              : `${created} new ${created === 1 ? 'task' : 'tasks'} below.`}
          </span>
        )}
      </div>
      {(past || live) && (
        <LazyDetails summary={`Highlights of ${e.name}`}>
          {() => <EventHighlights id={e.id} name={e.name} />}
        </LazyDetails>
      )}
    </li>
  );
}

function Chats({ chats, ctx, hasHandle }: { chats: Chat[]; ctx: Ctx; hasHandle: boolean }) {
  return (
    <Card title="Hashtag chats">
      {chats.length === 0 ? (
        <Empty>
          No recurring chats yet. Add one (hashtag and schedule) on the Cohorts, events &amp; chats
          page.
        </Empty>
      ) : (
        <ul className="plain">
          {chats.map((c) => {
            const next = c.upcoming[0];
            const remindAt = ctx.joined.get(c.id);
            const tookPart = c.participation.filter((p) => p.tookPart).length;
            return (
              <li key={c.id}>
                <strong>#{c.hashtag}</strong> {c.name !== c.hashtag && <>({c.name}) </>}
                {remindAt && <Badge tone="ok">{ctx.name} joined</Badge>}
                <div className="muted">
                  {c.schedule}, {c.durationMinutes} min
                  {c.hostUsername ? ` · hosted by @${c.hostUsername}` : ''}
                </div>
                <div>
                  Next: {next ? whenTime(next.start) : 'no date ahead'}
                  {next && (
                    <span className="muted">
                      {' '}
                      ({next.localStart.replace('T', ' ')} {c.timeZone})
                    </span>
                  )}
                  {remindAt && ` · reminder ${whenTime(remindAt)}`}
                </div>
                <div>
                  {hasHandle ? (
                    <>
                      Took part in {tookPart} of the last {c.participation.length}:{' '}
                      {c.participation.map((p) => (
                        <span
                          key={p.occurrence.start}
                          className={`tb-dot ${p.tookPart ? 'tb-dot-on' : ''}`}
                        >
                          {when(p.occurrence.start)}:{' '}
                          {p.tookPart
                            ? `${p.posts} ${p.posts === 1 ? 'post' : 'posts'}`
                            : 'no posts'}
                        </span>
                      ))}
                    </>
                  ) : (
                    <span className="muted">
                      Participation shows once {ctx.name}’s X handle is linked (Profile tab).
                    </span>
                  )}
                </div>
                {!remindAt && ctx.actor && (
                  <div className="actions tb-row-actions">
                    <ActionButton
                      kind="secondary"
                      label={`Join #${c.hashtag}`}
                      onAction={async () => {
                        check(
                          (
                            await gql(OrgsTabJoinDoc, {
                              input: { seekerId: ctx.seekerId, chatId: c.id },
                            })
                          ).joinOrgActivity,
                        );
                        ctx.onChange();
                      }}
                    >
                      Join
                    </ActionButton>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p className="muted">
        “Join” reminds {ctx.name} 30 minutes before each chat and adds it to their calendar feed.
      </p>
    </Card>
  );
}

type Task = OrgsTabTasksQuery['seekerTasks'][number];

function Tasks({
  tasks,
  name,
  actor,
  onChange,
}: {
  tasks: Task[];
  name: string;
  actor: boolean;
  onChange: () => void;
}) {
  const [showDone, setShowDone] = useState(false);
  const open = tasks.filter((t) => !t.doneAt);
  const done = tasks.filter((t) => t.doneAt);
  const now = Date.now();
  return (
    <>
      {open.length === 0 ? (
        <Empty>
          No open follow-ups for {name}. After an event, “Create follow-up tasks” suggests whom to
          thank and keep talking with.
        </Empty>
      ) : (
        <ul className="plain">
          {open.map((t) => {
            const late = t.dueAt && Date.parse(t.dueAt) < now;
            return (
              <li key={t.id} className="tb-task">
                <div>
                  <Badge>{words(t.kind)}</Badge> <span className="tb-wrap">{t.title}</span>
                  <div className="muted">
                    {t.dueAt ? (
                      <>
                        Due {when(t.dueAt)}
                        {late && (
                          <>
                            {' '}
                            <Badge tone="warn">Overdue</Badge>
                          </>
                        )}
                      </>
                    ) : (
                      'No due date'
                    )}
                    {t.profileUrl && (
                      <>
                        {' · '}
                        <a href={t.profileUrl} target="_blank" rel="noreferrer">
                          @{t.xUsername ?? 'profile'} on X
                        </a>
                      </>
                    )}
                  </div>
                </div>
                {actor && (
                  <ActionButton
                    kind="secondary"
                    label={`Done: ${t.title}`}
                    onAction={async () => {
                      check(
                        (await gql(OrgsTabCompleteTaskDoc, { input: { taskId: t.id } }))
                          .completeSeekerTask,
                      );
                      onChange();
                    }}
                  >
                    Done
                  </ActionButton>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {done.length > 0 && (
        <>
          <button type="button" className="linklike" onClick={() => setShowDone(!showDone)}>
            {showDone ? 'Hide' : 'Show'} {done.length} done
          </button>
          {showDone && (
            <ul className="plain">
              {done.map((t) => (
                <li key={t.id} className="muted">
                  <Badge>{words(t.kind)}</Badge> {t.title} · done {when(t.doneAt)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
