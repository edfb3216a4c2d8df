import { Suspense, useEffect, useState, type ReactNode } from 'react';
import {
  acceptInvitation,
  ApiError,
  gql,
  onSessionChange,
  resume,
  signIn,
  signOut,
  switchTenant,
} from './api';
import { Dashboard } from './pages/Dashboard';
import { NotFound } from './shared/not-found';
import { ROUTES } from './routes';
import { href, useRoute } from './router';
import { ErrorBox, Loading } from './ui';
import { Input, useSubmit } from './ui/forms';
import { Notice } from './ui/notice';
import { isManager, isStaff, ViewerContext, ViewerDoc, type Viewer } from './viewer';

type State = { kind: 'loading' } | { kind: 'signed-out' } | { kind: 'in'; viewer: Viewer };

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    const load = async (signedIn: boolean) => {
      if (!signedIn) return setState({ kind: 'signed-out' });
      try {
        setState({ kind: 'in', viewer: await gql(ViewerDoc) });
      } catch {
        setState({ kind: 'signed-out' });
      }
    };
    const off = onSessionChange((s) => void load(s !== null));
    void resume().then((s) => {
      if (!s) setState({ kind: 'signed-out' });
    });
    return () => {
      off();
    };
  }, []);
  if (state.kind === 'loading') return <Loading what="Opening Perch" />;
  if (state.kind === 'signed-out') return <SignIn />;
  return (
    <ViewerContext.Provider value={state.viewer}>
      <Shell viewer={state.viewer} />
    </ViewerContext.Provider>
  );
}

/** Why the last SSO attempt failed: the server sends the browser to `#/signin?error=…`. */
function readSsoError(): ApiError | undefined {
  const m = /^#\/signin\?(.*)$/.exec(window.location.hash);
  if (!m) return undefined;
  const q = new URLSearchParams(m[1]);
  const message = q.get('error');
  // Leave the address clean, so a later sign-in lands on the caseload.
  window.history.replaceState(null, '', window.location.pathname);
  return message ? new ApiError(message, 'SSO_REFUSED') : undefined;
}

function SignIn() {
  const [ssoError] = useState(readSsoError);
  const [mode, setMode] = useState<'password' | 'invitation'>(() =>
    window.location.hash.startsWith('#/invitation') ? 'invitation' : 'password',
  );
  return (
    <main className="signin">
      <h1>{mode === 'password' ? 'Sign in to Perch' : 'Accept your invitation'}</h1>
      <p className="muted">
        {mode === 'password'
          ? 'Coaches: your caseload and what needs you today. Job seekers: your day, your drafts, your pipeline.'
          : 'Staff and job seekers join their organization here with the token they were sent.'}
      </p>
      {mode === 'password' ? (
        <>
          <PasswordSignIn />
          <SsoSignIn error={ssoError} />
          <Switch onClick={() => setMode('invitation')}>I have an invitation</Switch>
        </>
      ) : (
        <>
          <InvitationSignIn />
          <Switch onClick={() => setMode('password')}>I already have an account: sign in</Switch>
        </>
      )}
    </main>
  );
}

function Switch({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <p>
      <button type="button" className="linklike" onClick={onClick}>
        {children}
      </button>
    </p>
  );
}

