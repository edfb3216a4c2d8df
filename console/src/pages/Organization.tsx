/**
 * The organization's own settings, for owners and admins: single sign-on connections
 * (docs/sso.md), SCIM tokens for the student directory (docs/roster.md), and for owners the
 * organization's data — its export and its deletion (docs/data-rights.md).
 */
import { useState } from 'react';
import { check, fetchFile, gql, signOut } from '../api';
import { graphql } from '../gql';
import type {
  OrganizationPageScimTokensQuery,
  OrganizationPageServiceProviderQuery,
  OrganizationPageSsoQuery,
} from '../gql/graphql';
import type { PageProps } from '../routes';
import { go } from '../router';
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
  whenTime,
} from '../ui';
import { download } from '../ui/download';
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
import { useQuery } from '../use-query';
import { isManager, useViewer } from '../viewer';
import './admin.css';

const SsoDoc = graphql(`
  query OrganizationPageSso($after: String) {
    ssoConnections(first: 100, after: $after) {
      nodes {
        id
        name
        protocol
        enabled
        requireSsoForStaff
        samlIdpEntityId
        samlSsoUrl
        samlIdpCertificateFingerprints
        oidcIssuer
        oidcClientId
        oidcClientSecretSet
        jitRoles
        defaultRole
        emailAttribute
        nameAttribute
        roleAttribute
        roleMappings {
          value
          role
        }
        spEntityId
        acsUrl
        metadataUrl
        loginUrl
        redirectUri
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ServiceProviderDoc = graphql(`
  query OrganizationPageServiceProvider {
    ssoServiceProvider {
      samlMetadataUrl
      samlEntityId
      samlAcsUrl
      oidcRedirectUri
    }
  }
`);

const CreateSsoDoc = graphql(`
  mutation OrganizationPageCreateSso($input: CreateSsoConnectionInput!) {
    createSsoConnection(input: $input) {
      ssoConnection {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const UpdateSsoDoc = graphql(`
  mutation OrganizationPageUpdateSso($input: UpdateSsoConnectionInput!) {
    updateSsoConnection(input: $input) {
      ssoConnection {
        id
        enabled
        requireSsoForStaff
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const DeleteSsoDoc = graphql(`
  mutation OrganizationPageDeleteSso($input: DeleteSsoConnectionInput!) {
    deleteSsoConnection(input: $input) {
      deletedSsoConnectionId
      userErrors {
        message
        code
      }
    }
  }
`);

const ScimTokensDoc = graphql(`
  query OrganizationPageScimTokens($after: String) {
    scimTokens(first: 100, after: $after) {
      nodes {
        id
        name
        createdAt
        lastUsedAt
        revokedAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const CreateScimTokenDoc = graphql(`
  mutation OrganizationPageCreateScimToken($input: CreateScimTokenInput!) {
    createScimToken(input: $input) {
      scimToken {
        id
        name
      }
      token
      userErrors {
        message
        code
      }
    }
  }
`);

const RevokeScimTokenDoc = graphql(`
  mutation OrganizationPageRevokeScimToken($input: RevokeScimTokenInput!) {
    revokeScimToken(input: $input) {
      scimToken {
        id
        revokedAt
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const DeleteOrganizationDoc = graphql(`
  mutation OrganizationPageDelete($input: DeleteOrganizationInput!) {
    deleteOrganization(input: $input) {
      deleted
      userErrors {
        message
        code
      }
    }
  }
`);

type Connection = OrganizationPageSsoQuery['ssoConnections']['nodes'][number];
type ScimToken = OrganizationPageScimTokensQuery['scimTokens']['nodes'][number];
type Protocol = 'SAML' | 'OIDC';

/** Roles single sign-on may create; owners and admins are never created by it. */
const JIT_ROLES = [
  { role: 'SEEKER', label: 'Seekers (students)', help: 'each takes a licence seat' },
  { role: 'COACH', label: 'Coaches', help: 'their assigned seekers' },
  { role: 'VIEWER', label: 'Viewers', help: 'read every seeker, change nothing' },
] as const;

export function OrganizationPage(_: PageProps) {
  const viewer = useViewer();
  // The route is for managers only; a direct address from anyone else says who to ask.
  if (!isManager(viewer)) {
    return (
      <>
        <PageTitle>Organization</PageTitle>
        <Empty>Owners and admins manage single sign-on and provisioning; ask one of them.</Empty>
      </>
    );
  }
  const slug = viewer.tenant.slug;
  return (
    <>
      <PageTitle>Organization</PageTitle>
      <SsoCards slug={slug} />
      <ScimCard />
      {viewer.viewer.role === 'OWNER' ? (
        <OrganizationDataCard slug={slug} name={viewer.tenant.name} />
      ) : (
        <Card title="Organization data">
          <Empty>
            Only an owner downloads the organization’s data or deletes the organization.
          </Empty>
        </Card>
      )}
    </>
  );
}

/** What the IdP's administrator enters on their side, copyable; long addresses wrap. */
function Values({ rows }: { rows: [string, string | null | undefined][] }) {
  return (
    <dl className="org-values">
      {rows
        .filter((r): r is [string, string] => Boolean(r[1]))
        .map(([k, v]) => (
          <div key={k} className="org-value">
            <dt>{k}</dt>
            <dd>
              <code>{v}</code>
            </dd>
          </div>
        ))}
    </dl>
  );
}

/** The addresses docs/sso.md lists, as the API builds them for this connection. */
function idpValues(c: Connection): [string, string | null | undefined][] {
  return c.protocol === 'SAML'
    ? [
        ['SP metadata (import it)', c.metadataUrl],
        ['SP entity id (audience)', c.spEntityId],
        ['ACS URL (HTTP-POST)', c.acsUrl],
        ['Sign-in starts at', c.loginUrl],
      ]
    : [
        ['Redirect URI', c.redirectUri],
        ['Sign-in starts at', c.loginUrl],
      ];
}

/**
 * The same addresses before a connection exists, so they can be registered at the IdP first (an
 * OIDC client id comes only after its redirect URI is registered), as the API answers them: from
 * Perch's public URL, which is what the IdP will see, whatever address this page was opened at.
 */
function previewValues(
  sp: OrganizationPageServiceProviderQuery['ssoServiceProvider'],
  protocol: Protocol,
): [string, string][] {
  return protocol === 'SAML'
    ? [
        ['SP metadata (import it)', sp.samlMetadataUrl],
        ['SP entity id (audience)', sp.samlEntityId],
        ['ACS URL (HTTP-POST)', sp.samlAcsUrl],
      ]
    : [['Redirect URI', sp.oidcRedirectUri]];
}

function SsoCards({ slug }: { slug: string }) {
  const list = useQuery(
    () => loadAll((after) => gql(SsoDoc, { after }).then((d) => d.ssoConnections)),
    [],
  );
  return (
    <>
      <Card title="Single sign-on">
        <p className="muted">
          People sign in through your identity provider with the short name <strong>{slug}</strong>{' '}
          (“Sign in with SSO” on the sign-in page).
        </p>
        <Async q={list} what="Loading SSO connections">
          {(connections) => <SsoTable connections={connections} onChange={list.reload} />}
        </Async>
      </Card>
      <Card title="Add an SSO connection">
        <SsoForm onCreated={list.reload} />
      </Card>
    </>
  );
}

function SsoTable({ connections, onChange }: { connections: Connection[]; onChange: () => void }) {
  if (connections.length === 0) {
    return (
      <Empty>
        No SSO connection yet: everyone signs in with a password. Add your SAML or OpenID Connect
        identity provider below.
      </Empty>
    );
  }
  const update = (c: Connection, patch: { enabled?: boolean; requireSsoForStaff?: boolean }) =>
    mutate(
      gql(UpdateSsoDoc, { input: { ssoConnectionId: c.id, ...patch } }).then(
        (d) => d.updateSsoConnection,
      ),
      onChange,
    );
  return (
    <>
      <Table
        label="SSO connections"
        columns={[
          'Name',
          'Protocol',
          'Status',
          'Password sign-in for staff',
          { label: 'Added', narrow: true },
          { label: <span className="muted">Actions</span> },
        ]}
      >
        {connections.map((c) => (
          <tr key={c.id} className={c.enabled ? undefined : 'muted-row'}>
            <td>
              {c.name}
              <div className="muted">{c.samlIdpEntityId ?? c.oidcIssuer}</div>
            </td>
            <td>{c.protocol === 'SAML' ? 'SAML 2.0' : 'OpenID Connect'}</td>
            <td>
              <Badge tone={c.enabled ? 'ok' : 'neutral'}>
                {c.enabled ? 'Enabled' : 'Disabled'}
              </Badge>
            </td>
            <td>
              {c.requireSsoForStaff && c.enabled ? (
                <Badge tone="warn">Refused: SSO required (owners keep theirs)</Badge>
              ) : c.requireSsoForStaff ? (
                // Only an enabled connection can be required (the sign-in checks both).
                <Badge>Allowed while disabled; SSO required once enabled</Badge>
              ) : (
                <Badge>Allowed</Badge>
              )}
            </td>
            <td className="hide-narrow">{when(c.createdAt)}</td>
            <td>
              <div className="actions">
                <ActionButton
                  kind="secondary"
                  label={`${c.enabled ? 'Disable' : 'Enable'} ${c.name}`}
                  onAction={() => update(c, { enabled: !c.enabled })}
                >
                  {c.enabled ? 'Disable' : 'Enable'}
                </ActionButton>
                <ActionButton
                  kind="secondary"
                  label={
                    c.requireSsoForStaff
                      ? `Allow passwords for staff (${c.name})`
                      : `Require SSO for staff (${c.name})`
                  }
                  confirm={
                    c.requireSsoForStaff
                      ? undefined
                      : `Require SSO for staff? Coaches, viewers and admins can then sign in only through “${c.name}”; owners keep their password.`
                  }
                  onAction={() => update(c, { requireSsoForStaff: !c.requireSsoForStaff })}
                >
                  {c.requireSsoForStaff ? 'Allow passwords' : 'Require SSO'}
                </ActionButton>
                <ActionButton
                  kind="danger"
                  label={`Delete ${c.name}`}
                  confirm={`Delete “${c.name}”? Sign-in through it stops at once and its links to people go; people keep their accounts and any password.`}
                  onAction={() =>
                    mutate(
                      gql(DeleteSsoDoc, { input: { ssoConnectionId: c.id } }).then(
                        (d) => d.deleteSsoConnection,
                      ),
                      onChange,
                    )
                  }
                >
                  Delete
                </ActionButton>
              </div>
            </td>
          </tr>
        ))}
      </Table>
      {connections.map((c) => (
        <details key={c.id} className="org-details">
          <summary>For the IdP administrator: {c.name}</summary>
          <Values rows={idpValues(c)} />
          {c.protocol === 'SAML' ? (
            <p className="muted">
              Sign both the response and the assertion (RSA-SHA256). Certificates on file (SHA-256):{' '}
              {c.samlIdpCertificateFingerprints.map((f) => (
                <code key={f} className="org-fingerprint">
                  {f}
                </code>
              ))}
            </p>
          ) : (
            <p className="muted">
              Client id <code>{c.oidcClientId}</code>;{' '}
              {c.oidcClientSecretSet ? 'a client secret is on file' : 'a public client (no secret)'}
              . Authorization code with PKCE, scopes <code>openid email profile</code>.
            </p>
          )}
          <p className="muted">
            First sign-ins create:{' '}
            {c.jitRoles.length
              ? c.jitRoles.map((r) => r.toLowerCase()).join(', ')
              : 'nobody (invitations only)'}
            {c.defaultRole ? `; unmapped people become ${c.defaultRole.toLowerCase()}` : ''}.
          </p>
        </details>
      ))}
      {connections.map((c) => (
        <details key={`edit-${c.id}`} className="org-details">
          <summary>Change the settings of {c.name}</summary>
          <SsoSettings connection={c} onSaved={onChange} />
        </details>
      ))}
    </>
  );
}

/** Which roles a first sign-in may create: one checkbox each, none meaning invitations only. */
function JitRoleChoices({
  idPrefix,
  value,
  onChange,
}: {
  idPrefix: string;
  value: string[];
  onChange: (roles: string[]) => void;
}) {
  return (
    <fieldset className="choices">
      <legend>Who a first sign-in may create</legend>
      {JIT_ROLES.map((r) => (
        <label key={r.role} htmlFor={`${idPrefix}-${r.role}`}>
          <input
            id={`${idPrefix}-${r.role}`}
            type="checkbox"
            checked={value.includes(r.role)}
            onChange={(e) =>
              onChange(e.target.checked ? [...value, r.role] : value.filter((x) => x !== r.role))
            }
          />
          <span>
            <strong>{r.label}</strong> <span className="muted">— {r.help}</span>
          </span>
        </label>
      ))}
      <p className="muted">None ticked: only people already invited can sign in.</p>
    </fieldset>
  );
}

/** PEM blocks in a pasted text: one certificate or several, in any order. */
function pems(text: string): string[] {
  return text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
}

/** "faculty = COACH" lines, the way the table of mappings reads; blank lines are skipped. */
function parseMappings(text: string): { value: string; role: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.lastIndexOf('=');
      if (at < 1)
        throw new Error(`“${line}”: write a mapping as value = ROLE, e.g. faculty = COACH.`);
      const role = line
        .slice(at + 1)
        .trim()
        .toUpperCase();
      if (!JIT_ROLES.some((r) => r.role === role)) {
        throw new Error(`“${line}”: the role is SEEKER, COACH or VIEWER.`);
      }
      return { value: line.slice(0, at).trim(), role };
    });
}

/**
 * Everything of a connection but its protocol and its IdP (entity id, issuer): a certificate
 * rollover, a new client secret, attributes and role mappings. Links to people stay.
 */
function SsoSettings({ connection: c, onSaved }: { connection: Connection; onSaved: () => void }) {
  const saml = c.protocol === 'SAML';
  const [ssoUrl, setSsoUrl] = useState(c.samlSsoUrl ?? '');
  const [certificates, setCertificates] = useState('');
  const [clientId, setClientId] = useState(c.oidcClientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [emailAttribute, setEmailAttribute] = useState(c.emailAttribute ?? '');
  const [nameAttribute, setNameAttribute] = useState(c.nameAttribute ?? '');
  const [roleAttribute, setRoleAttribute] = useState(c.roleAttribute ?? '');
  const [mappings, setMappings] = useState(
    c.roleMappings.map((m) => `${m.value} = ${m.role}`).join('\n'),
  );
  const [jitRoles, setJitRoles] = useState<string[]>(c.jitRoles);
  const [defaultRole, setDefaultRole] = useState(c.defaultRole ?? '');
  const [done, setDone] = useState('');
  const { busy, error, onSubmit } = useSubmit(async () => {
    setDone('');
    const certs = pems(certificates);
    if (certificates.trim() && certs.length === 0) {
      throw new Error(
        'Paste whole certificates, from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----.',
      );
    }
    const input = {
      ssoConnectionId: c.id,
      emailAttribute: emailAttribute.trim(),
      nameAttribute: nameAttribute.trim(),
      roleAttribute: roleAttribute.trim(),
      roleMappings: parseMappings(mappings),
      jitRoles,
      defaultRole,
      ...(saml
        ? { samlSsoUrl: ssoUrl.trim(), ...(certs.length ? { samlIdpCertificates: certs } : {}) }
        : {
            oidcClientId: clientId.trim(),
            ...(clientSecret ? { oidcClientSecret: clientSecret } : {}),
          }),
    };
    check((await gql(UpdateSsoDoc, { input })).updateSsoConnection);
    setCertificates('');
    setClientSecret('');
    setDone(`“${c.name}” was saved; it applies from the next sign-in.`);
    onSaved();
  });
  return (
    <form onSubmit={onSubmit} aria-label={`Settings of ${c.name}`}>
      <p className="muted">
        The IdP itself ({c.samlIdpEntityId ?? c.oidcIssuer}) stays: people are linked through it.
        For another IdP, add another connection.
      </p>
      {saml ? (
        <>
          <Input
            label="IdP single sign-on URL"
            type="url"
            className="org-url"
            required
            value={ssoUrl}
            onChange={setSsoUrl}
          />
          <TextArea
            label="Replace the signing certificates (PEM)"
            hint="Empty keeps the ones on file. For a rollover paste the old and the new certificate, then the new one alone once the IdP has switched."
            rows={5}
            className="org-pem"
            value={certificates}
            onChange={setCertificates}
          />
        </>
      ) : (
        <div className="form-row">
          <Input label="Client id" type="text" required value={clientId} onChange={setClientId} />
          <Input
            label="New client secret"
            type="password"
            autoComplete="off"
            hint="Empty keeps the one on file."
            value={clientSecret}
            onChange={setClientSecret}
          />
        </div>
      )}
      <div className="form-row">
        <Input
          label="Email attribute"
          type="text"
          hint="Empty: email, mail."
          value={emailAttribute}
          onChange={setEmailAttribute}
        />
        <Input
          label="Name attribute"
          type="text"
          hint="Empty: displayName, name, cn."
          value={nameAttribute}
          onChange={setNameAttribute}
        />
        <Input
          label="Role attribute"
          type="text"
          hint="e.g. eduPersonAffiliation or groups."
          value={roleAttribute}
          onChange={setRoleAttribute}
        />
      </div>
      <TextArea
        label="Role mappings"
        hint="One per line: a value of the role attribute = SEEKER, COACH or VIEWER (e.g. faculty = COACH)."
        rows={3}
        value={mappings}
        onChange={setMappings}
      />
      <JitRoleChoices idPrefix={`jit-${c.id}`} value={jitRoles} onChange={setJitRoles} />
      <Select
        label="Role when no mapping matches"
        value={defaultRole}
        onChange={setDefaultRole}
        options={['', 'SEEKER', 'COACH', 'VIEWER']}
        format={(v) =>
          v ? (JIT_ROLES.find((r) => r.role === v)?.label ?? v) : 'None: refuse them'
        }
      />
      <ErrorBox error={error} />
      <p role="status" className="muted">
        {done}
      </p>
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? 'Saving…' : `Save ${c.name}`}
      </button>
    </form>
  );
}

function SsoForm({ onCreated }: { onCreated: () => void }) {
  const sp = useQuery(() => gql(ServiceProviderDoc), []);
  const [protocol, setProtocol] = useState<Protocol>('SAML');
  const [name, setName] = useState('');
  const [entityId, setEntityId] = useState('');
  const [ssoUrl, setSsoUrl] = useState('');
  const [certificate, setCertificate] = useState('');
  const [issuer, setIssuer] = useState('');
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const [jitRoles, setJitRoles] = useState<string[]>([]);
  const [defaultRole, setDefaultRole] = useState('');
  const [done, setDone] = useState('');
  const { busy, error, onSubmit } = useSubmit(async () => {
    setDone('');
    const common = {
      protocol,
      name: name.trim(),
      jitRoles,
      defaultRole: defaultRole || null,
    };
    const input =
      protocol === 'SAML'
        ? {
            ...common,
            samlIdpEntityId: entityId.trim(),
            samlSsoUrl: ssoUrl.trim(),
            samlIdpCertificates: [certificate.trim()],
          }
        : {
            ...common,
            oidcIssuer: issuer.trim(),
            oidcClientId: clientId.trim(),
            oidcClientSecret: clientSecret || null,
          };
    check((await gql(CreateSsoDoc, { input })).createSsoConnection);
    setDone(`“${common.name}” was added and is enabled.`);
    setName('');
    setEntityId('');
    setSsoUrl('');
    setCertificate('');
    setIssuer('');
    setClientId('');
    setClientSecret('');
    onCreated();
  });
  return (
    <form onSubmit={onSubmit} aria-label="Add an SSO connection">
      <fieldset className="choices">
        <legend>Protocol</legend>
        {(
          [
            ['SAML', 'SAML 2.0', 'Shibboleth, Entra ID, Okta, ADFS'],
            ['OIDC', 'OpenID Connect', 'Google Workspace, Entra ID, Okta, Keycloak'],
          ] as const
        ).map(([p, label, help]) => (
          <label key={p} htmlFor={`sso-protocol-${p}`}>
            <input
              id={`sso-protocol-${p}`}
              type="radio"
              name="sso-protocol"
              checked={protocol === p}
              onChange={() => setProtocol(p)}
            />
            <span>
              <strong>{label}</strong> <span className="muted">— {help}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <h3>Give your IdP administrator</h3>
      <Async q={sp} what="Loading the addresses for your IdP">
        {(d) => <Values rows={previewValues(d.ssoServiceProvider, protocol)} />}
      </Async>
      <div className="form-row">
        <Input
          label="Name"
          type="text"
          required
          maxLength={200}
          placeholder="e.g. University Shibboleth"
          value={name}
          onChange={setName}
        />
      </div>
      {protocol === 'SAML' ? (
        <>
          <div className="form-row">
            <Input
              label="IdP entity id"
              type="text"
              required
              placeholder="https://idp.example.edu/idp/shibboleth"
              value={entityId}
              onChange={setEntityId}
            />
            <Input
              label="IdP single sign-on URL"
              type="url"
              className="org-url"
              required
              hint="Its HTTP-Redirect binding."
              placeholder="https://idp.example.edu/idp/profile/SAML2/Redirect/SSO"
              value={ssoUrl}
              onChange={setSsoUrl}
            />
          </div>
          <TextArea
            label="IdP signing certificate (PEM)"
            hint="From -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----."
            required
            rows={6}
            className="org-pem"
            value={certificate}
            onChange={setCertificate}
          />
        </>
      ) : (
        <div className="form-row">
          <Input
            label="Issuer"
            type="url"
            className="org-url"
            required
            hint="Perch reads its discovery document."
            placeholder="https://accounts.example.edu"
            value={issuer}
            onChange={setIssuer}
          />
          <Input label="Client id" type="text" required value={clientId} onChange={setClientId} />
          <Input
            label="Client secret"
            type="password"
            autoComplete="off"
            hint="Stored encrypted and never shown again; empty for a public client."
            value={clientSecret}
            onChange={setClientSecret}
          />
        </div>
      )}
      <JitRoleChoices idPrefix="jit" value={jitRoles} onChange={setJitRoles} />
      <Select
        label="Role of a new person"
        hint="When the IdP sends no role Perch maps; mappings are set under “Change the settings” once the connection exists."
        value={defaultRole}
        onChange={setDefaultRole}
        options={['', 'SEEKER', 'COACH', 'VIEWER']}
        format={(r) => (r ? r.charAt(0) + r.slice(1).toLowerCase() : 'None')}
      />
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? 'Adding…' : 'Add connection'}
      </button>
      <ErrorBox error={error} />
      <p role="status" className="muted">
        {done}
      </p>
    </form>
  );
}

function ScimCard() {
  const tokens = useQuery(
    () => loadAll((after) => gql(ScimTokensDoc, { after }).then((d) => d.scimTokens)),
    [],
  );
  const base = `${window.location.origin}/scim/v2`;
  return (
    <Card title="SCIM provisioning">
      <p className="muted">
        Your directory (Entra ID, Okta) creates, updates and archives seekers through SCIM 2.0. Give
        it the base URL and a token.
      </p>
      <Field label="SCIM base URL">
        {(id) => (
          <input
            id={id}
            className="org-wide"
            readOnly
            value={base}
            onFocus={(e) => e.target.select()}
          />
        )}
      </Field>
      <Async q={tokens} what="Loading SCIM tokens">
        {(list) => <ScimTable tokens={list} onChange={tokens.reload} />}
      </Async>
      <ScimForm onCreated={tokens.reload} />
    </Card>
  );
}

function ScimTable({ tokens, onChange }: { tokens: ScimToken[]; onChange: () => void }) {
  if (tokens.length === 0) {
    return <Empty>No SCIM token yet. Create one below for your directory’s provisioning.</Empty>;
  }
  return (
    <Table
      label="SCIM tokens"
      columns={[
        'Name',
        'Status',
        { label: 'Created', narrow: true },
        'Last used',
        { label: <span className="muted">Action</span> },
      ]}
    >
      {tokens.map((k) => (
        <tr key={k.id} className={k.revokedAt ? 'muted-row' : undefined}>
          <td>{k.name}</td>
          <td>
            {k.revokedAt ? (
              <Badge>Revoked {when(k.revokedAt)}</Badge>
            ) : (
              <Badge tone="ok">Active</Badge>
            )}
          </td>
          <td className="hide-narrow">{when(k.createdAt)}</td>
          <td>{k.lastUsedAt ? whenTime(k.lastUsedAt) : 'Never'}</td>
          <td>
            {!k.revokedAt && (
              <ActionButton
                kind="danger"
                label={`Revoke ${k.name}`}
                confirm={`Revoke “${k.name}”? The directory’s provisioning stops at its next request.`}
                onAction={async () => {
                  check(
                    (await gql(RevokeScimTokenDoc, { input: { scimTokenId: k.id } }))
                      .revokeScimToken,
                  );
                  onChange();
                }}
              >
                Revoke
              </ActionButton>
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}

function ScimForm({ onCreated }: { onCreated: () => void }) {
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ name: string; token: string }>();
  const { busy, error, onSubmit } = useSubmit(async () => {
    const r = check(
      (await gql(CreateScimTokenDoc, { input: { name: name.trim() } })).createScimToken,
    );
    if (r.token && r.scimToken) setCreated({ name: r.scimToken.name, token: r.token });
    setName('');
    onCreated();
  });
  return (
    <>
      <form onSubmit={onSubmit} aria-label="Create a SCIM token" className="form-row">
        <Input
          label="Token name"
          type="text"
          required
          maxLength={100}
          placeholder="e.g. Entra ID"
          value={name}
          onChange={setName}
        />
        <div className="field">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create token'}
          </button>
        </div>
      </form>
      <ErrorBox error={error} />
      {created && (
        <SecretBox
          label={`SCIM token “${created.name}”`}
          value={created.token}
          onDone={() => setCreated(undefined)}
        >
          <p>
            <strong>
              Copy this token now — Perch keeps only a hash and will never show it again.
            </strong>{' '}
            Paste it into your directory’s provisioning settings (Entra ID: “Secret Token”). If it
            is lost, revoke it and create a new one.
          </p>
        </SecretBox>
      )}
    </>
  );
}

/** Owners only: the organization's data as a zip, and the organization's deletion. */
function OrganizationDataCard({ slug, name }: { slug: string; name: string }) {
  const [confirmSlug, setConfirmSlug] = useState('');
  const remove = useSubmit(async () => {
    check(
      (await gql(DeleteOrganizationDoc, { input: { confirmSlug: confirmSlug.trim() } }))
        .deleteOrganization,
    );
    // Nothing is left to be signed in to: back to the sign-in page, at the console's start.
    go();
    await signOut();
  });
  return (
    <Card title="Organization data">
      <h3>Download</h3>
      <p className="muted">
        Every record of {name}, one JSON file per table in a zip (secrets left out), for a move
        elsewhere or your own archive. The download is recorded in the audit log.
      </p>
      <ActionButton
        kind="secondary"
        onAction={async () =>
          download(
            `perch-organization-${slug}.zip`,
            await fetchFile('/data-exports/organization.zip'),
          )
        }
      >
        Download the organization’s data
      </ActionButton>
      <h3>Delete the organization</h3>
      <p>
        Deletes {name} and everything in it — seekers, staff, connections, tokens and the audit log
        — and the sign-in accounts no other organization has.{' '}
        <strong>This cannot be undone.</strong>
      </p>
      <TypeToConfirm
        name="Delete the organization"
        label="Type the organization’s short name to confirm"
        hint={`Its short name is ${slug}.`}
        value={confirmSlug}
        onChange={setConfirmSlug}
        submit={remove}
        action="Delete the organization"
        busyAction="Deleting…"
      />
    </Card>
  );
}
