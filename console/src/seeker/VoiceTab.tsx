/**
 * Voice: drafts with their checks and the coach's review, the posting queue and its slots, the
 * voice profile (consistency, pillars, tone, cadence, month by month), the audit of old posts and
 * whether the links in them still work. Coaches review; only the seeker deletes a post.
 */
import { useId, useState } from 'react';
import { check, gql } from '../api';
import { graphql } from '../gql';
import type {
  LinkState,
  VoiceDraftStatus,
  VoiceTabAuditQuery,
  VoiceTabDraftsQuery,
  VoiceTabProfileQuery,
} from '../gql/graphql';
import {
  ActionButton,
  Async,
  Badge,
  Bars,
  Card,
  Empty,
  ErrorBox,
  pct,
  Sparkline,
  Stat,
  Table,
  when,
  whenTime,
  words,
} from '../ui';
import { Input, mutate, TextArea, useSubmit } from '../ui/forms';
import { useQuery } from '../use-query';
import { canAct, canWrite, useViewer } from '../viewer';
import './tabs-b.css';

const VoiceTabProfileDoc = graphql(`
  query VoiceTabProfile($seekerId: ID!) {
    voiceProfile(seekerId: $seekerId) {
      consistency
      onPillarShare
      posts
      readabilityGrade
      tone {
        formality
        sentiment
      }
      cadence {
        postsPerWeek
        activeWeeks
        longestGapDays
      }
      pillarShare {
        pillar
        posts
        share
      }
      months {
        month
        consistency
        posts
        onPillarShare
        readabilityGrade
        themes {
          term
        }
      }
      themes {
        term
        count
      }
    }
    voicePillars(seekerId: $seekerId) {
      name
      terms
    }
  }
`);

const VoiceTabDraftsDoc = graphql(`
  query VoiceTabDrafts($seekerId: ID!) {
    seeker(id: $seekerId) {
      id
      name
    }
    voiceDrafts(seekerId: $seekerId, first: 50) {
      nodes {
        id
        text
        status
        createdAt
        approvedAt
        scheduledFor
        postedAt
        postUrl
        failureMessage
        seekerOkAt
        check {
          ok
          length
          pillar
          findings {
            code
            message
            severity
          }
        }
        comments {
          body
          createdAt
          authorName
          authorRole
        }
      }
    }
    postingSlots(seekerId: $seekerId) {
      timeZone
      times
      weekdays
    }
  }
`);

const VoiceTabAuditDoc = graphql(`
  query VoiceTabAudit($seekerId: ID!) {
    voiceAudit(seekerId: $seekerId) {
      postId
      reason
      severity
      detail
      text
      postedAt
      decision
      decisionStatus
      decisionError
    }
  }
`);

const VoiceTabLinksDoc = graphql(`
  query VoiceTabLinks($seekerId: ID!) {
    voiceLinks(seekerId: $seekerId) {
      url
      state
      httpStatus
      reason
      finalUrl
      checkedAt
    }
  }
`);

const VoiceTabDecideDoc = graphql(`
  mutation VoiceTabDecide($input: DecideAuditFindingInput!) {
    decideAuditFinding(input: $input) {
      status
      error
      userErrors {
        message
        code
      }
    }
  }
`);

