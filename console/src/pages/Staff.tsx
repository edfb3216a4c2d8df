import { useState } from 'react';
import { check, gql } from '../api';
import { graphql } from '../gql';
import type { Role, StaffPageInvitationsQuery, StaffPageMembersQuery } from '../gql/graphql';
import type { PageProps } from '../routes';
import {
  ActionButton,
  Async,
  Badge,
  Card,
  Empty,
  ErrorBox,
  PageTitle,
  Table,
  when,
  words,
} from '../ui';
import { Input, loadAll, SecretBox, Select, useSubmit } from '../ui/forms';
import { useQuery } from '../use-query';
import { isManager, useViewer, type Viewer } from '../viewer';
import './admin.css';

const MembersDoc = graphql(`
  query StaffPageMembers($after: String) {
    staffMembers(first: 100, after: $after) {
      nodes {
        id
        name
        email
        role
        active
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const InvitationsDoc = graphql(`
  query StaffPageInvitations($after: String, $pendingOnly: Boolean!) {
    invitations(first: 100, after: $after, pendingOnly: $pendingOnly) {
      nodes {
        id
        email
        role
        createdAt
        expiresAt
        acceptedAt
        revokedAt
        pending
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const InviteDoc = graphql(`
  mutation StaffPageInvite($input: InviteStaffInput!) {
    inviteStaff(input: $input) {
      invitation {
        id
        email
        expiresAt
      }
      invitationToken
      userErrors {
        message
        code
      }
    }
  }
`);

const RevokeDoc = graphql(`
  mutation StaffPageRevokeInvitation($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input) {
      invitation {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const ChangeRoleDoc = graphql(`
  mutation StaffPageChangeRole($input: ChangeStaffRoleInput!) {
    changeStaffRole(input: $input) {
      staffMember {
        id
        role
        active
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const DeactivateDoc = graphql(`
  mutation StaffPageDeactivate($input: DeactivateStaffMemberInput!) {
    deactivateStaffMember(input: $input) {
      staffMember {
        id
        active
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const ReactivateDoc = graphql(`
  mutation StaffPageReactivate($input: ReactivateStaffMemberInput!) {
    reactivateStaffMember(input: $input) {
      staffMember {
        id
        active
      }
      userErrors {
        message
        code
      }
    }
  }
`);

type Member = StaffPageMembersQuery['staffMembers']['nodes'][number];
type Invitation = StaffPageInvitationsQuery['invitations']['nodes'][number];

const ROLE_HELP: Partial<Record<Role, string>> = {
  OWNER: 'everything, including the licence',
  ADMIN: 'staff, API keys, X budget and every seeker',
  COACH: 'their assigned seekers',
  VIEWER: 'reads every seeker, changes nothing',
};

/** Role words counted: "2 coaches", not "2 coachs". */
const ROLE_PLURAL: Record<string, string> = {
  OWNER: 'owners',
  ADMIN: 'admins',
  COACH: 'coaches',
  VIEWER: 'viewers',
  SEEKER: 'seekers',
};

export function StaffPage(_: PageProps) {
  const viewer = useViewer();
  const members = useQuery(
    () => loadAll((after) => gql(MembersDoc, { after }).then((d) => d.staffMembers)),
    [],
  );
  const manager = isManager(viewer);
  return (
    <>
      <PageTitle>Staff</PageTitle>
      <Card title="Members">
        <Async q={members} what="Loading staff">
          {(list) => <MembersTable members={list} viewer={viewer} onChange={members.reload} />}
        </Async>
      </Card>
      {manager ? (
        <Invitations viewer={viewer} />
      ) : (
        <Empty>Owners and admins invite staff; ask one of them to add someone.</Empty>
      )}
    </>
  );
}

// Only owners and admins may list or send invitations; the API refuses anyone else.
function Invitations({ viewer }: { viewer: Viewer }) {
  const [pendingOnly, setPendingOnly] = useState(true);
  const invitations = useQuery(
    () =>
      loadAll((after) => gql(InvitationsDoc, { after, pendingOnly }).then((d) => d.invitations)),
    [pendingOnly],
  );
  return (
    <>
      <Card title="Invite someone">
        <InviteForm viewer={viewer} onInvited={invitations.reload} />
      </Card>
      <Card title="Invitations">
        <label className="check" htmlFor="pending-only">
          <input
            id="pending-only"
            type="checkbox"
            checked={pendingOnly}
            onChange={(e) => setPendingOnly(e.target.checked)}
          />
          Pending only
        </label>
        <Async q={invitations} what="Loading invitations">
          {(list) => (
            <InvitationsTable
              invitations={list}
              pendingOnly={pendingOnly}
              onChange={invitations.reload}
            />
          )}
        </Async>
      </Card>
    </>
  );
}

function MembersTable({
  members,
  viewer,
  onChange,
}: {
  members: Member[];
  viewer: Viewer;
  onChange: () => void;
}) {
  const [role, setRole] = useState('');
  const me = viewer.viewer.member?.id;
  const manager = isManager(viewer);
  if (members.length === 0) {
    return (
      <Empty>No staff yet. Invite your coaches below; they appear here once they accept.</Empty>
    );
  }
  const counts = new Map<string, number>();
  for (const m of members) counts.set(m.role, (counts.get(m.role) ?? 0) + 1);
  const rows = members.filter((m) => !role || m.role === role);
  return (
    <>
      <p>
        {[...counts].map(([r, n], i) => (
          <span key={r}>
            {i > 0 && ' · '}
            <strong>{n}</strong> {n === 1 ? words(r) : (ROLE_PLURAL[r] ?? words(r))}
          </span>
        ))}
      </p>
      <div className="filters">
        <div>
          <label htmlFor="staff-role">Role</label>
          <select id="staff-role" value={role} onChange={(e) => setRole(e.target.value)}>
            <option value="">Every role</option>
            {[...counts.keys()].map((r) => (
              <option key={r} value={r}>
                {words(r)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Table
        label="Staff members"
        columns={[
          'Name',
          'Role',
          'Status',
          { label: 'Member since', narrow: true },
          ...(manager ? [{ label: <span className="muted">Action</span> }] : []),
        ]}
      >
        {rows.map((m) => (
          <tr key={m.id} className={m.active ? undefined : 'muted-row'}>
            <td>
              {m.name}
              {m.id === me && <span className="muted"> (you)</span>}
              <div className="muted word-list">{m.email}</div>
            </td>
            <td>
              {manager && m.id !== me && mayManage(viewer, m) ? (
                <RolePicker member={m} viewer={viewer} onChange={onChange} />
              ) : (
                words(m.role)
              )}
              {ROLE_HELP[m.role] && <div className="muted">{ROLE_HELP[m.role]}</div>}
            </td>
            <td>{m.active ? <Badge tone="ok">Active</Badge> : <Badge>Deactivated</Badge>}</td>
            <td className="hide-narrow">{when(m.createdAt)}</td>
            {manager && (
              <td>
                {m.id !== me && mayManage(viewer, m) && (
                  <AccessButton member={m} onChange={onChange} />
                )}
              </td>
            )}
          </tr>
        ))}
      </Table>
      {manager && (
        <p className="muted">
          A new role applies to the person&apos;s next click; deactivating signs them out everywhere
          at once. Only an owner changes an owner, and nobody changes their own membership.
        </p>
      )}
    </>
  );
}

// The API refuses the rest; hiding what would be refused keeps the table honest.
function mayManage(viewer: Viewer, m: Member): boolean {
  return viewer.viewer.role === 'OWNER' || m.role !== 'OWNER';
}

function rolesFor(viewer: Viewer): Role[] {
  return [
    'COACH',
    'ADMIN',
    'VIEWER',
    ...(viewer.viewer.role === 'OWNER' ? ['OWNER' as const] : []),
  ];
}

function RolePicker({
  member,
  viewer,
  onChange,
}: {
  member: Member;
  viewer: Viewer;
  onChange: () => void;
}) {
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  return (
    <>
      <select
        aria-label={`Role of ${member.name}`}
        value={member.role}
        disabled={busy}
        onChange={(e) => {
          const next = e.target.value as Role;
          if (!window.confirm(`Make ${member.name} ${words(next).toLowerCase()}?`)) return;
          setBusy(true);
          setError(undefined);
          gql(ChangeRoleDoc, { input: { staffMemberId: member.id, role: next } })
            .then((d) => check(d.changeStaffRole))
            .then(onChange)
            .catch((err: unknown) => setError(err instanceof Error ? err : new Error(String(err))))
            .finally(() => setBusy(false));
        }}
      >
        {rolesFor(viewer).map((r) => (
          <option key={r} value={r}>
            {words(r)}
          </option>
        ))}
      </select>
      <ErrorBox error={error} />
    </>
  );
}

function AccessButton({ member, onChange }: { member: Member; onChange: () => void }) {
  return member.active ? (
    <ActionButton
      kind="danger"
      label={`Deactivate ${member.name}`}
      confirm={`Deactivate ${member.name}? They are signed out everywhere now and cannot sign in until reactivated.`}
      onAction={async () => {
        check(
          (await gql(DeactivateDoc, { input: { staffMemberId: member.id } })).deactivateStaffMember,
        );
        onChange();
      }}
    >
      Deactivate
    </ActionButton>
  ) : (
    <ActionButton
      kind="secondary"
      label={`Reactivate ${member.name}`}
      onAction={async () => {
        check(
          (await gql(ReactivateDoc, { input: { staffMemberId: member.id } })).reactivateStaffMember,
        );
        onChange();
      }}
    >
      Reactivate
    </ActionButton>
  );
}

function InviteForm({ viewer, onInvited }: { viewer: Viewer; onInvited: () => void }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('COACH');
  const [sent, setSent] = useState<{ email: string; token: string; expiresAt: string }>();
  // Only an owner may make another owner; the API refuses it for anyone else.
  const roles = rolesFor(viewer);
  const { busy, error, onSubmit } = useSubmit(async () => {
    const r = check((await gql(InviteDoc, { input: { email: email.trim(), role } })).inviteStaff);
    if (r.invitationToken && r.invitation) {
      setSent({
        email: r.invitation.email,
        token: r.invitationToken,
        expiresAt: r.invitation.expiresAt,
      });
    }
    setEmail('');
    onInvited();
  });
  return (
    <>
      <form onSubmit={onSubmit} aria-label="Invite a member of staff">
        <div className="form-row">
          <Input
            label="Email"
            type="email"
            required
            autoComplete="off"
            value={email}
            onChange={setEmail}
          />
          <Select
            label="Role"
            value={role}
            onChange={setRole}
            options={roles}
            format={(r) => (
              <>
                {words(r)} — {ROLE_HELP[r]}
              </>
            )}
          />
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Inviting…' : 'Create invitation'}
          </button>
        </div>
        <ErrorBox error={error} />
        <p className="muted">Seekers are invited from their own record, not here.</p>
      </form>
      {sent && (
        <SecretBox
          label={`Invitation token for ${sent.email}`}
          value={sent.token}
          onDone={() => setSent(undefined)}
        >
          <p>
            <strong>Copy this token now — Perch will not show it again.</strong> Send it to{' '}
            {sent.email}; they use it to accept the invitation and set their password. It expires{' '}
            {when(sent.expiresAt)}.
          </p>
        </SecretBox>
      )}
    </>
  );
}

function invitationStatus(i: Invitation): { label: string; tone: string } {
  if (i.acceptedAt) return { label: `Accepted ${when(i.acceptedAt)}`, tone: 'ok' };
  if (i.revokedAt) return { label: `Withdrawn ${when(i.revokedAt)}`, tone: 'neutral' };
  if (!i.pending) return { label: 'Expired', tone: 'warn' };
  return { label: 'Pending', tone: 'neutral' };
}

function InvitationsTable({
  invitations,
  pendingOnly,
  onChange,
}: {
  invitations: Invitation[];
  pendingOnly: boolean;
  onChange: () => void;
}) {
  if (invitations.length === 0) {
    return (
      <Empty>
        {pendingOnly ? 'No pending invitations.' : 'No invitations yet.'} Invite someone above; the
        invitation waits here until they accept it.
      </Empty>
    );
  }
  return (
    <Table
      label="Invitations"
      columns={[
        'Email',
        'Role',
        'Status',
        { label: 'Sent', narrow: true },
        { label: 'Expires', narrow: true },
        { label: <span className="muted">Action</span> },
      ]}
    >
      {invitations.map((i) => {
        const s = invitationStatus(i);
        return (
          <tr key={i.id}>
            <td className="word-list">{i.email}</td>
            <td>{words(i.role)}</td>
            <td>
              <Badge tone={s.tone}>{s.label}</Badge>
            </td>
            <td className="hide-narrow">{when(i.createdAt)}</td>
            <td className="hide-narrow">{when(i.expiresAt)}</td>
            <td>
              {i.pending && (
                <ActionButton
                  kind="danger"
                  label={`Withdraw the invitation for ${i.email}`}
                  confirm={`Withdraw the invitation for ${i.email}?`}
                  onAction={async () => {
                    check(
                      (await gql(RevokeDoc, { input: { invitationId: i.id } })).revokeInvitation,
                    );
                    onChange();
                  }}
                >
                  Withdraw
                </ActionButton>
              )}
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
