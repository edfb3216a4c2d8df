import { useState } from 'react';
import { check, fetchFile, gql } from '../api';
import { graphql } from '../gql';
import { ArchiveImportCard } from './ArchiveImport';
import type {
  CareerStage,
  ConsentKind,
  ProfileTabNotesQuery,
  ProfileTabSeekerQuery,
} from '../gql/graphql';
import {
  ActionButton,
  Async,
  Badge,
  Card,
  Empty,
  ErrorBox,
  Table,
  when,
  plural,
  whenTime,
  words,
} from '../ui';
import {
  Field,
  Input,
  loadAll,
  mutate,
  SecretBox,
  Select,
  TextArea,
  TypeToConfirm,
  useSubmit,
} from '../ui/forms';
import { go } from '../router';
import { seekerStatus } from '../shared/seeker-status';
import { download } from '../ui/download';
import { leaveNote } from '../ui/notice';
import { useQuery } from '../use-query';
import { canAct, canWrite, isManager, isStaff, useViewer } from '../viewer';
import './tabs-a.css';

const ProfileDoc = graphql(`
  query ProfileTabSeeker($id: ID!) {
    seeker(id: $id) {
      id
      name
      email
      headline
      careerStage
      targetRoles
      industries
      locations
      status
      createdAt
      activatedAt
      archivedAt
      xHandle
      coaches {
        id
        name
        email
      }
      xConnection {
        username
        xUserId
        scopes
        connectedAt
      }
      consents {
        id
        kind
        active
        grantedAt
        revokedAt
        source
        revokeSource
        scope
      }
    }
  }
`);

