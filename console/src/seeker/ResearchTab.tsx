import { useState } from 'react';
import { check, gql } from '../api';
import { graphql } from '../gql';
import type {
  ResearchTabBriefQuery,
  ResearchTabDossierQuery,
  ResearchTabPostFragment,
  ResearchTabTargetsQuery,
  TargetStatus,
} from '../gql/graphql';
import {
  ActionButton,
  Async,
  Badge,
  Card,
  Empty,
  ErrorBox,
  pct,
  plural,
  Table,
  when,
  whenTime,
  words,
} from '../ui';
import { download } from '../ui/download';
import { Field, Input, loadAll, Select, useSubmit } from '../ui/forms';
import { useQuery } from '../use-query';
import { canWrite, useViewer } from '../viewer';
import './tabs-a.css';

graphql(`
  fragment ResearchTabPost on DossierPost {
    xId
    url
    author
    text
    createdAt
  }
`);

const TargetsDoc = graphql(`
  query ResearchTabTargets($id: ID!) {
    seeker(id: $id) {
      id
      name
      targets {
        id
        priority
        status
        createdAt
        company {
          id
          name
          brandUsername
          domain
          dossier {
            posts
            emptyReason
          }
        }
      }
    }
  }
`);

const CompaniesDoc = graphql(`
  query ResearchTabCompanies($after: String) {
    companies(first: 100, after: $after) {
      nodes {
        id
        name
        brandUsername
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const DossierDoc = graphql(`
  query ResearchTabDossier($id: ID!) {
    company(id: $id) {
      id
      name
      brandUsername
      accounts {
        xId
        username
        name
        url
        kind
        status
        evidence {
          kind
          detail
        }
      }
      dossier {
        posts
        brandPosts
        employeePosts
        emptyReason
        computedAt
        windowFrom
        windowTo
        cadence {
          activeEmployees
          brandPostsPerWeek
          employeePostsPerWeek
          lastPostAt
        }
        values {
          label
          count
          share
          posts {
            ...ResearchTabPost
          }
        }
        themes {
          term
          label
          count
          posts {
            ...ResearchTabPost
          }
        }
        tone {
          brand {
            formality
            sentiment
            posts
          }
          employees {
            formality
            sentiment
            posts
          }
        }
        voices {
          brand
          employees
        }
        hiring {
          posts
          roles {
            label
            count
            posts {
              ...ResearchTabPost
            }
          }
          teams {
            label
            count
            posts {
              ...ResearchTabPost
            }
          }
          locations {
            label
            count
            posts {
              ...ResearchTabPost
            }
          }
          workplace {
            label
            count
            posts {
              ...ResearchTabPost
            }
          }
        }
        changes {
          rising {
            label
            count
            previous
            posts {
              ...ResearchTabPost
            }
          }
          falling {
            label
            count
            previous
            posts {
              ...ResearchTabPost
            }
          }
          newThemes {
            label
            count
            posts {
              ...ResearchTabPost
            }
          }
        }
      }
    }
  }
`);

const BriefDoc = graphql(`
  query ResearchTabBrief($companyId: ID!, $seekerId: ID!) {
    interviewBrief(companyId: $companyId, seekerId: $seekerId) {
      company
      generatedAt
      markdown
      talkingPoints {
        point
        posts {
          ...ResearchTabPost
        }
      }
      people {
        name
        username
        url
        bio
        recentPosts
      }
      readFirst {
        ...ResearchTabPost
      }
    }
  }
`);

const SetTargetDoc = graphql(`
  mutation ResearchTabSetTarget($input: SetSeekerTargetInput!) {
    setSeekerTarget(input: $input) {
      target {
        id
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const RemoveTargetDoc = graphql(`
  mutation ResearchTabRemoveTarget($input: RemoveSeekerTargetInput!) {
    removeSeekerTarget(input: $input) {
      removedTargetId
      userErrors {
        message
        code
      }
    }
  }
`);

const DiscoverDoc = graphql(`
  mutation ResearchTabDiscover($input: DiscoverCompanyAccountsInput!) {
    discoverCompanyAccounts(input: $input) {
      accounts {
        xId
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const ReviewAccountDoc = graphql(`
  mutation ResearchTabReviewAccount($input: ReviewCompanyAccountInput!) {
    reviewCompanyAccount(input: $input) {
      account {
        xId
      }
      userErrors {
        message
        code
      }
    }
  }
`);

const AddCompanyDoc = graphql(`
  mutation ResearchTabAddCompany($input: AddCompanyInput!) {
    addCompany(input: $input) {
      company {
        id
        name
      }
      userErrors {
        message
        code
      }
    }
  }
`);

type Target = ResearchTabTargetsQuery['seeker']['targets'][number];
type Company = ResearchTabDossierQuery['company'];
type Dossier = Company['dossier'];
type Post = ResearchTabPostFragment;
type Brief = ResearchTabBriefQuery['interviewBrief'];

const STATUSES: TargetStatus[] = ['RESEARCHING', 'APPLIED', 'INTERVIEWING', 'OFFER', 'CLOSED'];
const PRIORITIES = [1, 2, 3, 4, 5];

export function ResearchTab({ seekerId }: { seekerId: string }) {
  const editable = canWrite(useViewer());
  const q = useQuery(() => gql(TargetsDoc, { id: seekerId }), [seekerId]);
  const [picked, setPicked] = useState<string>();
  return (
    <Async q={q} what="Loading target companies">
      {({ seeker }) => {
        const current =
          seeker.targets.find((t) => t.company.id === picked) ?? seeker.targets.at(0) ?? null;
        return (
          <>
            <Card title="Target companies">
              {seeker.targets.length === 0 ? (
                <Empty>
                  No target companies yet.{' '}
                  {editable
                    ? 'Add one below: Perch then reads the company and its people on X and builds a dossier.'
                    : 'A coach adds them; each gets a dossier from the company’s posts on X.'}
                </Empty>
              ) : (
                <TargetTable
                  targets={seeker.targets}
                  current={current?.id}
                  editable={editable}
                  seekerId={seeker.id}
                  onPick={setPicked}
                  reload={q.reload}
                />
              )}
              {editable && (
                <AddTarget
                  seekerId={seeker.id}
                  taken={seeker.targets.map((t) => t.company.id)}
                  onAdded={(companyId) => {
                    setPicked(companyId);
                    q.reload();
                  }}
                />
              )}
            </Card>
            {current && (
              <>
                <DossierCard
                  key={current.company.id}
                  companyId={current.company.id}
                  editable={editable}
                />
                <BriefCard
                  key={`brief-${current.company.id}`}
                  seekerId={seeker.id}
                  companyId={current.company.id}
                  company={current.company.name}
                  auto={current.status === 'INTERVIEWING' || current.status === 'OFFER'}
                />
              </>
            )}
          </>
        );
      }}
    </Async>
  );
}

function TargetTable({
  targets,
  current,
  editable,
  seekerId,
  onPick,
  reload,
}: {
  targets: Target[];
  current: string | undefined;
  editable: boolean;
  seekerId: string;
  onPick: (companyId: string) => void;
  reload: () => void;
}) {
  return (
    <Table
      label="Target companies, highest priority first"
      columns={['Company', 'Priority', 'Status', { label: 'Dossier', narrow: true }, 'Actions']}
    >
      {targets.map((t) => (
        <TargetRow
          key={t.id}
          t={t}
          selected={t.id === current}
          editable={editable}
          seekerId={seekerId}
          onPick={() => onPick(t.company.id)}
          reload={reload}
        />
      ))}
    </Table>
  );
}

function TargetRow({
  t,
  selected,
  editable,
  seekerId,
  onPick,
  reload,
}: {
  t: Target;
  selected: boolean;
  editable: boolean;
  seekerId: string;
  onPick: () => void;
  reload: () => void;
}) {
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const change = (patch: { priority?: number; status?: TargetStatus }) => {
    setBusy(true);
    setError(undefined);
    gql(SetTargetDoc, {
      input: {
        seekerId,
        companyId: t.company.id,
        priority: t.priority,
        status: t.status,
        ...patch,
      },
    })
      .then((r) => {
        check(r.setSeekerTarget);
        reload();
      })
      .catch((e: unknown) => setError(e instanceof Error ? e : new Error(String(e))))
      .finally(() => setBusy(false));
  };
  const name = t.company.name;
  return (
    <tr className={selected ? 'ta-selected' : undefined}>
      <td>
        <strong>{name}</strong>
        <div className="muted">
          <a href={`https://x.com/${t.company.brandUsername}`} target="_blank" rel="noreferrer">
            @{t.company.brandUsername}
          </a>
          {t.company.domain ? ` · ${t.company.domain}` : ''}
        </div>
        {error && (
          <div className="inline-error" role="alert">
            {error.message}
          </div>
        )}
      </td>
      <td>
        {editable ? (
          <select
            aria-label={`Priority of ${name} (1 is highest)`}
            value={t.priority}
            disabled={busy}
            onChange={(e) => change({ priority: Number(e.target.value) })}
          >
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        ) : (
          t.priority
        )}
      </td>
      <td>
        {editable ? (
          <select
            aria-label={`Status of ${name}`}
            value={t.status}
            disabled={busy}
            onChange={(e) => change({ status: e.target.value as TargetStatus })}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {words(s)}
              </option>
            ))}
          </select>
        ) : (
          <Badge>{words(t.status)}</Badge>
        )}
      </td>
      <td className="hide-narrow">
        {t.company.dossier.posts > 0 ? (
          `${t.company.dossier.posts} posts, 30 days`
        ) : (
          <span className="muted">{t.company.dossier.emptyReason ?? 'No posts yet'}</span>
        )}
      </td>
      <td>
        <div className="actions">
          <button
            type="button"
            className="btn btn-secondary"
            aria-pressed={selected}
            aria-label={`Dossier of ${name}`}
            onClick={onPick}
          >
            Dossier
          </button>
          {editable && (
            <ActionButton
              kind="danger"
              label={`Remove ${name} from the targets`}
              confirm={`Remove ${name} from the targets?`}
              onAction={async () => {
                check(
                  (await gql(RemoveTargetDoc, { input: { targetId: t.id } })).removeSeekerTarget,
                );
                reload();
              }}
            >
              Remove
            </ActionButton>
          )}
        </div>
      </td>
    </tr>
  );
}