const VoiceTabReviewDoc = graphql(`
  mutation VoiceTabReview($input: ReviewVoiceDraftInput!) {
    reviewVoiceDraft(input: $input) {
      draft {
        id
        status
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const VoiceTabCommentDoc = graphql(`
  mutation VoiceTabComment($input: CommentVoiceDraftInput!) {
    commentVoiceDraft(input: $input) {
      draft {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const VoiceTabCreateDoc = graphql(`
  mutation VoiceTabCreate($input: CreateVoiceDraftInput!) {
    createVoiceDraft(input: $input) {
      draft {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const VoiceTabEditDoc = graphql(`
  mutation VoiceTabEdit($input: EditVoiceDraftInput!) {
    editVoiceDraft(input: $input) {
      draft {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const VoiceTabSubmitDoc = graphql(`
  mutation VoiceTabSubmit($input: SubmitVoiceDraftInput!) {
    submitVoiceDraft(input: $input) {
      draft {
        id
        status
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const VoiceTabScheduleDoc = graphql(`
  mutation VoiceTabSchedule($input: ScheduleVoiceDraftInput!) {
    scheduleVoiceDraft(input: $input) {
      draft {
        id
        scheduledFor
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const VoiceTabCancelDoc = graphql(`
  mutation VoiceTabCancel($input: CancelVoiceDraftInput!) {
    cancelVoiceDraft(input: $input) {
      draft {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const VoiceTabSlotsDoc = graphql(`
  mutation VoiceTabSlots($input: SetPostingSlotsInput!) {
    setPostingSlots(input: $input) {
      slots {
        timeZone
      }
      userErrors {
        message
        code
      }
    }
  }
`);

type Draft = VoiceTabDraftsQuery['voiceDrafts']['nodes'][number];
type Slots = VoiceTabDraftsQuery['postingSlots'];
type Profile = VoiceTabProfileQuery['voiceProfile'];
type Finding = VoiceTabAuditQuery['voiceAudit'][number];

interface Who {
  seekerId: string;
  name: string;
  /** Owners, admins and coaches approve drafts. */
  reviewer: boolean;
  /** Anyone but a viewer writes (seekers included). */
  actor: boolean;
  /** The seeker themself, the only one who may delete their posts. */
  self: boolean;
}

const STATUS_TONE: Record<VoiceDraftStatus, string> = {
  DRAFT: 'neutral',
  IN_REVIEW: 'warn',
  CHANGES_REQUESTED: 'warn',
  APPROVED: 'ok',
  SCHEDULED: 'ok',
  POSTING: 'ok',
  POSTED: 'ok',
  FAILED: 'bad',
  CANCELLED: 'neutral',
  PAUSED: 'warn',
};
const LINK_TONE: Record<LinkState, string> = {
  OK: 'ok',
  BROKEN: 'bad',
  BLOCKED: 'bad',
  PENDING: 'neutral',
  UNKNOWN: 'warn',
};
const SEVERITY_TONE: Record<string, string> = {
  error: 'bad',
  high: 'bad',
  warning: 'warn',
  medium: 'warn',
};
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function VoiceTab({ seekerId }: { seekerId: string }) {
  const viewer = useViewer();
  const drafts = useQuery(() => gql(VoiceTabDraftsDoc, { seekerId }), [seekerId]);
  return (
    <Async q={drafts} what="Loading drafts">
      {(d) => {
        const who: Who = {
          seekerId,
          name: d.seeker.name,
          reviewer: canWrite(viewer),
          actor: canAct(viewer),
          self: viewer.viewer.role === 'SEEKER' && viewer.viewer.seekerId === seekerId,
        };
        return (
          <>
            <Card title="Drafts">
              <DraftList drafts={d.voiceDrafts.nodes} who={who} onChange={drafts.reload} />
              {who.actor && <NewDraft who={who} onDone={drafts.reload} />}
            </Card>
            <Card title="Queue">
              <Queue
                drafts={d.voiceDrafts.nodes}
                slots={d.postingSlots}
                who={who}
                onChange={drafts.reload}
              />
            </Card>
            <ProfileCard seekerId={seekerId} name={d.seeker.name} self={who.self} />
            <AuditCard who={who} />
            <LinksCard seekerId={seekerId} name={d.seeker.name} />
          </>
        );
      }}
    </Async>
  );
}

// ---- drafts ----

const OPEN: VoiceDraftStatus[] = ['IN_REVIEW', 'CHANGES_REQUESTED', 'DRAFT', 'APPROVED', 'PAUSED'];

function DraftList({ drafts, who, onChange }: { drafts: Draft[]; who: Who; onChange: () => void }) {
  const [showAll, setShowAll] = useState(false);
  // What needs someone comes first; the queue and history follow.
  const open = drafts
    .filter((d) => OPEN.includes(d.status))
    .sort((a, b) => OPEN.indexOf(a.status) - OPEN.indexOf(b.status));
  const rest = drafts.filter((d) => !OPEN.includes(d.status));
  const shown = showAll ? [...open, ...rest] : open;
  return (
    <>
      {open.length === 0 && (
        <Empty>
          No drafts waiting. {who.actor ? 'Write one below; ' : ''}a draft is checked against{' '}
          {who.name}’s pillars, sent for review, approved by a coach, then queued.
        </Empty>
      )}
      {shown.length > 0 && (
        <ul className="plain">
          {shown.map((d) => (
            <DraftItem key={d.id} d={d} who={who} onChange={onChange} />
          ))}
        </ul>
      )}
      {rest.length > 0 && (
        <button type="button" className="linklike" onClick={() => setShowAll(!showAll)}>
          {showAll
            ? 'Hide scheduled, posted and cancelled drafts'
            : `Show ${rest.length} scheduled, posted or cancelled`}
        </button>
      )}
    </>
  );
}

function DraftItem({ d, who, onChange }: { d: Draft; who: Who; onChange: () => void }) {
  const [editing, setEditing] = useState(false);
  const editable = d.status === 'DRAFT' || d.status === 'CHANGES_REQUESTED';
  const stamp =
    d.status === 'POSTED'
      ? `posted ${whenTime(d.postedAt)}`
      : d.scheduledFor
        ? `posts ${whenTime(d.scheduledFor)}`
        : d.approvedAt
          ? `approved ${whenTime(d.approvedAt)}`
          : `written ${whenTime(d.createdAt)}`;
  return (
    <li className="tb-draft">
      <div className="tb-match-head">
        <Badge tone={STATUS_TONE[d.status]}>{words(d.status)}</Badge>
        <span className="muted">{stamp}</span>
      </div>
      {editing ? (
        <EditDraft
          d={d}
          onDone={() => {
            setEditing(false);
            onChange();
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <blockquote className="tb-post">{d.text}</blockquote>
      )}
      <DraftCheckView d={d} />
      {d.failureMessage && <p className="tb-bad">Why: {d.failureMessage}</p>}
      {d.comments.length > 0 && (
        <div>
          <div className="tb-label">Comments</div>
          <ul className="tb-posts">
            {d.comments.map((c) => (
              <li key={c.createdAt + c.body}>
                <span className="tb-wrap">{c.body}</span>{' '}
                <span className="muted">
                  {c.authorName
                    ? `${c.authorName} (${c.authorRole === 'SEEKER' ? 'seeker' : 'coach'}), `
                    : ''}
                  {whenTime(c.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {d.status === 'IN_REVIEW' && who.reviewer && <ReviewBox d={d} onChange={onChange} />}
      {d.status === 'IN_REVIEW' && !who.reviewer && (
        <p className="muted">Waiting for a coach to approve it.</p>
      )}
      {who.actor && editable && !d.check.ok && (
        <p className="muted">Fix the errors above (“Edit”), then send it for review.</p>
      )}
      {editable && d.check.ok && !d.seekerOkAt && !who.self && (
        <p className="muted">
          Waiting for {who.name}’s OK: it posts as them, so they send it for review themself.
        </p>
      )}
      {who.actor && (
        <div className="actions tb-row-actions">
          {editable && !editing && (
            <button type="button" className="btn btn-secondary" onClick={() => setEditing(true)}>
              Edit
            </button>
          )}
          {editable && d.check.ok && (who.self || d.seekerOkAt) && (
            <ActionButton
              onAction={() =>
                mutate(
                  gql(VoiceTabSubmitDoc, { input: { draftId: d.id } }).then(
                    (r) => r.submitVoiceDraft,
                  ),
                  onChange,
                )
              }
            >
              Send for review
            </ActionButton>
          )}
          {(d.status === 'APPROVED' || d.status === 'PAUSED') && (
            <ScheduleControl d={d} onChange={onChange} />
          )}
          {!['POSTED', 'POSTING', 'CANCELLED'].includes(d.status) && (
            <ActionButton
              kind="danger"
              label="Cancel draft"
              confirm="Cancel this draft? It will not be posted."
              onAction={() =>
                mutate(
                  gql(VoiceTabCancelDoc, { input: { draftId: d.id } }).then(
                    (r) => r.cancelVoiceDraft,
                  ),
                  onChange,
                )
              }
            >
              Cancel
            </ActionButton>
          )}
          {d.postUrl && (
            <a href={d.postUrl} target="_blank" rel="noreferrer">
              The post on X
            </a>
          )}
        </div>
      )}
    </li>
  );
}

function EditDraft({
  d,
  onDone,
  onCancel,
}: {
  d: Draft;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState(d.text);
  const submit = useSubmit(async () => {
    check(
      (await gql(VoiceTabEditDoc, { input: { draftId: d.id, text: text.trim() } })).editVoiceDraft,
    );
    onDone();
  });
  return (
    <form onSubmit={submit.onSubmit} className="tb-edit">
      <TextArea label="Edit post text" required value={text} onChange={setText} />
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={submit.busy}>
          Save and check again
        </button>
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          Keep as it was
        </button>
      </div>
      <ErrorBox error={submit.error} />
    </form>
  );
}

function DraftCheckView({ d }: { d: Draft }) {
  const c = d.check;
  return (
    <div>
      <span className="muted">
        {c.length} characters · {c.pillar ? `pillar: ${c.pillar}` : 'on no pillar'} ·{' '}
      </span>
      {c.ok ? <Badge tone="ok">Check passed</Badge> : <Badge tone="bad">Check failed</Badge>}
      {c.findings.length > 0 && (
        <ul className="tb-posts">
          {c.findings.map((f) => (
            <li key={f.code + f.message}>
              <Badge tone={SEVERITY_TONE[f.severity] ?? 'neutral'}>{f.severity}</Badge> {f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ReviewBox({ d, onChange }: { d: Draft; onChange: () => void }) {
  const [comment, setComment] = useState('');
  const review = async (approve: boolean) => {
    check(
      (
        await gql(VoiceTabReviewDoc, {
          input: { draftId: d.id, approve, comment: comment.trim() || null },
        })
      ).reviewVoiceDraft,
    );
    setComment('');
    onChange();
  };
  return (
    <div className="tb-review">
      <TextArea
        label="Comment for the seeker"
        value={comment}
        maxLength={2000}
        placeholder="Optional when approving; say what to change when asking for changes"
        onChange={setComment}
      />
      <div className="actions">
        <ActionButton label="Approve draft" onAction={() => review(true)}>
          Approve
        </ActionButton>
        <ActionButton
          kind="secondary"
          label="Request changes to draft"
          onAction={async () => {
            if (!comment.trim()) throw new Error('Say what to change in the comment first.');
            await review(false);
          }}
        >
          Request changes
        </ActionButton>
        <ActionButton
          kind="secondary"
          onAction={async () => {
            if (!comment.trim()) throw new Error('Write a comment first.');
            check(
              (
                await gql(VoiceTabCommentDoc, {
                  input: { draftId: d.id, body: comment.trim() },
                })
              ).commentVoiceDraft,
            );
            setComment('');
            onChange();
          }}
        >
          Comment only
        </ActionButton>
      </div>
    </div>
  );
}

function ScheduleControl({ d, onChange }: { d: Draft; onChange: () => void }) {
  const [at, setAt] = useState('');
  const submit = useSubmit(async () => {
    check(
      (
        await gql(VoiceTabScheduleDoc, {
          input: { draftId: d.id, at: at ? new Date(at).toISOString() : null },
        })
      ).scheduleVoiceDraft,
    );
    onChange();
  });
  return (
    <form onSubmit={submit.onSubmit} className="tb-form-row">
      <Input
        label="Post at (empty: next free slot)"
        type="datetime-local"
        value={at}
        onChange={setAt}
      />
      <div className="field tb-end">
        <button type="submit" className="btn btn-primary" disabled={submit.busy}>
          {d.status === 'PAUSED' ? 'Resume' : 'Schedule'}
        </button>
      </div>
      <ErrorBox error={submit.error} />
    </form>
  );
}

function NewDraft({ who, onDone }: { who: Who; onDone: () => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const submit = useSubmit(async () => {
    check(
      (await gql(VoiceTabCreateDoc, { input: { seekerId: who.seekerId, text: text.trim() } }))
        .createVoiceDraft,
    );
    setText('');
    onDone();
  });
  return (
    <form onSubmit={submit.onSubmit} className="tb-compact">
      <h3>New draft</h3>
      <div className="field">
        <label htmlFor={`${id}-text`}>Post text</label>
        <textarea
          id={`${id}-text`}
          required
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${id}-hint`}
        />
        <div className="muted" id={`${id}-hint`}>
          {text.length} characters. It is checked against {who.name}’s pillars and X’s limits when
          saved; send it for review afterwards.
        </div>
      </div>
      <button type="submit" className="btn btn-secondary" disabled={submit.busy}>
        Save draft
      </button>
      <ErrorBox error={submit.error} />
    </form>
  );
}

// ---- the queue ----

function slotsText(s: Slots): string {
  const days = [...s.weekdays].sort().map((d) => DAYS[d] ?? String(d));
  return `${days.join(', ') || 'no days'} at ${s.times.join(', ') || 'no times'} (${s.timeZone})`;
}

function Queue({
  drafts,
  slots,
  who,
  onChange,
}: {
  drafts: Draft[];
  slots: Slots;
  who: Who;
  onChange: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const queued = drafts
    .filter((d) => d.status === 'SCHEDULED' || d.status === 'POSTING')
    .sort((a, b) => (a.scheduledFor ?? '').localeCompare(b.scheduledFor ?? ''));
  return (
    <>
      {queued.length === 0 ? (
        <Empty>
          Nothing queued. An approved draft is scheduled into the next free slot (“Schedule” on the
          draft).
        </Empty>
      ) : (
        <ol className="plain">
          {queued.map((d) => (
            <li key={d.id}>
              <strong>{whenTime(d.scheduledFor)}</strong>{' '}
              {d.status === 'POSTING' && <Badge tone="ok">posting</Badge>}
              <div className="tb-wrap">{d.text}</div>
            </li>
          ))}
        </ol>
      )}
      {queued.length > 0 && <p className="muted">Times are in your own time zone.</p>}
      <h3>Posting slots</h3>
      <p>{slotsText(slots)}</p>
      {who.actor &&
        (editing ? (
          <SlotsForm
            who={who}
            slots={slots}
            onDone={() => {
              setEditing(false);
              onChange();
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <button type="button" className="btn btn-secondary" onClick={() => setEditing(true)}>
            Change slots
          </button>
        ))}
    </>
  );
}

function SlotsForm({
  who,
  slots,
  onDone,
  onCancel,
}: {
  who: Who;
  slots: Slots;
  onDone: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [days, setDays] = useState(new Set(slots.weekdays));
  const [times, setTimes] = useState(slots.times.join(', '));
  const [tz, setTz] = useState(slots.timeZone);
  const submit = useSubmit(async () => {
    check(
      (
        await gql(VoiceTabSlotsDoc, {
          input: {
            seekerId: who.seekerId,
            timeZone: tz.trim(),
            times: times
              .split(/[,\s]+/)
              .map((t) => t.trim())
              .filter(Boolean),
            weekdays: [...days].sort(),
          },
        })
      ).setPostingSlots,
    );
    onDone();
  });
  return (
    <form onSubmit={submit.onSubmit} className="tb-compact">
      <fieldset className="tb-days">
        <legend>Days</legend>
        {DAYS.map((name, d) => (
          <span key={name} className="tb-check">
            <input
              id={`${id}-d${d}`}
              type="checkbox"
              checked={days.has(d)}
              onChange={(e) => {
                const next = new Set(days);
                if (e.target.checked) next.add(d);
                else next.delete(d);
                setDays(next);
              }}
            />
            <label htmlFor={`${id}-d${d}`}>{name}</label>
          </span>
        ))}
      </fieldset>
      <div className="tb-form-row">
        <Input label="Times (HH:mm, comma-separated)" value={times} onChange={setTimes} />
        <Input label="Time zone" value={tz} placeholder="e.g. America/New_York" onChange={setTz} />
      </div>
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={submit.busy}>
          Save slots
        </button>
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <ErrorBox error={submit.error} />
    </form>
  );
}

// ---- the profile ----

function ProfileCard({ seekerId, name, self }: { seekerId: string; name: string; self: boolean }) {
  const q = useQuery(() => gql(VoiceTabProfileDoc, { seekerId }), [seekerId]);
  return (
    <Card title="Voice profile">
      <Async q={q} what="Reading the public trail">
        {(d) =>
          d.voiceProfile.posts === 0 ? (
            <Empty>
              {self
                ? 'None of your posts read yet. Once your X account is connected, Perch reads your posts and builds your profile.'
                : `No posts of ${name}’s read yet. Once their X account is connected (Profile tab), Perch reads their posts and builds the profile.`}
            </Empty>
          ) : (
            <ProfileView p={d.voiceProfile} pillars={d.voicePillars} self={self} />
          )
        }
      </Async>
    </Card>
  );
}

/** "2026-11" as "Nov 2026". */
function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString('en-US', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function tone(formality: number, sentiment: number): string {
  const f = formality > 0.6 ? 'formal' : formality < 0.4 ? 'casual' : 'neither formal nor casual';
  const s = sentiment > 0.2 ? 'positive' : sentiment < -0.2 ? 'negative' : 'neutral';
  return `${f}, ${s}`;
}

function ProfileView({
  p,
  pillars,
  self,
}: {
  p: Profile;
  pillars: VoiceTabProfileQuery['voicePillars'];
  self: boolean;
}) {
  const recent = p.months.slice(-12);
  const terms = new Map(pillars.map((x) => [x.name, x.terms]));
  // The caseload shows the latest month with posts; here it stands beside the whole trail's.
  const latest = [...p.months].reverse().find((m) => m.posts > 0);
  return (
    <>
      <div className="tb-stats">
        <Stat value={Math.round(p.consistency)} label="consistency of 100, all posts" />
        {latest && (
          <Stat
            value={Math.round(latest.consistency)}
            label={`consistency in ${monthLabel(latest.month)}`}
          />
        )}
        <Stat value={pct(p.onPillarShare)} label="of posts on a pillar" />
        <Stat value={p.cadence.postsPerWeek.toFixed(1)} label="posts a week" />
        <Stat value={p.posts} label="posts read" />
      </div>
      <dl className="kv">
        <dt>Tone</dt>
        <dd>
          {tone(p.tone.formality, p.tone.sentiment)} (formality {p.tone.formality.toFixed(2)},
          sentiment {p.tone.sentiment.toFixed(2)})
        </dd>
        <dt>Cadence</dt>
        <dd>
          active {p.cadence.activeWeeks} weeks · longest gap {Math.round(p.cadence.longestGapDays)}{' '}
          days
        </dd>
        <dt>Reading grade</dt>
        <dd>{p.readabilityGrade.toFixed(1)}</dd>
        <dt>Themes</dt>
        <dd>
          {p.themes
            .slice(0, 8)
            .map((t) => `${t.term} (${t.count})`)
            .join(', ') || '–'}
        </dd>
      </dl>
      <div className="grid">
        <div>
          <h3>Pillars</h3>
          {p.pillarShare.length === 0 ? (
            <Empty>
              No pillars set: choose the 3–5 themes {self ? 'you want' : 'the seeker wants'} to be
              known for.
            </Empty>
          ) : (
            <>
              <Bars
                rows={p.pillarShare.map((x) => ({ label: x.pillar, value: x.share }))}
                format={pct}
                label={`Share of posts per pillar: ${p.pillarShare.map((x) => `${x.pillar} ${pct(x.share)} (${x.posts} posts)`).join(', ')}`}
              />
              <p className="muted">
                {p.pillarShare
                  .map((x) => `${x.pillar}: ${(terms.get(x.pillar) ?? []).join(', ')}`)
                  .join(' · ')}
              </p>
            </>
          )}
        </div>
        <div>
          <h3>Consistency, the last {recent.length} months</h3>
          <div className="chart-y">
            <div className="chart-y-axis" aria-hidden="true">
              <span>100</span>
              <span>50</span>
              <span>0</span>
            </div>
            <Sparkline
              values={recent.map((m) => (m.posts > 0 ? m.consistency : null))}
              max={100}
              width={320}
              height={96}
              grid
              label={`Consistency by month, 0 to 100 (gaps are months without posts): ${recent.map((m) => `${monthLabel(m.month)} ${m.posts > 0 ? Math.round(m.consistency) : 'no posts'}`).join(', ')}`}
            />
          </div>
          <p className="muted">
            {recent[0] && monthLabel(recent[0].month)} to{' '}
            {recent.length > 0 && monthLabel(recent[recent.length - 1].month)}; gaps are months
            without posts
          </p>
          <details className="tb-details">
            <summary>The last {recent.length} months</summary>
            <Table
              label="Voice by month"
              columns={['Month', 'Posts', 'Consistency', 'On pillar', 'Reading grade', 'Themes']}
            >
              {[...recent].reverse().map((m) => (
                <tr key={m.month}>
                  <td>{m.month}</td>
                  <td>{m.posts}</td>
                  <td>{m.posts ? Math.round(m.consistency) : '–'}</td>
                  <td>{m.posts ? pct(m.onPillarShare) : '–'}</td>
                  <td>{m.posts ? m.readabilityGrade.toFixed(1) : '–'}</td>
                  <td>
                    {m.themes
                      .slice(0, 3)
                      .map((x) => x.term)
                      .join(', ') || '–'}
                  </td>
                </tr>
              ))}
            </Table>
          </details>
        </div>
      </div>
    </>
  );
}

// ---- the audit and links ----

const REASON: Record<string, string> = {
  profanity: 'Profanity',
  hostility: 'Hostility toward an employer or colleague',
  personal_data: 'Personal data',
  broken_link: 'Broken link',
  off_pillar: 'Far off-pillar',
};

/** Findings shown before "show all" (the API sends the most severe first). */
const AUDIT_FIRST = 5;

function AuditCard({ who }: { who: Who }) {
  const q = useQuery(() => gql(VoiceTabAuditDoc, { seekerId: who.seekerId }), [who.seekerId]);
  const [all, setAll] = useState(false);
  return (
    <Card title="Public-trail audit">
      <Async q={q} what="Auditing old posts">
        {(d) => {
          const open = d.voiceAudit.filter(
            (f) => !f.decisionStatus || f.decisionStatus === 'failed',
          );
          const decided = d.voiceAudit.filter(
            (f) => f.decisionStatus && f.decisionStatus !== 'failed',
          );
          return (
            <>
              {open.length === 0 ? (
                <Empty>
                  {d.voiceAudit.length === 0
                    ? `Nothing in ${who.name}’s posts needs a second look.`
                    : 'Every finding is decided.'}
                </Empty>
              ) : (
                <>
                  <p className="muted">
                    {open.length} {open.length === 1 ? 'post needs' : 'posts need'} a decision.
                    {!who.self &&
                      ` Keep a post here; only ${who.name} can delete one, from their own sign-in.`}
                  </p>
                  <ul className="plain">
                    {(all ? open : open.slice(0, AUDIT_FIRST)).map((f) => (
                      <FindingItem key={f.postId} f={f} who={who} onChange={q.reload} />
                    ))}
                  </ul>
                  {open.length > AUDIT_FIRST && (
                    <button type="button" className="linklike" onClick={() => setAll(!all)}>
                      {all ? `Show the first ${AUDIT_FIRST}` : `Show all ${open.length} findings`}
                    </button>
                  )}
                </>
              )}
              {decided.length > 0 && (
                <details className="tb-details">
                  <summary>{decided.length} decided</summary>
                  <ul className="plain">
                    {decided.map((f) => (
                      <li key={f.postId}>
                        <Badge>{f.decisionStatus}</Badge> {REASON[f.reason] ?? words(f.reason)}:{' '}
                        <span className="muted tb-wrap">{f.text ?? '(post text unavailable)'}</span>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </>
          );
        }}
      </Async>
    </Card>
  );
}

function FindingItem({ f, who, onChange }: { f: Finding; who: Who; onChange: () => void }) {
  const decide = async (decision: 'KEEP' | 'DELETE') => {
    const r = check(
      (
        await gql(VoiceTabDecideDoc, {
          input: { seekerId: who.seekerId, postId: f.postId, decision },
        })
      ).decideAuditFinding,
    );
    onChange();
    if (r.status === 'failed') throw new Error(r.error ?? 'X did not delete the post.');
  };
  const posted = f.postedAt ? when(f.postedAt) : 'an unknown date';
  return (
    <li className="tb-draft">
      <div className="tb-match-head">
        <strong>{REASON[f.reason] ?? words(f.reason)}</strong>
        <Badge tone={SEVERITY_TONE[f.severity] ?? 'neutral'}>{f.severity}</Badge>
        <span className="muted">posted {posted}</span>
      </div>
      <blockquote className="tb-post">{f.text ?? '(post text unavailable)'}</blockquote>
      <p>{f.detail}</p>
      {f.decisionStatus === 'failed' && (
        <p className="tb-bad">Deleting failed: {f.decisionError ?? 'no reason given'}</p>
      )}
      {who.actor && (
        <div className="actions">
          <ActionButton
            kind="secondary"
            label={`Keep the post from ${posted}`}
            onAction={() => decide('KEEP')}
          >
            Keep
          </ActionButton>
          {who.self && (
            <ActionButton
              kind="danger"
              label={`Delete on X: the post from ${posted}`}
              confirm="Delete this post on X? This cannot be undone."
              onAction={() => decide('DELETE')}
            >
              Delete on X
            </ActionButton>
          )}
        </div>
      )}
    </li>
  );
}

function LinksCard({ seekerId, name }: { seekerId: string; name: string }) {
  const q = useQuery(() => gql(VoiceTabLinksDoc, { seekerId }), [seekerId]);
  return (
    <Card title="Links in posts">
      <Async q={q} what="Checking links">
        {(d) =>
          d.voiceLinks.length === 0 ? (
            <Empty>No links in {name}’s posts.</Empty>
          ) : (
            <Table
              label="Links in posts"
              columns={[
                'Link',
                'State',
                { label: 'Why', narrow: true },
                { label: 'Checked', narrow: true },
              ]}
            >
              {d.voiceLinks.map((l) => (
                <tr key={l.url}>
                  <td className="tb-wrap">
                    <a href={l.url} target="_blank" rel="noreferrer">
                      {l.url}
                    </a>
                    {l.finalUrl && l.finalUrl !== l.url && (
                      <div className="muted">→ {l.finalUrl}</div>
                    )}
                  </td>
                  <td>
                    <Badge tone={LINK_TONE[l.state]}>{words(l.state)}</Badge>
                  </td>
                  <td className="hide-narrow">
                    {l.reason ?? (l.httpStatus ? `HTTP ${l.httpStatus}` : '')}
                  </td>
                  <td className="hide-narrow">{whenTime(l.checkedAt)}</td>
                </tr>
              ))}
            </Table>
          )
        }
      </Async>
    </Card>
  );
}
