import { useEffect, useRef, useState } from 'react';
import { check, gql } from '../api';
import { graphql } from '../gql';
import type {
  InterviewMode,
  MentorReach,
  MentorshipTabContactFragment,
  MentorshipTabDraftFragment,
  MentorshipTabInterviewFragment,
  MentorshipTabPipelineQuery,
  OutreachChannel,
  OutreachCheck,
  OutreachStage,
} from '../gql/graphql';
import { ActionButton, Async, Badge, Card, Empty, ErrorBox, when, whenTime, words } from '../ui';
import { download } from '../ui/download';
import { browserZone, Field, Input, mutate, TextArea, useSubmit } from '../ui/forms';
import { useQuery } from '../use-query';
import { canAct, canWrite, useSeekerWords, useViewer } from '../viewer';
import './tabs-a.css';

graphql(`
  fragment MentorshipTabDraft on OutreachDraft {
    id
    channel
    text
    status
    createdAt
    intentUrl
    sentAt
    reviewComment
    reviewedAt
    check {
      ok
      score
      length
      asks
      minutesAsked
      findings {
        code
        message
        severity
      }
    }
  }
`);

graphql(`
  fragment MentorshipTabInterview on InformationalInterview {
    id
    startsAt
    endsAt
    localStart
    timeZone
    mode
    place
    meetingUrl
    status
    notes
    ics
    agenda {
      question
      postId
    }
  }
`);

graphql(`
  fragment MentorshipTabContact on MentorContact {
    id
    name
    username
    profileUrl
    contactType
    stage
    stageChangedAt
    allowedMoves
    awaitingReply
    blocked
    reasons
    firstContactAt
    followUpDueAt
    drafts {
      ...MentorshipTabDraft
    }
    interviews {
      ...MentorshipTabInterview
    }
    events {
      at
      fromStage
      toStage
      note
    }
  }
`);

const PipelineDoc = graphql(`
  query MentorshipTabPipeline($id: ID!) {
    mentorContacts(seekerId: $id) {
      ...MentorshipTabContact
    }
    mentorFollowUps(seekerId: $id) {
      id
    }
    outreachPolicy {
      firstContactsPerWeek
      followUpAfterDays
      requireFirstContactApproval
    }
  }
`);

const SuggestionsDoc = graphql(`
  query MentorshipTabSuggestions($id: ID!, $reach: MentorReach!, $field: String) {
    mentorSuggestions(seekerId: $id, first: 12, reach: $reach, field: $field) {
      field
      emptyReason
      mentors {
        xAccountId
        username
        seniority
        field
        distanceKm
        score
        reasons
        profileUrl
        followIntentUrl
      }
    }
  }
`);

const TemplatesDoc = graphql(`
  query MentorshipTabTemplates($type: ContactType!) {
    outreachTemplates(contactType: $type) {
      name
      channel
      text
    }
  }
`);

const CheckDoc = graphql(`
  query MentorshipTabCheck($input: CheckOutreachDraftInput!) {
    checkOutreachDraft(input: $input) {
      ok
      score
      length
      asks
      minutesAsked
      referencedPostId
      findings {
        code
        message
        severity
      }
    }
  }
`);

