// Sign-in to the authority's server. Shown instead of the pages while a server is there and
// nobody is signed in; the demo's people are listed when the server runs with demo data.
import { createResource, createSignal, For, Show, type JSX } from 'solid-js';
import { t } from '../i18n';
import { mode } from './mode';
import { signIn } from './session-state';

const DEMO_ROLES = ['assessor', 'case-officer', 'contact-point', 'policy-officer', 'trainer', 'trainee', 'administrator'];

export default function SignInPage(): JSX.Element {
  const [email, setEmail] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [problem, setProblem] = createSignal<{ field?: string; status?: number; message: string } | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [health] = createResource(async () => (await fetch('api/health', { cache: 'no-store' })).json() as Promise<{ demo?: boolean }>);
  const initial = () => {
    const m = mode();
    return m.kind === 'signed-out' && m.message ? m.message : null;
  };
  const say = (message: string) => (message.startsWith('server.') ? t(message) : message);
  const sayProblem = (p: { status?: number; message: string }) => (p.status === 401 ? t('server.signIn.wrong') : p.status === 429 ? t('server.signIn.throttled', { message: p.message }) : say(p.message));
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    const p = await signIn(email().trim(), password());
    setBusy(false);
    if (p) setProblem(p);
  };
  return (
    <section class="page sign-in">
      <h1>{t('server.signIn.title')}</h1>
      <Show when={initial()}>{(m) => <p class="notice" role="status">{say(m())}</p>}</Show>
      <form class="server-form" onSubmit={submit} novalidate>
        <div class="field">
          <label for="sign-in-email">{t('server.signIn.email')}</label>
          <input id="sign-in-email" type="email" autocomplete="username" value={email()} onInput={(e) => setEmail(e.currentTarget.value)} aria-invalid={problem()?.field === 'email' ? 'true' : undefined} required />
        </div>
        <div class="field">
          <label for="sign-in-password">{t('server.signIn.password')}</label>
          <input id="sign-in-password" type="password" autocomplete="current-password" value={password()} onInput={(e) => setPassword(e.currentTarget.value)} aria-invalid={problem()?.field === 'password' ? 'true' : undefined} required />
        </div>
        <Show when={problem()}>{(p) => <p class="error" role="alert" data-testid="sign-in-error">{sayProblem(p())}</p>}</Show>
        <button type="submit" disabled={busy()}>{t('server.signIn.submit')}</button>
      </form>
      <Show when={health()?.demo}>
        <details class="demo-people">
          <summary>{t('server.signIn.demo')}</summary>
          <p>{t('server.signIn.demoPassword', { password: 'riskcase-demo-2026' })}</p>
          <ul>
            <For each={DEMO_ROLES}>{(r) => <li><code>{`${r}@no.riskcase.test`}</code></li>}</For>
            <li><code>case-officer@se.riskcase.test</code>, <code>contact-point@dk.riskcase.test</code>, <code>validator@ec.riskcase.test</code></li>
          </ul>
        </details>
      </Show>
    </section>
  );
}
