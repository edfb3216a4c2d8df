import { useState } from 'react';
import { check, gql } from '../api';
import { graphql } from '../gql';
import type { ApiKeysPageListQuery, ApiScope } from '../gql/graphql';
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
  whenTime,
} from '../ui';
import { Input, loadAll, SecretBox, useSubmit } from '../ui/forms';
import { useQuery } from '../use-query';
import { isManager, useViewer } from '../viewer';
import { WebhooksCard } from './Webhooks';
import './admin.css';

const ListDoc = graphql(`
  query ApiKeysPageList($after: String) {
    apiKeys(first: 100, after: $after) {
      nodes {
        id
        name
        scopes
        createdAt
        lastUsedAt
        expiresAt
        revokedAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const CreateDoc = graphql(`
  mutation ApiKeysPageCreate($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      apiKey {
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

const RevokeDoc = graphql(`
  mutation ApiKeysPageRevoke($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      apiKey {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

type ApiKey = ApiKeysPageListQuery['apiKeys']['nodes'][number];

// A wider scope includes the narrower ones, so a key needs exactly one.
const SCOPES: { scope: ApiScope; label: string; help: string }[] = [
  { scope: 'READ', label: 'Read', help: 'reads seekers, progress and reports; changes nothing' },
  { scope: 'WRITE', label: 'Read and write', help: 'also changes seekers, pipelines and drafts' },
  { scope: 'ADMIN', label: 'Admin', help: 'also staff, invitations, API keys and the X budget' },
];

export function ApiKeysPage(_: PageProps) {
  // Keys are for owners and admins only; anyone else would just meet FORBIDDEN.
  if (!isManager(useViewer())) {
    return (
      <>
        <PageTitle>API keys</PageTitle>
        <Empty>Owners and admins manage API keys; ask one of them for an integration’s key.</Empty>
      </>
    );
  }
  return <ApiKeys />;
}

function ApiKeys() {
  const keys = useQuery(
    () => loadAll((after) => gql(ListDoc, { after }).then((d) => d.apiKeys)),
    [],
  );
  return (
    <>
      <PageTitle>API keys</PageTitle>
      <Card title="Keys">
        <Async q={keys} what="Loading API keys">
          {(list) => <KeysTable keys={list} onChange={keys.reload} />}
        </Async>
      </Card>
      <Card title="Create a key">
        <CreateForm onCreated={keys.reload} />
      </Card>
      <Card title="Webhooks">
        <WebhooksCard />
      </Card>
    </>
  );
}

function keyStatus(k: ApiKey): { label: string; tone: string } {
  if (k.revokedAt) return { label: `Revoked ${when(k.revokedAt)}`, tone: 'neutral' };
  if (k.expiresAt && new Date(k.expiresAt) <= new Date()) return { label: 'Expired', tone: 'warn' };
  return { label: 'Active', tone: 'ok' };
}

function KeysTable({ keys, onChange }: { keys: ApiKey[]; onChange: () => void }) {
  const [showRevoked, setShowRevoked] = useState(false);
  const revoked = keys.filter((k) => k.revokedAt).length;
  const rows = keys.filter((k) => showRevoked || !k.revokedAt);
  return (
    <>
      {revoked > 0 && (
        <label className="check" htmlFor="show-revoked">
          <input
            id="show-revoked"
            type="checkbox"
            checked={showRevoked}
            onChange={(e) => setShowRevoked(e.target.checked)}
          />
          Show {revoked} revoked {revoked === 1 ? 'key' : 'keys'}
        </label>
      )}
      {rows.length === 0 ? (
        <Empty>
          No active API keys. Create one below for an integration (a student information system, a
          reporting tool); each key acts for the whole organization within its scope.
        </Empty>
      ) : (
        <Table
          label="API keys"
          columns={[
            'Name',
            'Scope',
            'Status',
            { label: 'Created', narrow: true },
            'Last used',
            { label: 'Expires', narrow: true },
            { label: <span className="muted">Action</span> },
          ]}
        >
          {rows.map((k) => {
            const s = keyStatus(k);
            return (
              <tr key={k.id} className={s.tone === 'ok' ? undefined : 'muted-row'}>
                <td>{k.name}</td>
                <td>
                  <div className="flags">
                    {k.scopes.map((sc) => (
                      <Badge key={sc}>{sc.toLowerCase()}</Badge>
                    ))}
                  </div>
                </td>
                <td>
                  <Badge tone={s.tone}>{s.label}</Badge>
                </td>
                <td className="hide-narrow">{when(k.createdAt)}</td>
                <td>{k.lastUsedAt ? whenTime(k.lastUsedAt) : 'Never'}</td>
                <td className="hide-narrow">{k.expiresAt ? when(k.expiresAt) : 'Never'}</td>
                <td>
                  {!k.revokedAt && (
                    <ActionButton
                      kind="danger"
                      label={`Revoke ${k.name}`}
                      confirm={`Revoke “${k.name}”? Integrations using it stop working at once.`}
                      onAction={async () => {
                        check((await gql(RevokeDoc, { input: { apiKeyId: k.id } })).revokeApiKey);
                        onChange();
                      }}
                    >
                      Revoke
                    </ActionButton>
                  )}
                </td>
              </tr>
            );
          })}
        </Table>
      )}
    </>
  );
}

function CreateForm({ onCreated }: { onCreated: () => void }) {
  const [name, setName] = useState('');
  const [scope, setScope] = useState<ApiScope>('READ');
  const [expires, setExpires] = useState('');
  const [created, setCreated] = useState<{ name: string; token: string }>();
  const { busy, error, onSubmit } = useSubmit(async () => {
    // The key stops working at the end of the chosen day, local time.
    const expiresAt = expires ? new Date(`${expires}T23:59:59`).toISOString() : null;
    const r = check(
      (await gql(CreateDoc, { input: { name: name.trim(), scopes: [scope], expiresAt } }))
        .createApiKey,
    );
    if (r.token && r.apiKey) setCreated({ name: r.apiKey.name, token: r.token });
    setName('');
    setExpires('');
    onCreated();
  });
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <form onSubmit={onSubmit} aria-label="Create an API key">
        <div className="form-row">
          <Input
            label="Name"
            type="text"
            required
            maxLength={100}
            placeholder="e.g. Reporting export"
            value={name}
            onChange={setName}
          />
          <Input
            label="Expires on (optional)"
            type="date"
            min={today}
            value={expires}
            onChange={setExpires}
          />
        </div>
        <fieldset className="choices">
          <legend>Scope</legend>
          {SCOPES.map((s) => (
            <label key={s.scope} htmlFor={`scope-${s.scope}`}>
              <input
                id={`scope-${s.scope}`}
                type="radio"
                name="scope"
                value={s.scope}
                checked={scope === s.scope}
                onChange={() => setScope(s.scope)}
              />
              <span>
                <strong>{s.label}</strong> <span className="muted">— {s.help}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create key'}
        </button>
        <ErrorBox error={error} />
      </form>
      {created && (
        <SecretBox
          label={`API key “${created.name}”`}
          value={created.token}
          onDone={() => setCreated(undefined)}
        >
          <p>
            <strong>
              Copy this key now — Perch keeps only a hash and will never show it again.
            </strong>{' '}
            Store it in your integration’s secret store; it goes in the{' '}
            <code>Authorization: Bearer …</code> header. If it is lost, revoke it and create a new
            one.
          </p>
        </SecretBox>
      )}
    </>
  );
}