function PasswordSignIn() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [tenantSlug, setTenantSlug] = useState('');
  // Someone in several organizations is told which ones by the API; they pick one here.
  const [choices, setChoices] = useState<string[]>([]);
  const { busy, error, onSubmit } = useSubmit(() =>
    signIn(email.trim(), password, tenantSlug.trim() || undefined).catch((err: unknown) => {
      if (err instanceof ApiError && err.code === 'TENANT_REQUIRED') {
        const slugs = (err.message.split(':').pop() ?? '')
          .split(',')
          .map((x) => x.trim().replace(/\.$/, ''))
          .filter(Boolean);
        setChoices(slugs);
        setTenantSlug(slugs[0] ?? '');
        throw new ApiError(
          'You belong to several organizations: pick one below and sign in again.',
          err.code,
        );
      }
      throw err instanceof ApiError && err.code === 'UNAUTHENTICATED'
        ? new ApiError('That email and password do not match.', err.code)
        : err instanceof ApiError
          ? err
          : new ApiError(String(err), 'ERROR');
    }),
  );
  return (
    <form onSubmit={onSubmit} className="card" aria-label="Sign in">
      <Input
        label="Email"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={setEmail}
      />
      <Input
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={setPassword}
      />
      {choices.length > 0 ? (
        <div className="field">
          <label htmlFor="tenant">Organization</label>
          <select id="tenant" value={tenantSlug} onChange={(e) => setTenantSlug(e.target.value)}>
            {choices.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <details className="field">
          <summary>In several organizations?</summary>
          <label htmlFor="tenant">Organization (short name)</label>
          <input id="tenant" value={tenantSlug} onChange={(e) => setTenantSlug(e.target.value)} />
        </details>
      )}
      <ErrorBox error={error} />
      <button className="btn btn-primary" type="submit" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}

/**
 * Staff invitations and a coach's "invite to sign in" give a one-time token: with it, a name and
 * a password the person joins and is signed in (someone who already has an account with Perch
 * gives their existing password).
 */
function InvitationSignIn() {
  const [token, setToken] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, onSubmit } = useSubmit(() =>
    acceptInvitation(token.trim(), name.trim(), password).catch((err: unknown) => {
      throw err instanceof ApiError ? err : new ApiError(String(err), 'ERROR');
    }),
  );
  return (
    <form onSubmit={onSubmit} className="card" aria-label="Accept an invitation">
      <Input
        label="Invitation token"
        hint="From the person who invited you; it starts with perch_inv_"
        required
        autoComplete="off"
        value={token}
        onChange={setToken}
      />
      <Input label="Your name" required autoComplete="name" value={name} onChange={setName} />
      <Input
        label="Choose a password"
        hint="12 to 128 characters; if you already use Perch elsewhere, your existing password"
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        maxLength={128}
        value={password}
        onChange={setPassword}
      />
      <ErrorBox error={error} />
      <button className="btn btn-primary" type="submit" disabled={busy}>
        {busy ? 'Joining…' : 'Join and sign in'}
      </button>
    </form>
  );
}

/**
 * Single sign-on through the organization's identity provider: a full-page redirect, since the
 * IdP's page cannot run inside the console. The server ends it with the console's session
 * cookie and sends the browser back to `/`, where `resume()` picks the session up; a refusal
 * comes back as `#/signin?error=…`, shown here.
 */
function SsoSignIn({ error }: { error: ApiError | undefined }) {
  const [slug, setSlug] = useState('');
  return (
    <form
      className="card"
      aria-labelledby="sso-heading"
      onSubmit={(e) => {
        e.preventDefault();
        const s = slug.trim().toLowerCase();
        if (s) window.location.assign(`/auth/sso/${encodeURIComponent(s)}/login`);
      }}
    >
      <h2 id="sso-heading">Sign in with SSO</h2>
      <Input
        label="Your organization’s short name"
        required
        value={slug}
        onChange={setSlug}
        autoComplete="organization"
      />
      <ErrorBox error={error} />
      <button className="btn" type="submit">
        Continue with SSO
      </button>
    </form>
  );
}

function Shell({ viewer }: { viewer: Viewer }) {
  const route = useRoute();
  const staff = isStaff(viewer);
  // A page the caller may not use is not in the menu, and its address is "not found".
  const allowed = ROUTES.filter(
    (r) =>
      (staff ? r.staff : r.seeker) &&
      (!r.managers || isManager(viewer)) &&
      (!r.roles || r.roles.includes(viewer.viewer.role ?? '')),
  );
  const nav = allowed.filter((r) => r.nav).map((r) => ({ path: r.path, label: r.nav! }));
  const found = allowed.find((r) => r.path === (route[0] ?? ''));
  const Page = route.length === 0 ? (staff ? Dashboard : found?.page) : found?.page;
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <a className="brand" href={href()}>
          Perch
        </a>
        <nav aria-label="Main">
          <ul>
            {nav.map((n) => (
              <li key={n.path}>
                <a
                  href={href(n.path)}
                  aria-current={(route[0] ?? '') === n.path ? 'page' : undefined}
                >
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span>
            {viewer.viewer.member?.name} · {viewer.tenant.name}
          </span>
          {viewer.viewer.organizations.length > 1 && (
            <>
              <label htmlFor="tenant-switch" className="skip">
                Organization
              </label>
              <select
                id="tenant-switch"
                aria-label="Switch organization"
                value={viewer.tenant.slug}
                onChange={(e) => void switchTenant(e.target.value)}
              >
                {viewer.viewer.organizations.map((o) => (
                  <option key={o.slug} value={o.slug}>
                    {o.name}
                  </option>
                ))}
              </select>
            </>
          )}
          <button type="button" className="btn btn-secondary" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Notice key={route.join('/')} />
        {Page ? (
          <Suspense fallback={<Loading what="Loading the page" />}>
            <Page params={route.slice(1)} />
          </Suspense>
        ) : (
          <NotFound />
        )}
      </main>
    </>
  );
}