const AddContactDoc = graphql(`
  mutation MentorshipTabAddContact($input: AddMentorContactInput!) {
    addMentorContact(input: $input) {
      contact {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const MoveDoc = graphql(`
  mutation MentorshipTabMove($input: MoveMentorContactInput!) {
    moveMentorContact(input: $input) {
      contact {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const ReplyDoc = graphql(`
  mutation MentorshipTabReply($input: RecordMentorReplyInput!) {
    recordMentorReply(input: $input) {
      contact {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const BlockDoc = graphql(`
  mutation MentorshipTabBlock($input: SetMentorContactBlockedInput!) {
    setMentorContactBlocked(input: $input) {
      contact {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const CreateDraftDoc = graphql(`
  mutation MentorshipTabCreateDraft($input: CreateOutreachDraftInput!) {
    createOutreachDraft(input: $input) {
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

const ReviewDraftDoc = graphql(`
  mutation MentorshipTabReviewDraft($input: ReviewOutreachDraftInput!) {
    reviewOutreachDraft(input: $input) {
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

const SentDoc = graphql(`
  mutation MentorshipTabMarkSent($input: MarkOutreachDraftSentInput!) {
    markOutreachDraftSent(input: $input) {
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

const ScheduleDoc = graphql(`
  mutation MentorshipTabSchedule($input: ScheduleInformationalInterviewInput!) {
    scheduleInformationalInterview(input: $input) {
      interview {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const UpdateInterviewDoc = graphql(`
  mutation MentorshipTabUpdateInterview($input: UpdateInformationalInterviewInput!) {
    updateInformationalInterview(input: $input) {
      interview {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const DiscoveryDoc = graphql(`
  mutation MentorshipTabDiscovery($input: StartMentorDiscoveryInput!) {
    startMentorDiscovery(input: $input) {
      field
      userErrors {
        message
        code
      }
    }
  }
`);

type Contact = MentorshipTabContactFragment;
type Draft = MentorshipTabDraftFragment;
type Interview = MentorshipTabInterviewFragment;
type Policy = MentorshipTabPipelineQuery['outreachPolicy'];
type Check = Pick<OutreachCheck, 'ok' | 'score' | 'length' | 'asks' | 'minutesAsked'> & {
  findings: { code: string; message: string; severity: string }[];
};

/** Who may do what here: seekers work their own pipeline, only coaches approve drafts. */
interface Can {
  act: boolean;
  review: boolean;
  reload: () => void;
  select: (contactId: string) => void;
}

const STAGES: { stage: OutreachStage; label: string }[] = [
  { stage: 'IDENTIFIED', label: 'Identified' },
  { stage: 'ENGAGING', label: 'Engaging' },
  { stage: 'FIRST_CONTACT', label: 'First contact' },
  { stage: 'INTERVIEW_PROPOSED', label: 'Interview proposed' },
  { stage: 'SCHEDULED', label: 'Scheduled' },
  { stage: 'HELD', label: 'Held' },
  { stage: 'THANKED', label: 'Thanked' },
  { stage: 'ONGOING', label: 'Ongoing' },
  { stage: 'NO_REPLY', label: 'No reply' },
  { stage: 'DECLINED', label: 'Declined' },
];
const stageLabel = (s: OutreachStage | null | undefined) =>
  STAGES.find((x) => x.stage === s)?.label ?? words(s);
const who = (c: Pick<Contact, 'name' | 'username'>) => c.name ?? `@${c.username}`;
const CHANNEL: Record<OutreachChannel, string> = { DM: 'Direct message', REPLY: 'Public reply' };

export function MentorshipTab({ seekerId }: { seekerId: string }) {
  const viewer = useViewer();
  const q = useQuery(() => gql(PipelineDoc, { id: seekerId }), [seekerId]);
  const [selected, setSelected] = useState<string>();
  const can: Can = {
    act: canAct(viewer),
    review: canWrite(viewer),
    reload: q.reload,
    select: setSelected,
  };
  return (
    <>
      <Async q={q} what="Loading the pipeline">
        {(d) => {
          const contact = d.mentorContacts.find((c) => c.id === selected);
          const due = d.mentorContacts.filter((c) => d.mentorFollowUps.some((f) => f.id === c.id));
          return (
            <>
              <FollowUpsCard due={due} policy={d.outreachPolicy} can={can} />
              <Card title="Outreach pipeline">
                <PolicyLine policy={d.outreachPolicy} />
                {d.mentorContacts.length === 0 ? (
                  <Empty>
                    Nobody on the pipeline yet. Add someone from the mentor suggestions below; then
                    engage with their posts before a first message.
                  </Empty>
                ) : (
                  <Board contacts={d.mentorContacts} can={can} />
                )}
              </Card>
              {contact && (
                <ContactDetail
                  key={contact.id}
                  c={contact}
                  can={can}
                  onClose={() => setSelected(undefined)}
                />
              )}
              {d.mentorContacts.length > 0 && (
                <>
                  <DraftsCard contacts={d.mentorContacts} can={can} />
                  <InterviewsCard contacts={d.mentorContacts} can={can} />
                </>
              )}
            </>
          );
        }}
      </Async>
      <SuggestionsCard seekerId={seekerId} can={can} />
    </>
  );
}

function PolicyLine({ policy }: { policy: Policy }) {
  return (
    <p className="muted">
      House rules: at most {policy.firstContactsPerWeek} new first contacts a week; a follow-up
      after {policy.followUpAfterDays} quiet days;{' '}
      {policy.requireFirstContactApproval
        ? 'a coach approves every first message.'
        : 'first messages need no approval.'}
    </p>
  );
}

function Board({ contacts, can }: { contacts: Contact[]; can: Can }) {
  return (
    <div className="board ta-board">
      {STAGES.map(({ stage, label }) => {
        const here = contacts.filter((c) => c.stage === stage);
        return (
          <section
            key={stage}
            className={here.length ? 'column' : 'column ta-col-empty'}
            aria-label={`${label}: ${here.length}`}
          >
            <h3>
              {label} <span className="muted">({here.length})</span>
            </h3>
            {here.length === 0 ? (
              <p className="muted ta-small">Nobody</p>
            ) : (
              <ul className="ta-tiles">
                {here.map((c) => (
                  <Tile key={c.id} c={c} can={can} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

function Flags({ c }: { c: Contact }) {
  const overdue = c.followUpDueAt && Date.parse(c.followUpDueAt) <= Date.now();
  return (
    <div className="flags">
      {c.contactType !== 'MENTOR' && <Badge>{words(c.contactType)}</Badge>}
      {c.blocked && <Badge tone="bad">Blocked</Badge>}
      {c.awaitingReply && !overdue && <Badge>Awaiting reply</Badge>}
      {overdue && <Badge tone="warn">Follow-up due</Badge>}
    </div>
  );
}

function Tile({ c, can }: { c: Contact; can: Can }) {
  return (
    <li className="tile">
      <strong>{who(c)}</strong>
      <div>
        <a href={c.profileUrl} target="_blank" rel="noreferrer">
          @{c.username}
        </a>{' '}
        <span className="muted ta-small">since {when(c.stageChangedAt)}</span>
      </div>
      <Flags c={c} />
      {c.reasons.length > 0 && (
        <ul className="ta-reasons">
          {c.reasons.slice(0, 2).map((r) => (
            <li key={r}>{r}</li>
          ))}
          {c.reasons.length > 2 && <li className="muted">and {c.reasons.length - 2} more</li>}
        </ul>
      )}
      <div className="actions">
        {can.act && !c.blocked && <Moves c={c} can={can} />}
        <button
          type="button"
          className="btn btn-secondary ta-btn-small"
          aria-label={`Details of ${who(c)}`}
          onClick={() => can.select(c.id)}
        >
          Details
        </button>
      </div>
    </li>
  );
}

/** A button per allowed move; scheduling and a held interview go through the interview. */
function Moves({ c, can }: { c: Contact; can: Can }) {
  const scheduled = c.interviews.find((i) => i.status === 'SCHEDULED');
  return (
    <>
      {c.awaitingReply && (
        <ActionButton
          kind="secondary"
          label={`They replied: ${who(c)}`}
          onAction={() =>
            mutate(
              gql(ReplyDoc, { input: { contactId: c.id } }).then((r) => r.recordMentorReply),
              can.reload,
            )
          }
        >
          They replied
        </ActionButton>
      )}
      {c.allowedMoves.map((to) =>
        to === 'SCHEDULED' ? (
          <button
            key={to}
            type="button"
            className="btn btn-primary ta-btn-small"
            aria-label={`Schedule an interview with ${who(c)}`}
            onClick={() => can.select(c.id)}
          >
            Schedule…
          </button>
        ) : (
          <ActionButton
            key={to}
            kind={to === 'DECLINED' || to === 'NO_REPLY' ? 'secondary' : 'primary'}
            label={`Move ${who(c)} to ${stageLabel(to)}`}
            onAction={() =>
              to === 'HELD' && scheduled
                ? mutate(
                    gql(UpdateInterviewDoc, {
                      input: { interviewId: scheduled.id, status: 'HELD' },
                    }).then((r) => r.updateInformationalInterview),
                    can.reload,
                  )
                : mutate(
                    gql(MoveDoc, { input: { contactId: c.id, stage: to } }).then(
                      (r) => r.moveMentorContact,
                    ),
                    can.reload,
                  )
            }
          >
            → {stageLabel(to)}
          </ActionButton>
        ),
      )}
    </>
  );
}

function FollowUpsCard({ due, policy, can }: { due: Contact[]; policy: Policy; can: Can }) {
  return (
    <Card title={`Follow-ups due (${due.length})`}>
      {due.length === 0 ? (
        <Empty>
          No follow-ups due. Someone who stays quiet {policy.followUpAfterDays} days after an ask
          shows up here, for one polite nudge.
        </Empty>
      ) : (
        <ul className="plain">
          {due.map((c) => (
            <li key={c.id}>
              <strong>{who(c)}</strong> <span className="muted">@{c.username}</span> ·{' '}
              {stageLabel(c.stage)} since {when(c.stageChangedAt)} · due {when(c.followUpDueAt)}
              {can.act && (
                <div className="actions ta-row-actions">
                  <button
                    type="button"
                    className="btn btn-primary"
                    aria-label={`Write a nudge to ${who(c)}`}
                    onClick={() => can.select(c.id)}
                  >
                    Write a nudge
                  </button>
                  <ActionButton
                    kind="secondary"
                    label={`They replied: ${who(c)}`}
                    onAction={() =>
                      mutate(
                        gql(ReplyDoc, { input: { contactId: c.id } }).then(
                          (r) => r.recordMentorReply,
                        ),
                        can.reload,
                      )
                    }
                  >
                    They replied
                  </ActionButton>
                  {c.allowedMoves.includes('NO_REPLY') && (
                    <ActionButton
                      kind="secondary"
                      label={`Move ${who(c)} to No reply`}
                      onAction={() =>
                        mutate(
                          gql(MoveDoc, { input: { contactId: c.id, stage: 'NO_REPLY' } }).then(
                            (r) => r.moveMentorContact,
                          ),
                          can.reload,
                        )
                      }
                    >
                      → No reply
                    </ActionButton>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function ContactDetail({ c, can, onClose }: { c: Contact; can: Can; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'start' });
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} className="ta-focus-target">
      <Card title={`${who(c)} (@${c.username})`}>
        <dl className="kv ta-kv">
          <dt>Stage</dt>
          <dd>
            {stageLabel(c.stage)} since {whenTime(c.stageChangedAt)}
          </dd>
          <dt>Type</dt>
          <dd>{words(c.contactType)}</dd>
          <dt>First contact</dt>
          <dd>{c.firstContactAt ? when(c.firstContactAt) : 'Not yet'}</dd>
          <dt>Follow-up due</dt>
          <dd>{c.followUpDueAt ? when(c.followUpDueAt) : 'Not waiting on them'}</dd>
          <dt>Why them</dt>
          <dd>
            {c.reasons.length ? (
              <ul className="ta-reasons">
                {c.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            ) : (
              '–'
            )}
          </dd>
        </dl>
        <Flags c={c} />
        <div className="actions ta-row-actions">
          {can.act && !c.blocked && <Moves c={c} can={can} />}
          {can.act && (
            <ActionButton
              kind={c.blocked ? 'secondary' : 'danger'}
              onAction={() =>
                mutate(
                  gql(BlockDoc, { input: { contactId: c.id, blocked: !c.blocked } }).then(
                    (r) => r.setMentorContactBlocked,
                  ),
                  can.reload,
                )
              }
            >
              {c.blocked ? 'Unblock' : 'Block'}
            </ActionButton>
          )}
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Close
          </button>
        </div>
        {c.stage === 'INTERVIEW_PROPOSED' && can.act && !c.blocked && (
          <ScheduleForm c={c} can={can} />
        )}
        <h3>Drafts</h3>
        {can.act && !c.blocked && c.stage !== 'DECLINED' && <DraftForm c={c} can={can} />}
        {c.drafts.length === 0 ? (
          <p className="muted">No drafts for {who(c)} yet.</p>
        ) : (
          <ul className="plain">
            {c.drafts.map((d) => (
              <DraftItem key={d.id} d={d} can={can} />
            ))}
          </ul>
        )}
        {c.interviews.length > 0 && (
          <>
            <h3>Informational interviews</h3>
            <ul className="plain">
              {c.interviews.map((i) => (
                <InterviewItem key={i.id} i={i} can={can} />
              ))}
            </ul>
          </>
        )}
        <h3>History</h3>
        <ol className="ta-history">
          {c.events.map((e, k) => (
            <li key={k}>
              {whenTime(e.at)}:{' '}
              {e.fromStage && e.fromStage !== e.toStage
                ? `${stageLabel(e.fromStage)} → ${stageLabel(e.toStage)}`
                : stageLabel(e.toStage)}
              {e.note ? ` — ${e.note}` : ''}
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}

function CheckView({ c }: { c: Check }) {
  return (
    <div className="ta-check">
      <div>
        <Badge tone={c.ok ? 'ok' : 'bad'}>{c.ok ? 'Etiquette ok' : 'Fix before sending'}</Badge>{' '}
        <strong>{c.score}/100</strong>{' '}
        <span className="muted">
          · {c.length} characters · {c.asks} ask{c.asks === 1 ? '' : 's'}
          {c.minutesAsked ? ` · asks for ${c.minutesAsked} minutes` : ''}
        </span>
      </div>
      {c.findings.length > 0 && (
        <ul className="ta-findings">
          {c.findings.map((f) => (
            <li key={f.code}>
              <strong>{words(f.severity)}:</strong> {f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const STATUS_TONE: Record<Draft['status'], string> = {
  DRAFT: 'neutral',
  PENDING_APPROVAL: 'warn',
  CHANGES_REQUESTED: 'warn',
  APPROVED: 'ok',
  SENT: 'ok',
};

function DraftItem({ d, can, to }: { d: Draft; can: Can; to?: Contact }) {
  return (
    <li>
      <div className="flags">
        <Badge tone={STATUS_TONE[d.status]}>{words(d.status)}</Badge>
        <span className="muted">
          {CHANNEL[d.channel]}
          {to ? ` to ${who(to)}` : ''} · written {whenTime(d.createdAt)}
          {d.sentAt ? ` · sent ${whenTime(d.sentAt)}` : ''}
        </span>
      </div>
      <blockquote className="ta-pre ta-draft">{d.text}</blockquote>
      <CheckView c={d.check} />
      {d.reviewComment && (
        <p>
          <strong>Coach:</strong> {d.reviewComment}
        </p>
      )}
      {d.status !== 'SENT' && (
        <div className="actions ta-row-actions">
          {d.intentUrl ? (
            <>
              {!d.check.ok && (
                <span className="muted">The check found something to fix before you send it.</span>
              )}
              <a
                className={d.check.ok ? 'btn btn-primary' : 'btn btn-secondary'}
                href={d.intentUrl}
                target="_blank"
                rel="noreferrer"
              >
                Open on X to send
              </a>
              {can.act && (
                <ActionButton
                  kind="secondary"
                  onAction={() =>
                    mutate(
                      gql(SentDoc, { input: { draftId: d.id } }).then(
                        (r) => r.markOutreachDraftSent,
                      ),
                      can.reload,
                    )
                  }
                >
                  Mark as sent
                </ActionButton>
              )}
            </>
          ) : (
            <span className="muted">
              {d.status === 'CHANGES_REQUESTED'
                ? 'Changes requested: write a new draft.'
                : 'Waiting for a coach’s approval before it can be sent.'}
            </span>
          )}
          {can.review && d.status !== 'APPROVED' && <Review d={d} can={can} />}
        </div>
      )}
    </li>
  );
}

function Review({ d, can }: { d: Draft; can: Can }) {
  const [comment, setComment] = useState('');
  const review = (approve: boolean) =>
    mutate(
      gql(ReviewDraftDoc, {
        input: { draftId: d.id, approve, comment: comment.trim() || null },
      }).then((r) => r.reviewOutreachDraft),
      can.reload,
    );
  return (
    <>
      <ActionButton onAction={() => review(true)}>Approve</ActionButton>
      <details className="ta-inline-details">
        <summary>Ask for changes</summary>
        <TextArea label="What to change" value={comment} onChange={setComment} />
        <ActionButton kind="secondary" onAction={() => review(false)}>
          Send back
        </ActionButton>
      </details>
    </>
  );
}

function DraftForm({ c, can }: { c: Contact; can: Can }) {
  const templates = useQuery(() => gql(TemplatesDoc, { type: c.contactType }), [c.contactType]);
  const [channel, setChannel] = useState<OutreachChannel>('DM');
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<Check>();
  const list = templates.data?.outreachTemplates ?? [];
  const save = useSubmit(async () => {
    check(
      (await gql(CreateDraftDoc, { input: { contactId: c.id, channel, text: text.trim() } }))
        .createOutreachDraft,
    );
    setText('');
    setChecked(undefined);
    can.reload();
  });
  return (
    <form onSubmit={save.onSubmit} aria-label={`New draft to ${who(c)}`} className="ta-compose">
      <div className="ta-inline-form">
        <Field label="Channel">
          {(id) => (
            <select
              id={id}
              value={channel}
              onChange={(e) => setChannel(e.target.value as OutreachChannel)}
            >
              <option value="DM">{CHANNEL.DM}</option>
              <option value="REPLY">{CHANNEL.REPLY} (280 characters)</option>
            </select>
          )}
        </Field>
        {list.length > 0 && (
          <Field label="Start from a template">
            {(id) => (
              <select
                id={id}
                value=""
                onChange={(e) => {
                  const t = list[Number(e.target.value)];
                  if (!t) return;
                  setText(t.text);
                  setChannel(t.channel);
                  setChecked(undefined);
                }}
              >
                <option value="">Choose…</option>
                {list.map((t, k) => (
                  <option key={t.name} value={k}>
                    {t.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <Field label="Message" hint="Fill in every {slot}; one clear, small ask.">
        {(id, hint) => (
          <textarea
            id={id}
            required
            aria-describedby={hint}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setChecked(undefined);
            }}
          />
        )}
      </Field>
      {checked && <CheckView c={checked} />}
      <ErrorBox error={save.error} />
      <div className="actions">
        <ActionButton
          kind="secondary"
          onAction={async () => {
            if (!text.trim()) throw new Error('Write the message first.');
            const r = await gql(CheckDoc, {
              input: { contactId: c.id, channel, text: text.trim() },
            });
            setChecked(r.checkOutreachDraft);
          }}
        >
          Check etiquette
        </ActionButton>
        <button type="submit" className="btn btn-primary" disabled={save.busy || !text.trim()}>
          Save draft
        </button>
      </div>
    </form>
  );
}

function ScheduleForm({ c, can }: { c: Contact; can: Can }) {
  const [startsAt, setStartsAt] = useState('');
  const [timeZone, setTimeZone] = useState(browserZone);
  const [minutes, setMinutes] = useState(20);
  const [mode, setMode] = useState<InterviewMode>('ONLINE');
  const [place, setPlace] = useState('');
  const [meetingUrl, setMeetingUrl] = useState('');
  const save = useSubmit(async () => {
    check(
      (
        await gql(ScheduleDoc, {
          input: {
            contactId: c.id,
            startsAt,
            timeZone: timeZone.trim(),
            durationMinutes: minutes,
            mode,
            place: mode === 'IN_PERSON' ? place.trim() : null,
            meetingUrl: meetingUrl.trim() || null,
          },
        })
      ).scheduleInformationalInterview,
    );
    can.reload();
  });
  return (
    <>
      <h3>Schedule the informational interview</h3>
      <form
        onSubmit={save.onSubmit}
        className="ta-inline-form"
        aria-label={`Schedule an interview with ${who(c)}`}
      >
        <Input
          label="Starts"
          type="datetime-local"
          required
          value={startsAt}
          onChange={setStartsAt}
        />
        <Input
          label="Time zone"
          required
          placeholder="America/Chicago"
          value={timeZone}
          onChange={setTimeZone}
        />
        <Field label="Minutes">
          {(id) => (
            <input
              id={id}
              type="number"
              min={10}
              max={90}
              required
              className="ta-narrow"
              value={minutes}
              onChange={(e) => setMinutes(Number(e.target.value))}
            />
          )}
        </Field>
        <Field label="Mode">
          {(id) => (
            <select id={id} value={mode} onChange={(e) => setMode(e.target.value as InterviewMode)}>
              <option value="ONLINE">Online</option>
              <option value="IN_PERSON">In person</option>
            </select>
          )}
        </Field>
        {mode === 'IN_PERSON' ? (
          <Input label="Place" required value={place} onChange={setPlace} />
        ) : (
          <Input
            label="Meeting link (optional)"
            type="url"
            value={meetingUrl}
            onChange={setMeetingUrl}
          />
        )}
        <div className="field">
          <button type="submit" className="btn btn-primary" disabled={save.busy}>
            Schedule
          </button>
        </div>
      </form>
      <p className="muted ta-small">
        15 to 20 minutes is the polite ask. Perch writes an agenda from their recent posts and adds
        a preparation task.
      </p>
      <ErrorBox error={save.error} />
    </>
  );
}

function InterviewItem({ i, can, with: c }: { i: Interview; can: Can; with?: Contact }) {
  const minutes = Math.round((Date.parse(i.endsAt) - Date.parse(i.startsAt)) / 60_000);
  return (
    <li>
      <div className="flags">
        <Badge tone={i.status === 'SCHEDULED' ? 'ok' : 'neutral'}>{words(i.status)}</Badge>
        <strong>
          {i.localStart.replace('T', ' ')} ({i.timeZone})
        </strong>
        <span className="muted">
          {minutes} minutes · {words(i.mode)}
          {c ? ` with ${who(c)}` : ''}
        </span>
      </div>
      {i.place && <div>Place: {i.place}</div>}
      {i.meetingUrl && (
        <div>
          <a href={i.meetingUrl} target="_blank" rel="noreferrer">
            Meeting link
          </a>
        </div>
      )}
      {i.agenda.length > 0 && (
        <>
          <h4 className="ta-h4">Agenda</h4>
          <ol className="ta-agenda">
            {i.agenda.map((a, k) => (
              <li key={k}>
                {a.question}{' '}
                {a.postId && (
                  <a
                    href={`https://x.com/i/web/status/${a.postId}`}
                    target="_blank"
                    rel="noreferrer"
                  >
                    (their post)
                  </a>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      {i.notes && (
        <p className="ta-pre">
          <strong>Notes:</strong> {i.notes}
        </p>
      )}
      <div className="actions ta-row-actions">
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() =>
            download(`interview-${i.localStart.slice(0, 10)}.ics`, i.ics, 'text/calendar')
          }
        >
          Add to calendar (.ics)
        </button>
        {can.act && i.status === 'SCHEDULED' && (
          <>
            <ActionButton
              onAction={() =>
                mutate(
                  gql(UpdateInterviewDoc, { input: { interviewId: i.id, status: 'HELD' } }).then(
                    (r) => r.updateInformationalInterview,
                  ),
                  can.reload,
                )
              }
            >
              Mark held
            </ActionButton>
            <ActionButton
              kind="danger"
              onAction={() =>
                mutate(
                  gql(UpdateInterviewDoc, {
                    input: { interviewId: i.id, status: 'CANCELLED' },
                  }).then((r) => r.updateInformationalInterview),
                  can.reload,
                )
              }
            >
              Cancel
            </ActionButton>
          </>
        )}
      </div>
      {can.act && <InterviewNotes i={i} can={can} />}
    </li>
  );
}

function InterviewNotes({ i, can }: { i: Interview; can: Can }) {
  const [notes, setNotes] = useState(i.notes ?? '');
  const [followUps, setFollowUps] = useState('');
  const save = useSubmit(async () => {
    const tasks = followUps
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    check(
      (
        await gql(UpdateInterviewDoc, {
          input: { interviewId: i.id, notes, followUps: tasks.length ? tasks : null },
        })
      ).updateInformationalInterview,
    );
    setFollowUps('');
    can.reload();
  });
  return (
    <details className="ta-inline-details">
      <summary>Notes and follow-up tasks</summary>
      <form onSubmit={save.onSubmit} aria-label="Interview notes">
        <TextArea label="Notes" value={notes} onChange={setNotes} />
        <TextArea
          label="Follow-up tasks"
          hint="One per line; each is due a week later."
          value={followUps}
          onChange={setFollowUps}
        />
        <ErrorBox error={save.error} />
        <button type="submit" className="btn btn-primary" disabled={save.busy}>
          Save notes
        </button>
      </form>
    </details>
  );
}

function DraftsCard({ contacts, can }: { contacts: Contact[]; can: Can }) {
  const [showSent, setShowSent] = useState(false);
  const all = contacts
    .flatMap((c) => c.drafts.map((d) => ({ d, c })))
    .sort((a, b) => b.d.createdAt.localeCompare(a.d.createdAt));
  const rows = all.filter(({ d }) => showSent || d.status !== 'SENT');
  return (
    <Card title="Outreach drafts">
      <div className="filters">
        <div>
          <input
            id="drafts-sent"
            type="checkbox"
            checked={showSent}
            onChange={(e) => setShowSent(e.target.checked)}
          />{' '}
          <label htmlFor="drafts-sent" className="ta-inline-label">
            Show sent drafts ({all.length - all.filter(({ d }) => d.status !== 'SENT').length})
          </label>
        </div>
      </div>
      {rows.length === 0 ? (
        <Empty>
          No drafts waiting. Open a contact’s details on the board to write one; Perch checks its
          etiquette before it goes out.
        </Empty>
      ) : (
        <ul className="plain">
          {rows.map(({ d, c }) => (
            <DraftItem key={d.id} d={d} can={can} to={c} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function InterviewsCard({ contacts, can }: { contacts: Contact[]; can: Can }) {
  const all = contacts.flatMap((c) => c.interviews.map((i) => ({ i, c })));
  // Upcoming first, soonest first; then the past, latest first.
  const upcoming = all
    .filter(({ i }) => i.status === 'SCHEDULED')
    .sort((a, b) => a.i.startsAt.localeCompare(b.i.startsAt));
  const past = all
    .filter(({ i }) => i.status !== 'SCHEDULED')
    .sort((a, b) => b.i.startsAt.localeCompare(a.i.startsAt));
  return (
    <Card title="Informational interviews">
      {all.length === 0 ? (
        <Empty>
          No informational interviews yet. Move a contact to “Interview proposed” once they agree to
          talk, then schedule it from their details.
        </Empty>
      ) : (
        <ul className="plain">
          {[...upcoming, ...past].map(({ i, c }) => (
            <InterviewItem key={i.id} i={i} can={can} with={c} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function SuggestionsCard({ seekerId, can }: { seekerId: string; can: Can }) {
  const who = useSeekerWords();
  const [reach, setReach] = useState<MentorReach>('ANY');
  const [field, setField] = useState('');
  const [applied, setApplied] = useState('');
  const [all, setAll] = useState(false);
  const q = useQuery(
    () => gql(SuggestionsDoc, { id: seekerId, reach, field: applied || null }),
    [seekerId, reach, applied],
  );
  return (
    <Card title="Mentor suggestions">
      <form
        className="filters"
        aria-label="Mentor search"
        onSubmit={(e) => {
          e.preventDefault();
          setApplied(field.trim());
        }}
      >
        <div>
          <label htmlFor="mentor-reach">Where</label>
          <select
            id="mentor-reach"
            value={reach}
            onChange={(e) => setReach(e.target.value as MentorReach)}
          >
            <option value="ANY">Anywhere, nearby first</option>
            <option value="NEAR">Near {who.the === 'you' ? 'you' : 'the seeker'}</option>
            <option value="REMOTE">Anywhere</option>
          </select>
        </div>
        <div>
          <label htmlFor="mentor-field">Field</label>
          <input
            id="mentor-field"
            placeholder="From the target roles"
            value={field}
            onChange={(e) => setField(e.target.value)}
          />
        </div>
        <button type="submit" className="btn btn-secondary">
          Find mentors
        </button>
      </form>
      <Async q={q} what="Finding mentors">
        {({ mentorSuggestions: s }) =>
          s.mentors.length === 0 ? (
            <NoMentors
              seekerId={seekerId}
              field={s.field}
              reason={s.emptyReason}
              can={can}
              reload={q.reload}
            />
          ) : (
            <>
              <p className="muted">
                Senior people in {s.field} who answer others, best first. Follow and engage with
                their posts before a first message.
              </p>
              <ul className="ta-cards" aria-label="Suggested mentors, best first">
                {s.mentors.slice(0, all ? undefined : 6).map((m) => (
                  <li key={m.xAccountId}>
                    <div className="ta-suggestion-head">
                      <a href={m.profileUrl} target="_blank" rel="noreferrer">
                        <strong>@{m.username}</strong>
                      </a>
                      <span className="muted">
                        {m.seniority}
                        {m.field ? ` · ${m.field}` : ''}
                        {m.distanceKm != null
                          ? ` · ${Math.round(m.distanceKm)} km away`
                          : ''} ·{' '}
                        <span title="How well they fit the seeker: field, seniority, place and how active they are, from 0 to 100%">
                          {Math.round(m.score * 100)}% fit
                        </span>
                      </span>
                    </div>
                    <ul className="ta-reasons">
                      {m.reasons.map((r) => (
                        <li key={r}>{r}</li>
                      ))}
                    </ul>
                    <div className="actions ta-row-actions">
                      {can.act && (
                        <ActionButton
                          label={`Add @${m.username} to the pipeline`}
                          onAction={async () => {
                            await mutate(
                              gql(AddContactDoc, {
                                input: {
                                  seekerId,
                                  xAccountId: m.xAccountId,
                                  contactType: 'MENTOR',
                                },
                              }).then((r) => r.addMentorContact),
                              q.reload,
                            );
                            can.reload();
                          }}
                        >
                          Add to pipeline
                        </ActionButton>
                      )}
                      <a href={m.followIntentUrl} target="_blank" rel="noreferrer">
                        Follow @{m.username} on X
                      </a>
                    </div>
                  </li>
                ))}
              </ul>
              {!all && s.mentors.length > 6 && (
                <p>
                  <button type="button" className="btn btn-secondary" onClick={() => setAll(true)}>
                    Show all {s.mentors.length} suggestions
                  </button>
                </p>
              )}
            </>
          )
        }
      </Async>
    </Card>
  );
}

function NoMentors({
  seekerId,
  field,
  reason,
  can,
  reload,
}: {
  seekerId: string;
  field: string;
  reason: string | null | undefined;
  can: Can;
  reload: () => void;
}) {
  const [started, setStarted] = useState<string>();
  return (
    <Empty>
      <p>{reason ?? `No mentor suggestions in ${field} yet.`}</p>
      {started ? (
        <p>
          Searching X for people in {started}; suggestions arrive after the next poll (a few
          minutes).{' '}
          <button type="button" className="linklike" onClick={reload}>
            Look again
          </button>
        </p>
      ) : (
        can.act && (
          <ActionButton
            onAction={async () => {
              const r = check(
                (await gql(DiscoveryDoc, { input: { seekerId, field } })).startMentorDiscovery,
              );
              setStarted(r.field ?? field);
            }}
          >
            Start mentor discovery for {field}
          </ActionButton>
        )
      )}
    </Empty>
  );
}
