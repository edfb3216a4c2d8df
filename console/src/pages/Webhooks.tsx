import { useState } from 'react';
import { check, gql } from '../api';
import { graphql } from '../gql';
import type { WebhookEventType, WebhooksCardListQuery } from '../gql/graphql';
import { ActionButton, Async, Badge, Empty, ErrorBox, Table, when, whenTime, words } from '../ui';
import { Input, loadAll, SecretBox, useSubmit } from '../ui/forms';
import { useQuery } from '../use-query';

const ListDoc = graphql(`
  query WebhooksCardList($after: String) {
    webhookEndpoints(first: 100, after: $after) {
      nodes {
        id
        url
        description
        events
        enabled
        disabledReason
        consecutiveFailures
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const DeliveriesDoc = graphql(`
  query WebhooksCardDeliveries($id: ID!) {
    webhookDeliveries(webhookEndpointId: $id, first: 20) {
      nodes {
        id
        eventType
        status
        attempts
        lastStatus
        lastError
        nextAttemptAt
        createdAt
      }
    }
  }
`);

const CreateDoc = graphql(`
  mutation WebhooksCardCreate($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      webhookEndpoint {
        id
        url
      }
      secret
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const UpdateDoc = graphql(`
  mutation WebhooksCardUpdate($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      webhookEndpoint {
        id
        enabled
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const DeleteDoc = graphql(`
  mutation WebhooksCardDelete($input: DeleteWebhookEndpointInput!) {
    deleteWebhookEndpoint(input: $input) {
      deletedWebhookEndpointId
      userErrors {
        message
        code
      }
    }
  }
`);

const TestDoc = graphql(`
  mutation WebhooksCardTest($input: SendTestWebhookInput!) {
    sendTestWebhook(input: $input) {
      webhookDelivery {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const RedeliverDoc = graphql(`
  mutation WebhooksCardRedeliver($input: RedeliverWebhookInput!) {
    redeliverWebhook(input: $input) {
      webhookDelivery {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

type Endpoint = WebhooksCardListQuery['webhookEndpoints']['nodes'][number];

const EVENTS: { type: WebhookEventType; help: string }[] = [
  { type: 'PIPELINE_STAGE_CHANGED', help: 'a job application moved along the pipeline' },
  { type: 'SEEKER_ACTIVATED', help: 'a seeker took a licence seat' },
  { type: 'SEAT_LIMIT_REACHED', help: 'a seeker could not get a seat' },
  { type: 'JOB_MATCHED', help: 'new matched openings for a seeker' },
  { type: 'INTERVIEW_SCHEDULED', help: 'an informational interview got a time' },
  { type: 'DRAFT_APPROVED', help: 'a coach approved a post draft' },
  { type: 'POST_PUBLISHED', help: 'a scheduled post went out on X' },
  { type: 'BULK_EXPORT_COMPLETED', help: 'a bulk export finished' },
];

/** The webhooks of the organization: endpoints, their delivery log, test and replay. */
export function WebhooksCard() {
  const list = useQuery(
    () => loadAll((after) => gql(ListDoc, { after }).then((d) => d.webhookEndpoints)),
    [],
  );
  return (
    <>
      <Async q={list} what="Loading webhook endpoints">
        {(endpoints) =>
          endpoints.length === 0 ? (
            <Empty>
              No webhook endpoints. Add one below and Perch will POST signed events to it (see
              docs/api.md, “Webhooks”, for checking the signature).
            </Empty>
          ) : (
            <ul className="plain">
              {endpoints.map((e) => (
                <EndpointItem key={e.id} e={e} onChange={list.reload} />
              ))}
            </ul>
          )
        }
      </Async>
      <CreateEndpoint onCreated={list.reload} />
    </>
  );
}

function EndpointItem({ e, onChange }: { e: Endpoint; onChange: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <li className="webhook">
      <div className="tb-match-head">
        <h3>
          <code>{e.url}</code>
        </h3>
        {e.enabled ? (
          <Badge tone="ok">Enabled</Badge>
        ) : (
          <Badge tone="warn">Disabled{e.disabledReason ? `: ${e.disabledReason}` : ''}</Badge>
        )}
        {e.enabled && e.consecutiveFailures > 0 && (
          <Badge tone="warn">{e.consecutiveFailures} failed in a row</Badge>
        )}
      </div>
      {e.description && <div className="muted">{e.description}</div>}
      <div className="flags">
        {e.events.map((t) => (
          <Badge key={t}>{words(t)}</Badge>
        ))}
      </div>
      <div className="actions tb-row-actions">
        <ActionButton
          kind="secondary"
          label={`Send a test event to ${e.url}`}
          onAction={async () => {
            check((await gql(TestDoc, { input: { webhookEndpointId: e.id } })).sendTestWebhook);
            setOpen(true);
          }}
        >
          Send test
        </ActionButton>
        <ActionButton
          kind="secondary"
          label={`${e.enabled ? 'Disable' : 'Enable'} ${e.url}`}
          onAction={async () => {
            check(
              (await gql(UpdateDoc, { input: { webhookEndpointId: e.id, enabled: !e.enabled } }))
                .updateWebhookEndpoint,
            );
            onChange();
          }}
        >
          {e.enabled ? 'Disable' : 'Enable'}
        </ActionButton>
        <button
          type="button"
          className="btn btn-secondary"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide deliveries' : 'Deliveries'}
        </button>
        <ActionButton
          kind="danger"
          label={`Delete ${e.url}`}
          confirm={`Delete the endpoint ${e.url} and its delivery log?`}
          onAction={async () => {
            check(
              (await gql(DeleteDoc, { input: { webhookEndpointId: e.id } })).deleteWebhookEndpoint,
            );
            onChange();
          }}
        >
          Delete
        </ActionButton>
      </div>
      {open && <Deliveries endpoint={e} />}
    </li>
  );
}

function Deliveries({ endpoint }: { endpoint: Endpoint }) {
  const q = useQuery(() => gql(DeliveriesDoc, { id: endpoint.id }), [endpoint.id]);
  return (
    <Async q={q} what="Loading deliveries">
      {(d) =>
        d.webhookDeliveries.nodes.length === 0 ? (
          <Empty>No deliveries yet.</Empty>
        ) : (
          <Table
            label={`Deliveries to ${endpoint.url}`}
            columns={[
              'Event',
              'Status',
              'Attempts',
              'Last answer',
              { label: 'Created', narrow: true },
              '',
            ]}
          >
            {d.webhookDeliveries.nodes.map((x) => (
              <tr key={x.id}>
                <td>{words(x.eventType)}</td>
                <td>
                  <Badge
                    tone={
                      x.status === 'SUCCEEDED' ? 'ok' : x.status === 'FAILED' ? 'warn' : 'neutral'
                    }
                  >
                    {words(x.status)}
                  </Badge>
                  {x.nextAttemptAt && <div className="muted">next {whenTime(x.nextAttemptAt)}</div>}
                </td>
                <td>{x.attempts}</td>
                <td>{x.lastError ?? (x.lastStatus ? `HTTP ${x.lastStatus}` : '—')}</td>
                <td className="hide-narrow">{whenTime(x.createdAt)}</td>
                <td>
                  {x.status !== 'PENDING' && (
                    <ActionButton
                      kind="secondary"
                      label={`Redeliver ${words(x.eventType)} of ${when(x.createdAt)}`}
                      onAction={async () => {
                        check(
                          (await gql(RedeliverDoc, { input: { webhookDeliveryId: x.id } }))
                            .redeliverWebhook,
                        );
                        q.reload();
                      }}
                    >
                      Redeliver
                    </ActionButton>
                  )}
                </td>
              </tr>
            ))}
          </Table>
        )
      }
    </Async>
  );
}

function CreateEndpoint({ onCreated }: { onCreated: () => void }) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>(['PIPELINE_STAGE_CHANGED']);
  const [created, setCreated] = useState<{ url: string; secret: string }>();
  const { busy, error, onSubmit } = useSubmit(async () => {
    const r = check(
      (
        await gql(CreateDoc, {
          input: { url: url.trim(), events, description: description.trim() || null },
        })
      ).createWebhookEndpoint,
    );
    if (r.secret && r.webhookEndpoint) setCreated({ url: r.webhookEndpoint.url, secret: r.secret });
    setUrl('');
    setDescription('');
    onCreated();
  });
  return (
    <>
      <form onSubmit={onSubmit} aria-label="Add a webhook endpoint">
        <div className="form-row">
          <Input
            label="Endpoint URL"
            type="url"
            required
            maxLength={2048}
            placeholder="https://example.edu/perch/hooks"
            value={url}
            onChange={setUrl}
          />
          <Input
            label="Description (optional)"
            type="text"
            maxLength={500}
            value={description}
            onChange={setDescription}
          />
        </div>
        <fieldset className="choices">
          <legend>Events</legend>
          {EVENTS.map((ev) => (
            <label key={ev.type} htmlFor={`event-${ev.type}`}>
              <input
                id={`event-${ev.type}`}
                type="checkbox"
                checked={events.includes(ev.type)}
                onChange={(e) =>
                  setEvents(
                    e.target.checked ? [...events, ev.type] : events.filter((x) => x !== ev.type),
                  )
                }
              />
              <span>
                <strong>{words(ev.type)}</strong> <span className="muted">— {ev.help}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className="btn btn-primary" disabled={busy || events.length === 0}>
          {busy ? 'Adding…' : 'Add endpoint'}
        </button>
        <ErrorBox error={error} />
      </form>
      {created && (
        <SecretBox
          label={`Signing secret for ${created.url}`}
          value={created.secret}
          onDone={() => setCreated(undefined)}
        >
          <p>
            <strong>Copy the signing secret now — it is shown only once.</strong> Your receiver uses
            it to check the <code>Perch-Signature</code> header of every event.
          </p>
        </SecretBox>
      )}
    </>
  );
}
