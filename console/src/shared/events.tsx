/**
 * Events and hashtag chats as the Cohorts page and a seeker's Orgs tab both show them: the fields
 * they list, and what happened at an event's hashtags (its highlights).
 */
import { gql } from '../api';
import { graphql } from '../gql';
import type { EventHighlightsQuery } from '../gql/graphql';
import { Async, Badge, Empty, plural, webHref } from '../ui';
import { href } from '../router';
import { useQuery } from '../use-query';
import { isStaff, useViewer } from '../viewer';

graphql(`
  fragment EventSummary on OrgEvent {
    id
    name
    kind
    startsAt
    endsAt
    localStart
    timeZone
    online
    place
    url
    hashtags
    speakers
    organization {
      id
      name
    }
  }
`);

graphql(`
  fragment ChatSummary on HashtagChat {
    id
    name
    hashtag
    schedule
    hostUsername
    durationMinutes
    timeZone
    upcoming(first: 1) {
      start
      localStart
    }
  }
`);

const EventHighlightsDoc = graphql(`
  query EventHighlights($id: ID!) {
    node(id: $id) {
      ... on OrgEvent {
        id
        highlights {
          postCount
          participants {
            username
            posts
            replies
            isSpeaker
            isHost
          }
          links {
            url
            shares
            sharers
          }
          topPosts {
            xId
            score
            post {
              xId
              text
              url
              username
            }
          }
        }
        attendees {
          id
          name
        }
      }
    }
  }
`);

type EventNode = Extract<EventHighlightsQuery['node'], { highlights: unknown }>;
type Highlights = EventNode['highlights'];

/** People named before the list is cut short. */
const TOP_PEOPLE = 5;
/** Posts and links named. */
const TOP_ITEMS = 3;

/** What happened at an event's hashtags: who posted most, the top posts, the links shared. */
export function EventHighlights({ id, name }: { id: string; name: string }) {
  const q = useQuery(() => gql(EventHighlightsDoc, { id }), [id]);
  return (
    <Async q={q} what={`Loading highlights of ${name}`}>
      {(d) =>
        'highlights' in d.node ? (
          <>
            <Going attendees={d.node.attendees} />
            <HighlightsView h={d.node.highlights} />
          </>
        ) : (
          <Empty>No highlights for this event.</Empty>
        )
      }
    </Async>
  );
}

/** The seekers (whom the reader may see) who said they are going. */
function Going({ attendees }: { attendees: EventNode['attendees'] }) {
  const staff = isStaff(useViewer());
  if (!attendees.length) {
    return <p className="muted">No seeker has said they are going yet.</p>;
  }
  return (
    <p>
      <strong>Going:</strong>{' '}
      {attendees.map((a, i) => (
        <span key={a.id}>
          {i > 0 && ', '}
          {staff ? <a href={href('seekers', a.id, 'orgs')}>{a.name}</a> : a.name}
        </span>
      ))}
    </p>
  );
}

function HighlightsView({ h }: { h: Highlights }) {
  if (h.postCount === 0) {
    return (
      <p className="muted">
        No posts captured on its hashtags yet. Capture starts 21 days before the event and runs 7
        days after.
      </p>
    );
  }
  const top = h.topPosts.map((t) => t.post).slice(0, TOP_ITEMS);
  const people = h.participants.slice(0, TOP_PEOPLE);
  return (
    <div className="grid">
      <div>
        <h4 className="muted">
          {plural(h.postCount, 'post')} · {plural(h.participants.length, 'person', 'people')}
        </h4>
        <ul className="plain">
          {people.map((p) => (
            <li key={p.username}>
              <a href={`https://x.com/${p.username}`}>@{p.username}</a>{' '}
              <span className="muted">
                {plural(p.posts, 'post')}
                {p.replies ? `, ${plural(p.replies, 'reply', 'replies')}` : ''}
              </span>
              {p.isSpeaker && <Badge>speaker</Badge>} {p.isHost && <Badge>host</Badge>}
            </li>
          ))}
        </ul>
      </div>
      {top.length > 0 && (
        <div>
          <h4 className="muted">Top posts</h4>
          <ul className="plain">
            {top.map((p) => (
              <li key={p.xId}>
                <a href={webHref(p.url)}>@{p.username}</a>: {p.text}
              </li>
            ))}
          </ul>
        </div>
      )}
      {h.links.length > 0 && (
        <div>
          <h4 className="muted">Most shared links</h4>
          <ul className="plain">
            {h.links.slice(0, TOP_ITEMS).map((l) => (
              <li key={l.url} className="word-list">
                <a href={webHref(l.url)}>{l.url.replace(/^https?:\/\//, '')}</a>{' '}
                <span className="muted">
                  shared {plural(l.shares, 'time')} by {plural(l.sharers, 'person', 'people')}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
