import { createEffect, createMemo, createResource, ErrorBoundary, For, lazy, on, onMount, Show, Suspense, type JSX } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { StorageNotice } from './components/StorageNotice';
import { UpdatePrompt } from './components/UpdatePrompt';
import { focusMainHeading } from './components/focus';
import { lang, LANGS, loadCatalogs, setLang, t, type Lang } from './i18n';
import { match, path } from './router';
import { routes } from './routes';
import { mode, permissions } from './session/mode';

// `needs`: with a server, the permission the signed-in person must hold for the entry to show
// (the server refuses the rest anyway); `serverOnly`: pages that exist with a server only.
const NAV: { href: string; key: string; needs?: string; serverOnly?: true }[] = [
  { href: '#/', key: 'nav.home' },
  { href: '#/assessments', key: 'nav.assessments', needs: 'assessment.read' },
  { href: '#/cases', key: 'nav.cases', needs: 'case.read' },
  { href: '#/deadlines', key: 'nav.deadlines', needs: 'case.read' },
  { href: '#/public', key: 'nav.public' },
  { href: '#/alerts', key: 'nav.alerts' },
  { href: '#/weekly', key: 'nav.weekly' },
  { href: '#/statistics', key: 'nav.statistics' },
  { href: '#/rules', key: 'nav.rules', needs: 'rule-set.read' },
  { href: '#/training', key: 'nav.training', needs: 'training-session.read' },
  { href: '#/people', key: 'nav.people', needs: 'people.read', serverOnly: true },
];

function offered(item: (typeof NAV)[number]): boolean {
  const p = permissions();
  if (!p) return !item.serverOnly;
  return !item.needs || p.has(item.needs);
}

const SignInPage = lazy(() => import('./session/SignInPage'));
// Only with a server, so not in the first screen's JavaScript.
const SessionBar = lazy(() => import('./session/SessionBar').then((m) => ({ default: m.SessionBar })));

function isCurrent(href: string): boolean {
  const p = path();
  const target = href.slice(1);
  return target === '/' ? p === '/' : p === target || p.startsWith(target + '/');
}

export function App(): JSX.Element {
  onMount(() => void import('./session/session-state').then((m) => m.bootSession()));
  // Pages show once it is known whether a server is there and someone is signed in to it.
  const ready = () => mode().kind === 'local' || mode().kind === 'signed-in';
  const matched = createMemo(() => match(routes, path()));
  // Pages wait for the area catalogs (loading since start); the overview needs only the shell's.
  const [page] = createResource(matched, async (m) => {
    if (!m) return null;
    const [mod] = await Promise.all([m.route.load(), m.route.path === '/' ? null : loadCatalogs()]);
    return mod.default;
  });

  createEffect(() => {
    document.title = t('app.pageTitle', { page: t(matched()?.route.title ?? 'common.notFound') });
  });

  // After a route change, move focus to the new page's main heading so keyboard and screen-reader
  // users land on the content they asked for (the first screen keeps the browser's default).
  let shownPath: string | null = null;
  createEffect(() => {
    const p = path();
    // page.state, not page(): reading a failed resource here would throw outside the ErrorBoundary.
    if (matched() && page.state !== 'ready' && page.state !== 'errored') return;
    if (shownPath === p) return;
    const first = shownPath === null;
    shownPath = p;
    if (!first) focusMainHeading();
  });

  return (
    <div class="app">
      <a class="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('skip.toContent')}
      </a>
      <header class="app-header">
        <div class="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span class="brand-name">{t('app.name')}</span>
          <span class="brand-tagline">{t('app.tagline')}</span>
        </div>
        <Show when={mode().kind === 'signed-in'}>
          <SessionBar />
        </Show>
        <label class="lang-switch">
          <span>{t('lang.label')}</span>
          <select value={lang()} onChange={(e) => setLang(e.currentTarget.value as Lang)}>
            <For each={LANGS}>{(l) => <option value={l.code} lang={l.code}>{l.name}</option>}</For>
          </select>
        </label>
      </header>
      <nav class="app-nav" aria-label={t('nav.main')} hidden={mode().kind === 'signed-out'}>
        <ul>
          <For each={NAV.filter(offered)}>
            {(item) => (
              <li>
                <a href={item.href} aria-current={isCurrent(item.href) ? 'page' : undefined}>
                  {t(item.key)}
                </a>
              </li>
            )}
          </For>
        </ul>
      </nav>
      <UpdatePrompt />
      <main id="main" tabindex="-1" class="app-main">
        {/* A page that fails to load or to render (a lost chunk, a bug) says so; the shell stays. */}
        <ErrorBoundary fallback={(err, reset) => <PageFailed error={err} reset={reset} />}>
          <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
            <Show when={mode().kind === 'signed-out'}>
              <SignInPage />
            </Show>
            <Show when={mode().kind === 'checking'}>
              <p role="status">{t('common.loading')}</p>
            </Show>
            <Show
              when={!ready() ? false : matched()}
              fallback={
                !ready() ? undefined : <section>
                  <h1>{t('common.notFound')}</h1>
                  <p><a href="#/">{t('common.backHome')}</a></p>
                </section>
              }
            >
              {(m) => (
                <Show when={page()}>
                  {(Comp) => <Dynamic component={Comp() as (p: { params: Record<string, string> }) => JSX.Element} params={m().params} />}
                </Show>
              )}
            </Show>
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer class="app-footer">
        <StorageNotice />
      </footer>
    </div>
  );
}

function PageFailed(props: { error: unknown; reset: () => void }): JSX.Element {
  // Moving to another page tries again.
  createEffect(on(path, () => props.reset(), { defer: true }));
  return (
    <section class="page" role="alert">
      <h1>{t('common.pageFailed')}</h1>
      <p>{t('common.pageFailedBody', { message: props.error instanceof Error ? props.error.message : String(props.error) })}</p>
      <p class="notice-actions">
        <button type="button" onClick={() => window.location.reload()}>{t('common.reload')}</button>
        <a href="#/">{t('common.backHome')}</a>
      </p>
    </section>
  );
}
