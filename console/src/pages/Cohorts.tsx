import { useId, useState, type ReactNode } from 'react';
import { check, gql } from '../api';
import { graphql } from '../gql';
import type {
  CohortsPageChatsQuery,
  CohortsPageCohortsQuery,
  CohortsPageEventsQuery,
  CohortSuggestionsQuery,
  OrgEventKind,
} from '../gql/graphql';
import { href } from '../router';
import type { PageProps } from '../routes';
import {
  addCohortMember,
  CheckInBadge,
  CohortSuggestionsDoc,
  createCohort,
  createSuggestedCohort,
  removeCohortMember,
  type CohortSuggestion,
} from '../shared/cohorts';
import { EventHighlights } from '../shared/events';
import {
  ActionButton,
  Async,
  Badge,
  Card,
  Empty,
  ErrorBox,
  PageTitle,
  plural,
  Sparkline,
  webHref,
  when,
  whenTime,
  words,
} from '../ui';
import { browserZone, Field, Input, loadAll, Select, useSubmit } from '../ui/forms';
import { useQuery, type Loaded } from '../use-query';
import { canWrite, useViewer } from '../viewer';
import './admin.css';

const CohortsDoc = graphql(`
  query CohortsPageCohorts($after: String) {
    cohorts(first: 100, after: $after) {
      nodes {
        id
        name
        hashtag
        field
        stage
        termStart
        termEnd
        createdAt
        members {
          id
          name
        }
        checkIns {
          id
          seekerId
          week
          status
        }
        activity(first: 1) {
          at
          kind
          detail
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

const SeekersDoc = graphql(`
  query CohortsPageSeekers($after: String) {
    seekers(first: 100, after: $after) {
      nodes {
        id
        name
        status
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const EventsDoc = graphql(`
  query CohortsPageEvents {
    orgEvents {
      ...EventSummary
    }
  }
`);

const AddEventDoc = graphql(`
  mutation CohortsPageAddEvent($input: AddOrgEventInput!) {
    addOrgEvent(input: $input) {
      event {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const ChatsDoc = graphql(`
  query CohortsPageChats {
    hashtagChats {
      ...ChatSummary
      archive {
        occurrence {
          start
          localStart
        }
        archive {
          postCount
          participants {
            username
            posts
            isHost
          }
        }
      }
    }
  }
`);

const AddChatDoc = graphql(`
  mutation CohortsPageAddChat($input: AddHashtagChatInput!) {
    addHashtagChat(input: $input) {
      chat {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

type Cohort = CohortsPageCohortsQuery['cohorts']['nodes'][number];
type SeekerOption = { id: string; name: string };
type OrgEvent = CohortsPageEventsQuery['orgEvents'][number];
type Chat = CohortsPageChatsQuery['hashtagChats'][number];

const WEEKS_SHOWN = 8;
const DAY_MS = 86_400_000;

/** The Monday of this week as YYYY-MM-DD: check-ins are filed by the Monday of their week. */
function mondayOf(d: Date): string {
  const utc = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  const back = (new Date(utc).getUTCDay() + 6) % 7;
  return new Date(utc - back * DAY_MS).toISOString().slice(0, 10);
}

function weeksBack(monday: string, n: number): string[] {
  const t = Date.parse(`${monday}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) =>
    new Date(t - (n - 1 - i) * 7 * DAY_MS).toISOString().slice(0, 10),
  );
}

/** "2026-11-23T08:00" in its own time zone, without converting it to the reader's. */
function wallTime(local: string): string {
  const [date, time = '00:00'] = local.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(undefined, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return `${day}, ${time.slice(0, 5)}`;
}

const zone = (timeZone: string) => `(${timeZone.replace(/_/g, ' ')})`;

/** The end as wall time in the event's zone: the API gives the start that way, the end as an instant. */
function wallEnd(e: { localStart: string; startsAt: string; endsAt: string }): string {
  const start = Date.parse(`${e.localStart}:00Z`);
  const end = new Date(start + Date.parse(e.endsAt) - Date.parse(e.startsAt));
  const sameDay = end.toISOString().slice(0, 10) === e.localStart.slice(0, 10);
  const time = end.toISOString().slice(11, 16);
  if (sameDay) return time;
  const day = end.toLocaleDateString(undefined, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return `${day}, ${time}`;
}

const splitList = (s: string) =>
  s
    .split(/[\s,]+/)
    .map((x) => x.trim())
    .filter(Boolean);

export function CohortsPage(_: PageProps) {
  const viewer = useViewer();
  const writer = canWrite(viewer);
  const cohorts = useQuery(
    () => loadAll((after) => gql(CohortsDoc, { after }).then((d) => d.cohorts)),
    [],
  );
  const seekers = useQuery(
    () =>
      writer
        ? loadAll((after) => gql(SeekersDoc, { after }).then((d) => d.seekers)).then((all) =>
            all.filter((s) => s.status !== 'ARCHIVED').sort((a, b) => a.name.localeCompare(b.name)),
          )
        : Promise.resolve([]),
    [writer],
  );
  const suggestions = useQuery(() => gql(CohortSuggestionsDoc), []);
  const reloadCohorts = () => {
    cohorts.reload();
    suggestions.reload();
  };
  return (
    <>
      <PageTitle>Cohorts, events &amp; chats</PageTitle>
      <Card title="Cohorts">
        <Async q={cohorts} what="Loading cohorts">
          {(list) => (
            <CohortList
              cohorts={list}
              seekers={seekers.data ?? []}
              writer={writer}
              onChange={reloadCohorts}
            />
          )}
        </Async>
        {writer && <NewCohortForm onCreated={reloadCohorts} />}
      </Card>
      <Card title="Suggested cohorts">
        <Suggestions
          q={suggestions}
          cohorts={cohorts.data}
          writer={writer}
          onCreated={reloadCohorts}
        />
      </Card>
      <Card title="Events">
        <Events writer={writer} />
      </Card>
      <Card title="Hashtag chats">
        <Chats writer={writer} />
      </Card>
    </>
  );
}

/* Cohorts */

function CohortList({
  cohorts,
  seekers,
  writer,
  onChange,
}: {
  cohorts: Cohort[];
  seekers: SeekerOption[];
  writer: boolean;
  onChange: () => void;
}) {
  if (cohorts.length === 0) {
    return (
      <Empty>
        No cohorts yet. Create one from a suggestion below (seekers who agreed to peer matching,
        grouped by stage, field and place){writer ? ', or start an empty one here' : ''}.
      </Empty>
    );
  }
  const monday = mondayOf(new Date());
  return (
    <>
      {[...cohorts]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((c) => (
          <CohortBlock
            key={c.id}
            cohort={c}
            monday={monday}
            seekers={seekers}
            writer={writer}
            onChange={onChange}
          />
        ))}
    </>
  );
}

function CohortBlock({
  cohort: c,
  monday,
  seekers,
  writer,
  onChange,
}: {
  cohort: Cohort;
  monday: string;
  seekers: SeekerOption[];
  writer: boolean;
  onChange: () => void;
}) {
  const weeks = weeksBack(monday, WEEKS_SHOWN);
  const perWeek = weeks.map((w) => c.checkIns.filter((k) => k.week === w).length);
  const thisWeek = new Map(
    c.checkIns.filter((k) => k.week === monday).map((k) => [k.seekerId, k.status]),
  );
  const last4 = perWeek.slice(-4).reduce((n, v) => n + v, 0);
  const blocked = [...thisWeek.values()].filter((s) => s === 'BLOCKED').length;
  const facts = [
    c.hashtag ? `#${c.hashtag}` : null,
    c.field,
    c.stage ? words(c.stage) : null,
    c.termStart || c.termEnd ? `${when(c.termStart)} – ${when(c.termEnd)}` : null,
  ].filter(Boolean);
  return (
    <section className="cohort" aria-label={c.name}>
      <h3>{c.name}</h3>
      {facts.length > 0 && <p className="muted word-list">{facts.join(' · ')}</p>}
      {c.members.length > 0 && (
        <p>
          This week <strong>{thisWeek.size}</strong> of {c.members.length} checked in
          {blocked > 0 && (
            <>
              {' '}
              <Badge tone="bad">{blocked} blocked</Badge>
            </>
          )}{' '}
          · <strong>{last4}</strong> check-ins in 4 weeks
          {perWeek.some((n) => n > 0) && (
            <>
              {' '}
              <Sparkline
                values={perWeek}
                label={`Check-ins per week for ${c.name}, oldest first: ${weeks.map((w, i) => `${w} ${perWeek[i]}`).join(', ')}`}
              />
            </>
          )}
        </p>
      )}
      {c.activity[0] && <p className="muted">Latest: {activityText(c.activity[0], c.members)}</p>}
      {c.members.length === 0 ? (
        <Empty>No members yet. Add seekers with the list below.</Empty>
      ) : (
        <ul className="members" aria-label={`Members of ${c.name}`}>
          {c.members.map((m) => {
            const s = thisWeek.get(m.id);
            return (
              <li key={m.id}>
                <a href={href('seekers', m.id)}>{m.name}</a>
                {s ? <CheckInBadge status={s} /> : <span className="muted">(no check-in)</span>}
                {writer && <RemoveMember cohort={c} seeker={m} onRemoved={onChange} />}
              </li>
            );
          })}
        </ul>
      )}
      {writer && (
        <AddMember
          cohort={c}
          options={seekers.filter((s) => !c.members.some((m) => m.id === s.id))}
          onAdded={onChange}
        />
      )}
    </section>
  );
}

function activityText(a: Cohort['activity'][number], members: SeekerOption[]): string {
  const who = members.find((m) => m.id === a.seekerId)?.name ?? 'A member';
  const what =
    a.kind === 'joined'
      ? 'joined'
      : a.kind === 'check_in'
        ? `checked in (${a.detail.replace(/^(\w+):/, (_, s: string) => `${words(s)}:`)})`
        : `shared ${a.detail}`;
  return `${who} ${what}, ${whenTime(a.at)}`;
}

function RemoveMember({
  cohort,
  seeker,
  onRemoved,
}: {
  cohort: Cohort;
  seeker: SeekerOption;
  onRemoved: () => void;
}) {
  const [error, setError] = useState<string>();
  return (
    <>
      <button
        type="button"
        className="icon-btn"
        aria-label={`Remove ${seeker.name} from ${cohort.name}`}
        title={`Remove from ${cohort.name}`}
        onClick={() => {
          if (!window.confirm(`Remove ${seeker.name} from ${cohort.name}?`)) return;
          setError(undefined);
          removeCohortMember(cohort.id, seeker.id).then(onRemoved, (e: unknown) =>
            setError(e instanceof Error ? e.message : String(e)),
          );
        }}
      >
        ×
      </button>
      {error && (
        <span className="inline-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}

function AddMember({
  cohort,
  options,
  onAdded,
}: {
  cohort: Cohort;
  options: SeekerOption[];
  onAdded: () => void;
}) {
  const [seekerId, setSeekerId] = useState('');
  const { busy, error, onSubmit } = useSubmit(async () => {
    await addCohortMember(cohort.id, seekerId);
    setSeekerId('');
    onAdded();
  });
  if (options.length === 0) return null;
  return (
    <form onSubmit={onSubmit} aria-label={`Add a member to ${cohort.name}`}>
      <div className="form-row">
        <Field label={`Add to ${cohort.name}`}>
          {(id) => (
            <select id={id} required value={seekerId} onChange={(e) => setSeekerId(e.target.value)}>
              <option value="">Choose a seeker</option>
              {options.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="btn btn-secondary" disabled={busy || !seekerId}>
          Add member
        </button>
      </div>
      <ErrorBox error={error} />
    </form>
  );
}

function NewCohortForm({ onCreated }: { onCreated: () => void }) {
  const [name, setName] = useState('');
  const [hashtag, setHashtag] = useState('');
  const [field, setField] = useState('');
  const [termStart, setTermStart] = useState('');
  const [termEnd, setTermEnd] = useState('');
  const submit = useSubmit(async () => {
    await createCohort({
      name: name.trim(),
      hashtag: hashtag.trim().replace(/^#/, '') || null,
      field: field.trim() || null,
      termStart: termStart || null,
      termEnd: termEnd || null,
    });
    setName('');
    setHashtag('');
    setField('');
    setTermStart('');
    setTermEnd('');
    onCreated();
  });
  return (
    <AddForm summary="Start an empty cohort" label="New cohort" submit={submit}>
      <div className="form-row">
        <Input label="Name" type="text" required maxLength={120} value={name} onChange={setName} />
        <Input
          label="Hashtag (optional)"
          type="text"
          maxLength={101}
          placeholder="#SpringDataCohort"
          value={hashtag}
          onChange={setHashtag}
        />
        <Input
          label="Field (optional)"
          type="text"
          maxLength={120}
          placeholder="data"
          value={field}
          onChange={setField}
        />
        <Input label="Term starts" type="date" value={termStart} onChange={setTermStart} />
        <Input
          label="Term ends"
          type="date"
          min={termStart || undefined}
          value={termEnd}
          onChange={setTermEnd}
        />
        <button type="submit" className="btn btn-primary" disabled={submit.busy}>
          Create cohort
        </button>
      </div>
    </AddForm>
  );
}

/** A suggestion already acted on: a cohort with its hashtag, or one holding all its members. */
function formed(s: CohortSuggestion, cohorts: Cohort[]): boolean {
  const tag = s.suggestedHashtag.replace(/^#/, '').toLowerCase();
  return cohorts.some(
    (c) =>
      c.hashtag?.replace(/^#/, '').toLowerCase() === tag ||
      s.members.every((m) => c.members.some((x) => x.id === m.id)),
  );
}

function Suggestions({
  q,
  cohorts,
  writer,
  onCreated,
}: {
  q: Loaded<CohortSuggestionsQuery>;
  cohorts: Cohort[] | undefined;
  writer: boolean;
  onCreated: () => void;
}) {
  return (
    <Async q={q} what="Finding cohort suggestions">
      {(d) => {
        const open = d.cohortSuggestions.filter((s) => !formed(s, cohorts ?? []));
        return open.length === 0 ? (
          <Empty>
            No new suggestions. Suggestions group at least three seekers who agreed to peer matching
            (record that consent on their profile) and share a stage, field and place.
          </Empty>
        ) : (
          <ul className="plain">
            {open.map((s) => (
              <SuggestionItem
                key={s.suggestedHashtag + s.members.map((m) => m.id).join()}
                s={s}
                writer={writer}
                onCreated={onCreated}
              />
            ))}
          </ul>
        );
      }}
    </Async>
  );
}

function SuggestionItem({
  s,
  writer,
  onCreated,
}: {
  s: CohortSuggestion;
  writer: boolean;
  onCreated: () => void;
}) {
  return (
    <li>
      <h3>{s.suggestedName}</h3>
      <p className="muted">
        #{s.suggestedHashtag} · {s.reasons.join(' · ')}
      </p>
      <p className="word-list">
        {s.members.map((m, i) => (
          <span key={m.id}>
            {i > 0 && ', '}
            <a href={href('seekers', m.id)}>{m.name}</a>
          </span>
        ))}
      </p>
      {writer && (
        <ActionButton
          kind="secondary"
          label={`Create the cohort ${s.suggestedName} with ${s.members.length} members`}
          onAction={async () => {
            await createSuggestedCohort(s);
            onCreated();
          }}
        >
          Create this cohort
        </ActionButton>
      )}
    </li>
  );
}

/* Events */

const RECENT_SHOWN = 5;

function Events({ writer }: { writer: boolean }) {
  const q = useQuery(() => gql(EventsDoc), []);
  return (
    <>
      <Async q={q} what="Loading events">
        {(d) => <EventLists events={d.orgEvents} writer={writer} />}
      </Async>
      {writer && <AddEventForm onAdded={q.reload} />}
    </>
  );
}

function EventLists({ events, writer }: { events: OrgEvent[]; writer: boolean }) {
  const [allRecent, setAllRecent] = useState(false);
  if (events.length === 0) {
    return (
      <Empty>
        No events yet.{' '}
        {writer
          ? 'Add a conference, meetup or workshop below: Perch captures its hashtags before, during and after, so seekers can follow up with speakers and participants.'
          : 'A coach or admin adds the conferences and meetups worth following.'}
      </Empty>
    );
  }
  const now = Date.now();
  const upcoming = events
    .filter((e) => Date.parse(e.endsAt) >= now)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const recent = events
    .filter((e) => Date.parse(e.endsAt) < now)
    .sort((a, b) => b.endsAt.localeCompare(a.endsAt));
  const shownRecent = allRecent ? recent : recent.slice(0, RECENT_SHOWN);
  // The event most worth a look opens with its highlights: one under way, else the latest.
  const featured = upcoming.find((e) => Date.parse(e.startsAt) <= now) ?? recent[0];
  return (
    <>
      <h3>Upcoming</h3>
      {upcoming.length === 0 ? (
        <Empty>Nothing scheduled. {writer ? 'Add the next event below.' : ''}</Empty>
      ) : (
        <ul className="plain">
          {upcoming.map((e) => (
            <EventItem key={e.id} e={e} now={now} open={e.id === featured?.id} />
          ))}
        </ul>
      )}
      <h3>Recent</h3>
      {recent.length === 0 ? (
        <Empty>No past events yet; highlights appear here once an event ends.</Empty>
      ) : (
        <>
          <ul className="plain">
            {shownRecent.map((e) => (
              <EventItem key={e.id} e={e} now={now} open={e.id === featured?.id} />
            ))}
          </ul>
          {recent.length > RECENT_SHOWN && (
            <button type="button" className="linklike" onClick={() => setAllRecent(!allRecent)}>
              {allRecent ? 'Show fewer' : `Show all ${recent.length} past events`}
            </button>
          )}
        </>
      )}
    </>
  );
}

function EventItem({ e, now, open }: { e: OrgEvent; now: number; open: boolean }) {
  const [show, setShow] = useState(open);
  const live = Date.parse(e.startsAt) <= now && Date.parse(e.endsAt) >= now;
  const started = Date.parse(e.startsAt) <= now;
  return (
    <li>
      <div className="actions">
        <strong>{webHref(e.url) ? <a href={webHref(e.url)}>{e.name}</a> : e.name}</strong>
        <Badge>{words(e.kind)}</Badge>
        {live && <Badge tone="ok">Happening now</Badge>}
      </div>
      <div>
        {wallTime(e.localStart)} to {wallEnd(e)} {zone(e.timeZone)} ·{' '}
        {e.online ? 'Online' : (e.place ?? 'Place to be announced')}
        {e.organization && <span className="muted"> · by {e.organization.name}</span>}
      </div>
      <div className="muted word-list">
        {e.hashtags.map((h) => `#${h.replace(/^#/, '')}`).join(' ')}
        {e.speakers.length > 0 &&
          ` · Speakers: ${e.speakers.map((s) => `@${s.replace(/^@/, '')}`).join(', ')}`}
      </div>
      {started &&
        (show ? (
          <EventHighlights id={e.id} name={e.name} />
        ) : (
          <button type="button" className="linklike" onClick={() => setShow(true)}>
            Show highlights of {e.name}
          </button>
        ))}
    </li>
  );
}

const KINDS: OrgEventKind[] = ['CONFERENCE', 'MEETUP', 'WORKSHOP'];

function AddEventForm({ onAdded }: { onAdded: () => void }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrgEventKind>('CONFERENCE');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [timeZone, setTimeZone] = useState(browserZone);
  const [online, setOnline] = useState(false);
  const [place, setPlace] = useState('');
  const [hashtags, setHashtags] = useState('');
  const [speakers, setSpeakers] = useState('');
  const [url, setUrl] = useState('');
  const onlineId = useId();
  const submit = useSubmit(async () => {
    check(
      (
        await gql(AddEventDoc, {
          input: {
            name: name.trim(),
            kind,
            startsAt,
            endsAt,
            timeZone: timeZone.trim(),
            online,
            place: place.trim() || null,
            hashtags: splitList(hashtags).map((h) => (h.startsWith('#') ? h : `#${h}`)),
            speakers: splitList(speakers).map((s) => s.replace(/^@/, '')),
            url: url.trim() || null,
          },
        })
      ).addOrgEvent,
    );
    setName('');
    setStartsAt('');
    setEndsAt('');
    setPlace('');
    setHashtags('');
    setSpeakers('');
    setUrl('');
    onAdded();
  });
  return (
    <AddForm summary="Add an event" label="New event" submit={submit}>
      <div className="form-row">
        <Input label="Name" type="text" required maxLength={200} value={name} onChange={setName} />
        <Select label="Kind" value={kind} onChange={setKind} options={KINDS} format={words} />
        <Input
          label="Starts"
          type="datetime-local"
          required
          value={startsAt}
          onChange={setStartsAt}
        />
        <Input
          label="Ends"
          type="datetime-local"
          required
          min={startsAt || undefined}
          value={endsAt}
          onChange={setEndsAt}
        />
        <Input
          label="Time zone"
          type="text"
          required
          placeholder="America/Chicago"
          value={timeZone}
          onChange={setTimeZone}
        />
        <Input
          label="Place"
          type="text"
          maxLength={300}
          placeholder="Chicago, IL"
          value={place}
          onChange={setPlace}
        />
        <label className="check" htmlFor={onlineId}>
          <input
            id={onlineId}
            type="checkbox"
            checked={online}
            onChange={(e) => setOnline(e.target.checked)}
          />
          Online
        </label>
      </div>
      <div className="form-row">
        <Input
          label="Hashtags (up to 5)"
          type="text"
          required
          placeholder="#DataConf2026"
          value={hashtags}
          onChange={setHashtags}
        />
        <Input
          label="Speakers’ X handles (optional)"
          type="text"
          placeholder="@ada, @grace"
          value={speakers}
          onChange={setSpeakers}
        />
        <Input
          label="Web page (optional)"
          type="url"
          placeholder="https://…"
          value={url}
          onChange={setUrl}
        />
        <button type="submit" className="btn btn-primary" disabled={submit.busy}>
          Add event
        </button>
      </div>
    </AddForm>
  );
}

/* Hashtag chats */

/** The most active people named for a chat's last occurrence. */
const TOP = 5;

function Chats({ writer }: { writer: boolean }) {
  const q = useQuery(() => gql(ChatsDoc), []);
  return (
    <>
      <Async q={q} what="Loading hashtag chats">
        {(d) =>
          d.hashtagChats.length === 0 ? (
            <Empty>
              No hashtag chats yet.{' '}
              {writer
                ? 'Add a recurring chat your seekers should join (e.g. #DataChat, Tuesdays 20:00): Perch captures each occurrence and reminds the seekers who join.'
                : 'A coach or admin adds the recurring chats worth joining.'}
            </Empty>
          ) : (
            <ul className="plain">
              {d.hashtagChats.map((c) => (
                <ChatItem key={c.id} c={c} />
              ))}
            </ul>
          )
        }
      </Async>
      {writer && <AddChatForm onAdded={q.reload} />}
    </>
  );
}

function ChatItem({ c }: { c: Chat }) {
  const next = c.upcoming[0];
  const last = c.archive;
  return (
    <li>
      <div className="actions">
        <strong>{c.name}</strong>
        <span className="muted">
          #{c.hashtag}
          {c.hostUsername && ` · hosted by @${c.hostUsername}`}
        </span>
      </div>
      <div>
        {c.schedule}, {c.durationMinutes} min
      </div>
      <div>
        Next:{' '}
        {next
          ? `${wallTime(next.localStart)} ${zone(c.timeZone)} · ${whenTime(next.start)} your time`
          : 'no further occurrence'}
      </div>
      {last ? (
        <div className="muted word-list">
          Last time ({when(last.occurrence.localStart)}): {plural(last.archive.postCount, 'post')}{' '}
          by {plural(last.archive.participants.length, 'person', 'people')}
          {last.archive.participants.length > 0 &&
            ` — most active ${last.archive.participants
              .slice(0, TOP)
              .map((p) => `@${p.username} (${p.posts})`)
              .join(', ')}`}
        </div>
      ) : (
        <div className="muted">No occurrence has ended yet.</div>
      )}
    </li>
  );
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

function AddChatForm({ onAdded }: { onAdded: () => void }) {
  const [name, setName] = useState('');
  const [hashtag, setHashtag] = useState('');
  const [host, setHost] = useState('');
  const [startLocal, setStartLocal] = useState('');
  const [timeZone, setTimeZone] = useState(browserZone);
  const [every, setEvery] = useState('1');
  const [duration, setDuration] = useState('60');
  const submit = useSubmit(async () => {
    // The weekday of the first start, read as a calendar date (no time zone involved).
    const weekday = WEEKDAYS[new Date(`${startLocal.slice(0, 10)}T00:00:00Z`).getUTCDay()];
    const rrule = `FREQ=WEEKLY;${every === '1' ? '' : `INTERVAL=${every};`}BYDAY=${weekday}`;
    check(
      (
        await gql(AddChatDoc, {
          input: {
            name: name.trim(),
            hashtag: hashtag.trim().replace(/^#/, ''),
            hostUsername: host.trim().replace(/^@/, '') || null,
            startLocal,
            timeZone: timeZone.trim(),
            rrule,
            durationMinutes: Number(duration),
          },
        })
      ).addHashtagChat,
    );
    setName('');
    setHashtag('');
    setHost('');
    setStartLocal('');
    onAdded();
  });
  return (
    <AddForm summary="Add a hashtag chat" label="New hashtag chat" submit={submit}>
      <div className="form-row">
        <Input label="Name" type="text" required maxLength={200} value={name} onChange={setName} />
        <Input
          label="Hashtag"
          type="text"
          required
          maxLength={101}
          placeholder="#DataChat"
          value={hashtag}
          onChange={setHashtag}
        />
        <Input
          label="Host’s X handle (optional)"
          type="text"
          maxLength={16}
          placeholder="@thedatachat"
          value={host}
          onChange={setHost}
        />
      </div>
      <div className="form-row">
        <Input
          label="First start"
          type="datetime-local"
          required
          value={startLocal}
          onChange={setStartLocal}
        />
        <Input
          label="Time zone"
          type="text"
          required
          placeholder="America/New_York"
          value={timeZone}
          onChange={setTimeZone}
        />
        <Field label="Repeats">
          {(id) => (
            <select id={id} value={every} onChange={(e) => setEvery(e.target.value)}>
              <option value="1">Every week</option>
              <option value="2">Every two weeks</option>
              <option value="4">Every four weeks</option>
            </select>
          )}
        </Field>
        <Input
          label="Minutes"
          type="number"
          required
          min={1}
          max={1440}
          value={duration}
          onChange={setDuration}
        />
        <button type="submit" className="btn btn-primary" disabled={submit.busy}>
          Add chat
        </button>
      </div>
    </AddForm>
  );
}

/** A form folded under its summary until wanted, showing what failed below it. */
function AddForm({
  summary,
  label,
  submit,
  children,
}: {
  summary: string;
  label: string;
  submit: ReturnType<typeof useSubmit>;
  children: ReactNode;
}) {
  return (
    <details className="add">
      <summary>{summary}</summary>
      <form onSubmit={submit.onSubmit} aria-label={label}>
        {children}
        <ErrorBox error={submit.error} />
      </form>
    </details>
  );
}