const InviteSeekerDoc = graphql(`
  mutation ProfileTabInviteSeeker($input: InviteSeekerInput!) {
    inviteSeeker(input: $input) {
      invitationToken
      invitation {
        id
        email
        expiresAt
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const CoachCandidatesDoc = graphql(`
  query ProfileTabCoachCandidates($after: String) {
    staffMembers(first: 100, after: $after, roles: [OWNER, ADMIN, COACH]) {
      nodes {
        id
        name
        role
        active
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const AssignCoachDoc = graphql(`
  mutation ProfileTabAssignCoach($input: AssignCoachInput!) {
    assignCoach(input: $input) {
      seeker {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const UnassignCoachDoc = graphql(`
  mutation ProfileTabUnassignCoach($input: UnassignCoachInput!) {
    unassignCoach(input: $input) {
      seeker {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const EraseSeekerDoc = graphql(`
  mutation ProfileTabEraseSeeker($input: EraseSeekerInput!) {
    eraseSeeker(input: $input) {
      erasedSeekerId
      deleted {
        table
        rows
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const NotesDoc = graphql(`
  query ProfileTabNotes($id: ID!, $after: String) {
    seeker(id: $id) {
      id
      notes(first: 100, after: $after) {
        nodes {
          id
          body
          createdAt
          author {
            id
            name
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const UpdateSeekerDoc = graphql(`
  mutation ProfileTabUpdateSeeker($input: UpdateSeekerInput!) {
    updateSeeker(input: $input) {
      seeker {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const RecordConsentDoc = graphql(`
  mutation ProfileTabRecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      consent {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const RevokeConsentDoc = graphql(`
  mutation ProfileTabRevokeConsent($input: RevokeConsentInput!) {
    revokeConsent(input: $input) {
      consent {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const AddNoteDoc = graphql(`
  mutation ProfileTabAddNote($input: AddCoachNoteInput!) {
    addCoachNote(input: $input) {
      note {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const ConnectLinkDoc = graphql(`
  mutation ProfileTabConnectLink($input: CreateXConnectLinkInput!) {
    createXConnectLink(input: $input) {
      url
      expiresAt
      userErrors {
        message
        code
      }
    }
  }
`);

const DisconnectDoc = graphql(`
  mutation ProfileTabDisconnectX($input: DisconnectXInput!) {
    disconnectX(input: $input) {
      seeker {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const LinkHandleDoc = graphql(`
  mutation ProfileTabLinkHandle($input: LinkXHandleInput!) {
    linkXHandle(input: $input) {
      seeker {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

type Seeker = ProfileTabSeekerQuery['seeker'];
type Consent = Seeker['consents'][number];
type Note = ProfileTabNotesQuery['seeker']['notes']['nodes'][number];

const CONSENT_KINDS: { kind: ConsentKind; label: string; what: string }[] = [
  {
    kind: 'COACH_VISIBILITY',
    label: 'Coach visibility',
    what: 'Coaches may see what the seeker shares with Perch.',
  },
  {
    kind: 'READ_X_DATA',
    label: 'Read X data',
    what: 'Perch may read the seeker’s X data with their token (needed to connect X).',
  },
  {
    kind: 'LINK_X_HANDLE',
    label: 'Link X handle',
    what: 'Perch may link this seeker to an X handle.',
  },
  {
    kind: 'POST_APPROVED_DRAFTS',
    label: 'Post approved drafts',
    what: 'Perch may post drafts the seeker approved.',
  },
  {
    kind: 'PEER_MATCHING',
    label: 'Peer matching',
    what: 'May be suggested for cohorts and shown to cohort peers (name, stage, field, city).',
  },
];

const CAREER_STAGES: CareerStage[] = [
  'STUDENT',
  'EARLY_CAREER',
  'MID_CAREER',
  'SENIOR',
  'CAREER_CHANGE',
  'RETURNING',
  'EXPLORING',
];

const kindLabel = (k: ConsentKind) => CONSENT_KINDS.find((c) => c.kind === k)?.label ?? words(k);

export function ProfileTab({ seekerId }: { seekerId: string }) {
  const viewer = useViewer();
  const q = useQuery(() => gql(ProfileDoc, { id: seekerId }), [seekerId]);
  const staff = isStaff(viewer);
  return (
    <Async q={q} what="Loading the profile">
      {({ seeker }) => (
        <>
          <div className="grid">
            <ProfileCard seeker={seeker} editable={canWrite(viewer)} reload={q.reload} />
            <XCard seeker={seeker} editable={canAct(viewer)} reload={q.reload} />
          </div>
          {staff && (canWrite(viewer) || isManager(viewer)) && (
            <AccessCard seeker={seeker} manager={isManager(viewer)} reload={q.reload} />
          )}
          <ConsentCard seeker={seeker} editable={canAct(viewer)} reload={q.reload} />
          {canAct(viewer) && <ArchiveImportCard seekerId={seeker.id} />}
          {staff && <NotesCard seekerId={seeker.id} editable={canWrite(viewer)} />}
          {isManager(viewer) && <DataRightsCard seeker={seeker} />}
        </>
      )}
    </Async>
  );
}

function List({ items, none }: { items: string[]; none: string }) {
  return items.length ? <>{items.join(' · ')}</> : <span className="muted">{none}</span>;
}

function ProfileCard({
  seeker,
  editable,
  reload,
}: {
  seeker: Seeker;
  editable: boolean;
  reload: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const since =
    seeker.status === 'ACTIVE'
      ? `since ${when(seeker.activatedAt)}`
      : seeker.status === 'ARCHIVED'
        ? `since ${when(seeker.archivedAt)}`
        : `added ${when(seeker.createdAt)}`;
  return (
    <Card title="Profile">
      {editing ? (
        <ProfileForm
          seeker={seeker}
          onDone={(saved) => {
            setEditing(false);
            if (saved) reload();
          }}
        />
      ) : (
        <>
          <dl className="kv ta-kv">
            <dt>Name</dt>
            <dd>{seeker.name}</dd>
            <dt>Email</dt>
            <dd>
              <a href={`mailto:${seeker.email}`}>{seeker.email}</a>
            </dd>
            <dt>Headline</dt>
            <dd>{seeker.headline ?? <span className="muted">No headline yet</span>}</dd>
            <dt>Career stage</dt>
            <dd>{words(seeker.careerStage)}</dd>
            <dt>Target roles</dt>
            <dd>
              <List items={seeker.targetRoles} none="None yet: add the roles they aim for" />
            </dd>
            <dt>Industries</dt>
            <dd>
              <List items={seeker.industries} none="None yet" />
            </dd>
            <dt>Locations</dt>
            <dd>
              <List items={seeker.locations} none="None yet" />
            </dd>
            <dt>Status</dt>
            <dd>
              <Badge tone={seeker.status === 'ACTIVE' ? 'ok' : 'neutral'}>
                {seekerStatus(seeker.status)}
              </Badge>{' '}
              <span className="muted">{since}</span>
            </dd>
            <dt>Coaches</dt>
            <dd>
              {seeker.coaches.length ? (
                seeker.coaches.map((c, i) => (
                  <span key={c.id}>
                    {i > 0 && ', '}
                    <a href={`mailto:${c.email}`}>{c.name}</a>
                  </span>
                ))
              ) : (
                <span className="muted">
                  No coach assigned yet: an owner or admin assigns one below.
                </span>
              )}
            </dd>
          </dl>
          {editable && (
            <p>
              <button type="button" className="btn btn-secondary" onClick={() => setEditing(true)}>
                Edit profile
              </button>
            </p>
          )}
        </>
      )}
    </Card>
  );
}

/**
 * Who works with the seeker: an invitation for them to sign in to their own view (the token is
 * shown once, to send them), and for owners and admins, their coaches.
 */
function AccessCard({
  seeker,
  manager,
  reload,
}: {
  seeker: Seeker;
  manager: boolean;
  reload: () => void;
}) {
  const [token, setToken] = useState<string | null>(null);
  return (
    <Card title="Sign-in and coaches">
      {seeker.status !== 'ARCHIVED' && (
        <>
          <p className="muted">
            Invite {seeker.name} to sign in to Perch: they see their own briefing, drafts, pipeline
            and cohort. They open the sign-in page, choose “I have an invitation” and paste the
            token.
          </p>
          {token ? (
            <SecretBox
              label={`Invitation token for ${seeker.name}`}
              value={token}
              onDone={() => setToken(null)}
            >
              <p>
                Send this token to {seeker.email}. It is shown only now; inviting again makes a new
                one.
              </p>
            </SecretBox>
          ) : (
            <ActionButton
              kind="secondary"
              onAction={async () => {
                const p = check(
                  (await gql(InviteSeekerDoc, { input: { seekerId: seeker.id } })).inviteSeeker,
                );
                setToken(p.invitationToken ?? null);
              }}
            >
              Invite to sign in
            </ActionButton>
          )}
        </>
      )}
      {manager && <CoachAssignment seeker={seeker} reload={reload} />}
    </Card>
  );
}

function CoachAssignment({ seeker, reload }: { seeker: Seeker; reload: () => void }) {
  const staff = useQuery(
    () => loadAll((after) => gql(CoachCandidatesDoc, { after }).then((d) => d.staffMembers)),
    [],
  );
  const [pick, setPick] = useState('');
  const assigned = new Set(seeker.coaches.map((c) => c.id));
  const candidates = (staff.data ?? []).filter((m) => m.active && !assigned.has(m.id));
  const chosen = pick || candidates[0]?.id || '';
  const { busy, error, onSubmit } = useSubmit(() =>
    mutate(
      gql(AssignCoachDoc, { input: { seekerId: seeker.id, staffMemberId: chosen } }).then(
        (d) => d.assignCoach,
      ),
      () => {
        setPick('');
        reload();
      },
    ),
  );
  return (
    <>
      <h3>Coaches</h3>
      {seeker.coaches.length > 0 && (
        <ul className="ta-plain-list">
          {seeker.coaches.map((c) => (
            <li key={c.id}>
              {c.name}{' '}
              <ActionButton
                kind="secondary"
                label={`Remove ${c.name} as coach`}
                onAction={() =>
                  mutate(
                    gql(UnassignCoachDoc, {
                      input: { seekerId: seeker.id, staffMemberId: c.id },
                    }).then((d) => d.unassignCoach),
                    reload,
                  )
                }
              >
                Remove
              </ActionButton>
            </li>
          ))}
        </ul>
      )}
      <ErrorBox error={staff.error} />
      {candidates.length > 0 ? (
        <form onSubmit={onSubmit} aria-label="Assign a coach" className="ta-inline-form">
          <Field label="Assign a coach">
            {(id) => (
              <select id={id} value={chosen} onChange={(e) => setPick(e.target.value)}>
                {candidates.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name} ({words(m.role)})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button className="btn btn-primary" type="submit" disabled={busy || !chosen}>
            Assign coach
          </button>
          <ErrorBox error={error} />
        </form>
      ) : (
        staff.data && <p className="muted">Every active coach already works with them.</p>
      )}
    </>
  );
}

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function ProfileForm({ seeker, onDone }: { seeker: Seeker; onDone: (saved: boolean) => void }) {
  const [name, setName] = useState(seeker.name);
  const [email, setEmail] = useState(seeker.email);
  const [headline, setHeadline] = useState(seeker.headline ?? '');
  const [stage, setStage] = useState<CareerStage>(seeker.careerStage);
  const [roles, setRoles] = useState(seeker.targetRoles.join('\n'));
  const [industries, setIndustries] = useState(seeker.industries.join('\n'));
  const [locations, setLocations] = useState(seeker.locations.join('\n'));
  const save = useSubmit(async () => {
    check(
      (
        await gql(UpdateSeekerDoc, {
          input: {
            seekerId: seeker.id,
            name: name.trim(),
            email: email.trim(),
            headline: headline.trim() || null,
            careerStage: stage,
            targetRoles: lines(roles),
            industries: lines(industries),
            locations: lines(locations),
          },
        })
      ).updateSeeker,
    );
    onDone(true);
  });
  return (
    <form onSubmit={save.onSubmit} aria-label="Edit profile">
      <Input label="Name" required value={name} onChange={setName} />
      <Input label="Email" type="email" required value={email} onChange={setEmail} />
      <Input label="Headline" className="ta-wide" value={headline} onChange={setHeadline} />
      <Select
        label="Career stage"
        value={stage}
        onChange={setStage}
        options={CAREER_STAGES}
        format={words}
      />
      <TextArea
        label="Target roles"
        hint="One per line, at most 20."
        value={roles}
        onChange={setRoles}
      />
      <TextArea
        label="Industries"
        hint="One per line."
        value={industries}
        onChange={setIndustries}
      />
      <TextArea
        label="Locations"
        hint="One per line, e.g. Boston, MA."
        value={locations}
        onChange={setLocations}
      />
      <ErrorBox error={save.error} />
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={save.busy}>
          Save profile
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function XCard({
  seeker,
  editable,
  reload,
}: {
  seeker: Seeker;
  editable: boolean;
  reload: () => void;
}) {
  const x = seeker.xConnection;
  const readConsent = seeker.consents.some((c) => c.kind === 'READ_X_DATA' && c.active);
  return (
    <Card title="X account">
      {x ? (
        <>
          <dl className="kv ta-kv">
            <dt>Connected as</dt>
            <dd>
              <a href={`https://x.com/${x.username}`} target="_blank" rel="noreferrer">
                @{x.username}
              </a>
            </dd>
            <dt>Since</dt>
            <dd>{whenTime(x.connectedAt)}</dd>
            <dt>Scopes</dt>
            <dd>
              <ul className="ta-chips" aria-label="Scopes granted at X">
                {x.scopes.map((s) => (
                  <li key={s}>
                    <code>{s}</code>
                  </li>
                ))}
              </ul>
            </dd>
            <dt>Linked handle</dt>
            <dd>{seeker.xHandle ? `@${seeker.xHandle}` : <span className="muted">None</span>}</dd>
          </dl>
          {seeker.xHandle && seeker.xHandle.toLowerCase() !== x.username.toLowerCase() && (
            <p className="muted">
              The linked handle differs from the connected account: check with {seeker.name} which
              one is theirs.
            </p>
          )}
          {editable && (
            <p>
              <ActionButton
                kind="danger"
                confirm={`Disconnect @${x.username}? Perch forgets the tokens.`}
                onAction={async () => {
                  check((await gql(DisconnectDoc, { input: { seekerId: seeker.id } })).disconnectX);
                  reload();
                }}
              >
                Disconnect X
              </ActionButton>
            </p>
          )}
        </>
      ) : (
        <NotConnected seeker={seeker} editable={editable} readConsent={readConsent} />
      )}
      {editable && !x && !seeker.xHandle && (
        <LinkHandleForm
          seekerId={seeker.id}
          allowed={seeker.consents.some((c) => c.kind === 'LINK_X_HANDLE' && c.active)}
          reload={reload}
        />
      )}
    </Card>
  );
}

function NotConnected({
  seeker,
  editable,
  readConsent,
}: {
  seeker: Seeker;
  editable: boolean;
  readConsent: boolean;
}) {
  const [link, setLink] = useState<{ url: string; expiresAt: string | null }>();
  return (
    <>
      <p>
        <strong>Not connected.</strong>{' '}
        {seeker.xHandle ? `Linked handle: @${seeker.xHandle}. ` : ''}
        Connecting lets Perch read {seeker.name}’s posts and follows for voice, trends and research.
      </p>
      {!readConsent ? (
        <Empty>
          First record the <strong>Read X data</strong> consent below (with the seeker’s agreement),
          then create a connect link for them.
        </Empty>
      ) : (
        editable && (
          <>
            <p>Create a link and send it to the seeker; they approve at X.</p>
            <ActionButton
              onAction={async () => {
                const r = check(
                  (await gql(ConnectLinkDoc, { input: { seekerId: seeker.id } }))
                    .createXConnectLink,
                );
                if (r.url) setLink({ url: r.url, expiresAt: r.expiresAt ?? null });
              }}
            >
              Create connect link
            </ActionButton>
          </>
        )
      )}
      {link && (
        <div className="ta-after">
          <Field label="Connect link for the seeker" hint={`Expires ${whenTime(link.expiresAt)}.`}>
            {(id, hint) => (
              <input
                id={id}
                className="ta-wide"
                readOnly
                value={link.url}
                aria-describedby={hint}
                onFocus={(e) => e.target.select()}
              />
            )}
          </Field>
        </div>
      )}
    </>
  );
}

function LinkHandleForm({
  seekerId,
  allowed,
  reload,
}: {
  seekerId: string;
  allowed: boolean;
  reload: () => void;
}) {
  const [handle, setHandle] = useState('');
  const save = useSubmit(async () => {
    check((await gql(LinkHandleDoc, { input: { seekerId, handle: handle.trim() } })).linkXHandle);
    setHandle('');
    reload();
  });
  if (!allowed) {
    return (
      <p className="muted">
        To link a handle without connecting, record the Link X handle consent first.
      </p>
    );
  }
  return (
    <form onSubmit={save.onSubmit} className="ta-inline-form" aria-label="Link an X handle">
      <Input label="X handle" required placeholder="@handle" value={handle} onChange={setHandle} />
      <div className="field">
        <button type="submit" className="btn btn-secondary" disabled={save.busy}>
          Link handle
        </button>
      </div>
      <ErrorBox error={save.error} />
    </form>
  );
}

function ConsentCard({
  seeker,
  editable,
  reload,
}: {
  seeker: Seeker;
  editable: boolean;
  reload: () => void;
}) {
  // consents come newest first, so the first of a kind is its standing record.
  const latest = (k: ConsentKind) => seeker.consents.find((c) => c.kind === k);
  const record = async (kind: ConsentKind, scope?: string) => {
    check(
      (
        await gql(RecordConsentDoc, {
          input: { seekerId: seeker.id, kind, scope: scope?.trim() || null },
        })
      ).recordConsent,
    );
    reload();
  };
  const revoke = async (c: Consent) => {
    check((await gql(RevokeConsentDoc, { input: { consentId: c.id } })).revokeConsent);
    reload();
  };
  const revokeQuestion = (c: Consent) =>
    `Revoke “${kindLabel(c.kind)}” for ${seeker.name}?${c.kind === 'LINK_X_HANDLE' ? ' This also unlinks the X handle.' : ''}`;
  return (
    <Card title="Consent">
      <p className="muted">
        Record a grant only when {seeker.name} agreed to it; it is logged as recorded by staff on
        their behalf.
      </p>
      <Table
        label="Consent by kind"
        columns={[
          'Kind',
          'Status',
          { label: 'Recorded', narrow: true },
          { label: 'Scope', narrow: true },
          editable && 'Action',
        ]}
      >
        {CONSENT_KINDS.map(({ kind, label, what }) => {
          const c = latest(kind);
          return (
            <tr key={kind}>
              <td>
                <strong>{label}</strong>
                <div className="muted">{what}</div>
              </td>
              <td>
                <ConsentStatus c={c} />
              </td>
              <td className="hide-narrow">
                {!c
                  ? '–'
                  : c.active
                    ? `by ${words(c.source)}`
                    : `revoked by ${words(c.revokeSource ?? c.source)}`}
              </td>
              <td className="hide-narrow">{c?.active && c.scope ? c.scope : '–'}</td>
              {editable && (
                <td>
                  {c?.active ? (
                    <ActionButton
                      kind="danger"
                      label={`Revoke ${label}`}
                      confirm={revokeQuestion(c)}
                      onAction={() => revoke(c)}
                    >
                      Revoke
                    </ActionButton>
                  ) : (
                    <ActionButton
                      kind="secondary"
                      label={`Record grant: ${label}`}
                      onAction={() => record(kind)}
                    >
                      Record grant
                    </ActionButton>
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </Table>
      {editable && <ScopedConsentForm onRecord={record} />}
      <ConsentHistory consents={seeker.consents} />
    </Card>
  );
}

function ConsentStatus({ c }: { c: Consent | undefined }) {
  if (!c) return <Badge>Not recorded</Badge>;
  if (c.active) {
    return (
      <>
        <Badge tone="ok">Granted</Badge> <span className="muted">{when(c.grantedAt)}</span>
      </>
    );
  }
  return (
    <>
      <Badge tone="warn">Revoked</Badge> <span className="muted">{when(c.revokedAt)}</span>
    </>
  );
}

function ScopedConsentForm({
  onRecord,
}: {
  onRecord: (kind: ConsentKind, scope: string) => Promise<void>;
}) {
  const [kind, setKind] = useState<ConsentKind>('COACH_VISIBILITY');
  const [scope, setScope] = useState('');
  const save = useSubmit(async () => {
    await onRecord(kind, scope);
    setScope('');
  });
  return (
    <details className="ta-details">
      <summary>Record a narrower grant (with a scope)</summary>
      <form onSubmit={save.onSubmit} className="ta-inline-form" aria-label="Record a consent">
        <Select
          label="Kind"
          value={kind}
          onChange={setKind}
          options={CONSENT_KINDS.map((c) => c.kind)}
          format={kindLabel}
        />
        <Input
          label="Scope"
          required
          placeholder="What exactly was agreed"
          value={scope}
          onChange={setScope}
        />
        <div className="field">
          <button type="submit" className="btn btn-primary" disabled={save.busy}>
            Record grant
          </button>
        </div>
      </form>
      <ErrorBox error={save.error} />
    </details>
  );
}

function ConsentHistory({ consents }: { consents: Consent[] }) {
  if (consents.length === 0) {
    return <Empty>No consent recorded yet. Record each grant once the seeker agrees.</Empty>;
  }
  return (
    <details className="ta-details">
      <summary>Every consent record ({consents.length})</summary>
      <Table label="Consent history" columns={['Kind', 'Granted', 'Revoked', 'Scope']}>
        {consents.map((c) => (
          <tr key={c.id}>
            <td>{kindLabel(c.kind)}</td>
            <td>
              {whenTime(c.grantedAt)} <span className="muted">by {words(c.source)}</span>
            </td>
            <td>
              {c.revokedAt ? (
                <>
                  {whenTime(c.revokedAt)} <span className="muted">by {words(c.revokeSource)}</span>
                </>
              ) : (
                <span className="muted">Standing</span>
              )}
            </td>
            <td>{c.scope ?? '–'}</td>
          </tr>
        ))}
      </Table>
    </details>
  );
}

/** Notes come oldest first a page at a time; a coach reads the newest first. */
async function loadNotes(id: string): Promise<Note[]> {
  const notes = await loadAll((after) =>
    gql(NotesDoc, { id, after }).then((res) => res.seeker.notes),
  );
  return notes.reverse();
}

function NotesCard({ seekerId, editable }: { seekerId: string; editable: boolean }) {
  const q = useQuery(() => loadNotes(seekerId), [seekerId]);
  return (
    <Card title="Coach notes">
      <p className="muted">Staff only; never shown to the seeker.</p>
      {editable && <NoteForm seekerId={seekerId} onAdded={q.reload} />}
      <Async q={q} what="Loading notes">
        {(notes) =>
          notes.length === 0 ? (
            <Empty>No notes yet. Write what you agreed in your last session above.</Empty>
          ) : (
            <ul className="plain" aria-label="Notes, newest first">
              {notes.map((n) => (
                <li key={n.id}>
                  <div className="muted">
                    {whenTime(n.createdAt)} · {n.author?.name ?? 'API key or former staff'}
                  </div>
                  <div className="ta-pre">{n.body}</div>
                </li>
              ))}
            </ul>
          )
        }
      </Async>
    </Card>
  );
}

function NoteForm({ seekerId, onAdded }: { seekerId: string; onAdded: () => void }) {
  const [body, setBody] = useState('');
  const save = useSubmit(async () => {
    check((await gql(AddNoteDoc, { input: { seekerId, body: body.trim() } })).addCoachNote);
    setBody('');
    onAdded();
  });
  return (
    <form onSubmit={save.onSubmit} aria-label="Add a coach note">
      <TextArea label="New note" required maxLength={10000} value={body} onChange={setBody} />
      <ErrorBox error={save.error} />
      <button type="submit" className="btn btn-primary" disabled={save.busy || !body.trim()}>
        Add note
      </button>
    </form>
  );
}

/** "14 rows from 6 tables (job_matches 5, consents 3, …)": what an erasure took, largest first. */
function erasedWords(name: string, deleted: { table: string; rows: number }[]): string {
  const tables = deleted.filter((d) => d.rows > 0).sort((a, b) => b.rows - a.rows);
  const rows = tables.reduce((n, d) => n + d.rows, 0);
  const list = tables.map((d) => `${d.table} ${d.rows}`).join(', ');
  return `${name} was erased: ${plural(rows, 'row')} deleted from ${plural(tables.length, 'table')}${list ? ` (${list})` : ''}. The audit log keeps its entries under their old id, without their name.`;
}

/**
 * A seeker's data rights, for owners and admins (docs/data-rights.md): their data as a zip, and
 * erasure, which cannot be undone and so asks for the seeker's email typed again.
 */
function DataRightsCard({ seeker }: { seeker: Seeker }) {
  const [confirmEmail, setConfirmEmail] = useState('');
  const erase = useSubmit(async () => {
    const p = check(
      (
        await gql(EraseSeekerDoc, {
          input: { seekerId: seeker.id, confirmEmail: confirmEmail.trim() },
        })
      ).eraseSeeker,
    );
    leaveNote(erasedWords(seeker.name, p.deleted ?? []));
    go();
  });
  return (
    <Card title="Data rights">
      <h3>Their data</h3>
      <p className="muted">
        Everything Perch holds about {seeker.name}, one JSON file per table in a zip, for a request
        to see their data. The download is recorded in the audit log.
      </p>
      <ActionButton
        kind="secondary"
        onAction={async () =>
          download(
            `perch-seeker-${seeker.id}.zip`,
            await fetchFile(`/data-exports/seekers/${encodeURIComponent(seeker.id)}.zip`),
          )
        }
      >
        Download their data
      </ActionButton>
      <h3>Erase this seeker</h3>
      <p>
        Deletes {seeker.name} and everything about them: profile, consents, notes, research,
        pipeline, drafts, their X connection and their sign-in. Their seat is freed.{' '}
        <strong>This cannot be undone.</strong> Download their data first if they asked for it.
      </p>
      <TypeToConfirm
        name="Erase this seeker"
        label="Type their email to confirm"
        hint={`Their email is ${seeker.email}.`}
        type="email"
        inputClassName="ta-wide"
        value={confirmEmail}
        onChange={setConfirmEmail}
        submit={erase}
        action={`Erase ${seeker.name}`}
        busyAction="Erasing…"
      />
    </Card>
  );
}