function AddTarget({
  seekerId,
  taken,
  onAdded,
}: {
  seekerId: string;
  taken: string[];
  onAdded: (companyId: string) => void;
}) {
  const companies = useQuery(
    () => loadAll((after) => gql(CompaniesDoc, { after }).then((d) => d.companies)),
    [],
  );
  const [companyId, setCompanyId] = useState('');
  const [priority, setPriority] = useState(3);
  const [status, setStatus] = useState<TargetStatus>('RESEARCHING');
  const free = (companies.data ?? []).filter((c) => !taken.includes(c.id));
  const chosen = free.some((c) => c.id === companyId) ? companyId : (free[0]?.id ?? '');
  const target = async (id: string) => {
    check(
      (await gql(SetTargetDoc, { input: { seekerId, companyId: id, priority, status } }))
        .setSeekerTarget,
    );
    onAdded(id);
  };
  const add = useSubmit(() => target(chosen));
  return (
    <>
      <h3>Add a target company</h3>
      <ErrorBox error={companies.error} />
      {companies.data && free.length === 0 ? (
        <p className="muted">
          Every tracked company is already a target. Track a new one by its X account below.
        </p>
      ) : (
        <form onSubmit={add.onSubmit} className="ta-inline-form" aria-label="Add a target company">
          <Field label="Tracked company">
            {(id) => (
              <select id={id} value={chosen} onChange={(e) => setCompanyId(e.target.value)}>
                {free.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name} (@{c.brandUsername})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TargetFields
            priority={priority}
            status={status}
            setPriority={setPriority}
            setStatus={setStatus}
          />
          <div className="field">
            <button type="submit" className="btn btn-primary" disabled={add.busy || !chosen}>
              Add target
            </button>
          </div>
        </form>
      )}
      <ErrorBox error={add.error} />
      <NewCompany onTrack={target} />
    </>
  );
}

function TargetFields({
  priority,
  status,
  setPriority,
  setStatus,
}: {
  priority: number;
  status: TargetStatus;
  setPriority: (n: number) => void;
  setStatus: (s: TargetStatus) => void;
}) {
  return (
    <>
      <Field label="Priority (1 highest)">
        {(id) => (
          <select id={id} value={priority} onChange={(e) => setPriority(Number(e.target.value))}>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Select
        label="Status"
        value={status}
        onChange={setStatus}
        options={STATUSES}
        format={words}
      />
    </>
  );
}

function NewCompany({ onTrack }: { onTrack: (companyId: string) => Promise<void> }) {
  const [handle, setHandle] = useState('');
  const [name, setName] = useState('');
  const [domain, setDomain] = useState('');
  const add = useSubmit(async () => {
    const r = check(
      (
        await gql(AddCompanyDoc, {
          input: {
            handle: handle.trim(),
            name: name.trim() || null,
            domain: domain.trim() || null,
          },
        })
      ).addCompany,
    );
    if (r.company) await onTrack(r.company.id);
    setHandle('');
    setName('');
    setDomain('');
  });
  return (
    <details className="ta-details">
      <summary>Track a new company by its X account</summary>
      <p className="muted">
        Perch checks the account with X (a billed read), then reads its posts for the dossier.
      </p>
      <form onSubmit={add.onSubmit} className="ta-inline-form" aria-label="Track a new company">
        <Input
          label="Brand account on X"
          required
          placeholder="@company"
          value={handle}
          onChange={setHandle}
        />
        <Input label="Name (optional)" value={name} onChange={setName} />
        <Input
          label="Domain (optional)"
          placeholder="company.com"
          value={domain}
          onChange={setDomain}
        />
        <div className="field">
          <button type="submit" className="btn btn-primary" disabled={add.busy}>
            Track and add as target
          </button>
        </div>
      </form>
      <ErrorBox error={add.error} />
    </details>
  );
}

function PostList({ posts }: { posts: Post[] }) {
  return (
    <ul className="ta-posts">
      {posts.map((p) => (
        <li key={p.xId}>
          <a href={p.url} target="_blank" rel="noreferrer">
            {p.author ? `@${p.author}` : 'Post'}, {when(p.createdAt)}
          </a>
          : <span className="ta-quote">{p.text}</span>
        </li>
      ))}
    </ul>
  );
}

/** A claim and, one click away, the posts behind it. */
function Claims({
  items,
  none,
}: {
  items: { label: string; detail: string; posts: Post[] }[];
  none: string;
}) {
  if (items.length === 0) return <p className="muted">{none}</p>;
  return (
    <ul className="ta-claims">
      {items.map((c) => (
        <li key={c.label}>
          <details>
            <summary>
              <strong>{c.label}</strong> <span className="muted">{c.detail}</span>
            </summary>
            {c.posts.length ? (
              <PostList posts={c.posts} />
            ) : (
              <p className="muted">No posts behind it this week.</p>
            )}
          </details>
        </li>
      ))}
    </ul>
  );
}

function DossierCard({ companyId, editable }: { companyId: string; editable: boolean }) {
  const q = useQuery(() => gql(DossierDoc, { id: companyId }), [companyId]);
  return (
    <Async q={q} what="Loading the dossier">
      {({ company }) => (
        <Card title={`${company.name} dossier`}>
          {company.dossier.posts === 0 ? (
            <Empty>
              {company.dossier.emptyReason ??
                'No posts read yet. The company’s accounts are polled in the background; look again in a few minutes.'}
            </Empty>
          ) : (
            <DossierBody company={company} d={company.dossier} />
          )}
          <Accounts company={company} editable={editable} reload={q.reload} />
        </Card>
      )}
    </Async>
  );
}

/** Whose posts the dossier reads: the brand, and the people discovery found and a coach confirmed. */
function Accounts({
  company,
  editable,
  reload,
}: {
  company: Company;
  editable: boolean;
  reload: () => void;
}) {
  const suggested = company.accounts.filter((a) => a.status === 'SUGGESTED');
  const review = async (xAccountId: string, decision: 'CONFIRM' | 'REJECT') => {
    check(
      (
        await gql(ReviewAccountDoc, {
          input: { companyId: company.id, xAccountId, decision },
        })
      ).reviewCompanyAccount,
    );
    reload();
  };
  return (
    <details className="ta-details" open={suggested.length > 0}>
      <summary>
        Accounts read ({company.accounts.filter((a) => a.status === 'CONFIRMED').length}
        {suggested.length ? `, ${suggested.length} to review` : ''})
      </summary>
      {editable && (
        <p className="actions">
          <span className="muted">
            Discovery looks for the company’s careers, executive and employee accounts (billed X
            reads).
          </span>
          <ActionButton
            kind="secondary"
            onAction={async () => {
              check(
                (await gql(DiscoverDoc, { input: { companyId: company.id } }))
                  .discoverCompanyAccounts,
              );
              reload();
            }}
          >
            Discover accounts
          </ActionButton>
        </p>
      )}
      <Table
        label={`Accounts of ${company.name}`}
        columns={['Account', 'Kind', 'Status', 'Why', editable && suggested.length > 0 && 'Review']}
      >
        {[...suggested, ...company.accounts.filter((a) => a.status !== 'SUGGESTED')].map((a) => (
          <tr key={a.xId}>
            <td>
              <a href={a.url} target="_blank" rel="noreferrer">
                @{a.username}
              </a>
              {a.name && <div className="muted">{a.name}</div>}
            </td>
            <td>{words(a.kind)}</td>
            <td>{words(a.status)}</td>
            <td>
              {a.evidence.length ? a.evidence.map((e) => `${e.kind}: ${e.detail}`).join('; ') : '–'}
            </td>
            {editable && suggested.length > 0 && (
              <td>
                {a.status === 'SUGGESTED' && (
                  <div className="actions">
                    <ActionButton
                      label={`Confirm @${a.username}`}
                      onAction={() => review(a.xId, 'CONFIRM')}
                    >
                      Confirm
                    </ActionButton>
                    <ActionButton
                      kind="secondary"
                      label={`Reject @${a.username}`}
                      onAction={() => review(a.xId, 'REJECT')}
                    >
                      Reject
                    </ActionButton>
                  </div>
                )}
              </td>
            )}
          </tr>
        ))}
      </Table>
    </details>
  );
}

function DossierBody({ company, d }: { company: Company; d: Dossier }) {
  const confirmed = company.accounts.filter((a) => a.status === 'CONFIRMED').length;
  const suggested = company.accounts.filter((a) => a.status === 'SUGGESTED').length;
  return (
    <>
      <p>
        <strong>{plural(d.posts, 'post')}</strong> from {when(d.windowFrom)} to {when(d.windowTo)}:{' '}
        {d.brandPosts} from the company ({d.cadence.brandPostsPerWeek} a week),{' '}
        {d.employeePosts
          ? `${d.employeePosts} from ${d.cadence.activeEmployees} of its people (${d.cadence.employeePostsPerWeek} a week)`
          : 'none from its people yet (discover their accounts below)'}
        ; last post {whenTime(d.cadence.lastPostAt)}.
      </p>
      <p className="muted">
        Read from {confirmed} confirmed account{confirmed === 1 ? '' : 's'}
        {suggested ? `; ${suggested} suggested account(s) wait for review` : ''}. Computed{' '}
        {whenTime(d.computedAt)}. Open a claim to see the posts behind it.
      </p>
      <div className="grid">
        <section aria-labelledby={`${company.id}-prio`}>
          <h3 id={`${company.id}-prio`}>Priorities they talk about</h3>
          <Claims
            none="No stated values found in their posts."
            items={d.values.map((v) => ({
              label: v.label,
              detail: `${pct(v.share)} of posts (${v.count})`,
              posts: v.posts,
            }))}
          />
        </section>
        <section aria-labelledby={`${company.id}-culture`}>
          <h3 id={`${company.id}-culture`}>Culture: distinctive themes</h3>
          <Claims
            none="No theme stands out yet."
            items={d.themes.map((t) => ({
              label: t.label,
              detail: plural(t.count, 'post'),
              posts: t.posts,
            }))}
          />
        </section>
        <section aria-labelledby={`${company.id}-hiring`}>
          <h3 id={`${company.id}-hiring`}>Hiring ({plural(d.hiring.posts, 'post')})</h3>
          <Claims
            none="No hiring posts in the window."
            items={[
              ...d.hiring.roles.map((c) => ({ ...c, kind: 'Role' })),
              ...d.hiring.teams.map((c) => ({ ...c, kind: 'Team' })),
              ...d.hiring.locations.map((c) => ({ ...c, kind: 'Place' })),
              ...d.hiring.workplace.map((c) => ({ ...c, kind: 'Workplace' })),
            ].map((c) => ({
              label: `${c.kind}: ${c.label}`,
              detail: plural(c.count, 'post'),
              posts: c.posts,
            }))}
          />
        </section>
        <section aria-labelledby={`${company.id}-week`}>
          <h3 id={`${company.id}-week`}>This week against last</h3>
          <Claims
            none="Nothing changed much this week."
            items={[
              ...d.changes.newThemes.map((c) => ({
                label: `New: ${c.label}`,
                detail: plural(c.count, 'post'),
                posts: c.posts,
              })),
              ...d.changes.rising
                .filter((c) => !d.changes.newThemes.some((n) => n.label === c.label))
                .map((c) => ({
                  label: `Rising: ${c.label}`,
                  detail: `${c.count} against ${c.previous}`,
                  posts: c.posts,
                })),
              ...d.changes.falling.map((c) => ({
                label: `Falling: ${c.label}`,
                detail: `${c.count} against ${c.previous}`,
                posts: c.posts,
              })),
            ]}
          />
        </section>
      </div>
      <h3>Tone and their own words</h3>
      <ToneAndVoices d={d} />
    </>
  );
}

const formality = (f: number) => (f >= 0.6 ? 'formal' : f <= 0.4 ? 'casual' : 'neutral');
const mood = (s: number) => (s >= 0.2 ? 'positive' : s <= -0.2 ? 'negative' : 'even');

function ToneAndVoices({ d }: { d: Dossier }) {
  const row = (who: string, t: Dossier['tone']['brand'], terms: string[]) => (
    <tr>
      <th scope="row">{who}</th>
      <td>
        {t.posts
          ? `${formality(t.formality)} (${t.formality.toFixed(2)}), ${mood(t.sentiment)} (${t.sentiment.toFixed(2)})`
          : '–'}
      </td>
      <td>{terms.join(', ') || '–'}</td>
    </tr>
  );
  return (
    <Table
      label="Tone and words of the company and its people"
      columns={['Voice', 'Tone', 'Their own words']}
    >
      {row('Company', d.tone.brand, d.voices.brand)}
      {row('Its people', d.tone.employees, d.voices.employees)}
    </Table>
  );
}

function BriefCard({
  seekerId,
  companyId,
  company,
  auto,
}: {
  seekerId: string;
  companyId: string;
  company: string;
  auto: boolean;
}) {
  const [wanted, setWanted] = useState(auto);
  return (
    <Card title={`Interview brief: ${company}`}>
      {wanted ? (
        <BriefBody seekerId={seekerId} companyId={companyId} />
      ) : (
        <>
          <p className="muted">
            Talking points, people to know and posts to read before an interview at {company}.
          </p>
          <button type="button" className="btn btn-secondary" onClick={() => setWanted(true)}>
            Prepare the brief
          </button>
        </>
      )}
    </Card>
  );
}

function BriefBody({ seekerId, companyId }: { seekerId: string; companyId: string }) {
  const q = useQuery(() => gql(BriefDoc, { companyId, seekerId }), [companyId, seekerId]);
  return (
    <Async q={q} what="Preparing the brief">
      {({ interviewBrief: b }) => <Brief b={b} />}
    </Async>
  );
}

function Brief({ b }: { b: Brief }) {
  return (
    <>
      <p className="actions">
        <span className="muted">Prepared {whenTime(b.generatedAt)}.</span>
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => download(`interview-brief-${b.company}.md`, b.markdown, 'text/markdown')}
        >
          Download as Markdown
        </button>
      </p>
      <div className="grid">
        <section aria-label="Talking points">
          <h3>Talking points</h3>
          <Claims
            none="No talking points yet: the dossier has too few posts."
            items={b.talkingPoints.map((p) => ({
              label: p.point,
              detail: plural(p.posts.length, 'post'),
              posts: p.posts,
            }))}
          />
        </section>
        <section aria-label="People to know">
          <h3>People to know</h3>
          {b.people.length === 0 ? (
            <p className="muted">No people found yet.</p>
          ) : (
            <ul className="plain">
              {b.people.map((p) => (
                <li key={p.username}>
                  <a href={p.url} target="_blank" rel="noreferrer">
                    {p.name ?? p.username} (@{p.username})
                  </a>{' '}
                  <span className="muted">{plural(p.recentPosts, 'post')} in 14 days</span>
                  {p.bio && <div className="muted">{p.bio}</div>}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-label="Read first">
          <h3>Read first</h3>
          {b.readFirst.length === 0 ? (
            <p className="muted">Nothing to read yet.</p>
          ) : (
            <PostList posts={b.readFirst} />
          )}
        </section>
      </div>
    </>
  );
}
