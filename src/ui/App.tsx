import { createEffect, createMemo, createResource, ErrorBoundary, For, on, Show, Suspense, type JSX } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { StorageNotice } from './components/StorageNotice';
import { UpdatePrompt } from './components/UpdatePrompt';
import { focusMainHeading } from './components/focus';
import { lang, LANGS, loadCatalogs, setLang, t, type Lang } from './i18n';
import { match, path } from './router';
import { routes } from './routes';

const NAV: { href: string; key: string }[] = [
  { href: '#/', key: 'nav.home' },
  { href: '#/assessments', key: 'nav.assessments' },
  { href: '#/cases', key: 'nav.cases' },
  { href: '#/deadlines', key: 'nav.deadlines' },
  { href: '#/public', key: 'nav.public' },
  { href: '#/alerts', key: 'nav.alerts' },
  { href: '#/weekly', key: 'nav.weekly' },
  { href: '#/statistics', key: 'nav.statistics' },
  { href: '#/rules', key: 'nav.rules' },
  { href: '#/training', key: 'nav.training' },
];

function isCurrent(href: string): boolean {
  const p = path();
  const target = href.slice(1);
  return target === '/' ? p === '/' : p === target || p.startsWith(target + '/');
}

export function App(): JSX.Element {
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
        <label class="lang-switch">
          <span>{t('lang.label')}</span>
          <select value={lang()} onChange={(e) => setLang(e.currentTarget.value as Lang)}>
            <For each={LANGS}>{(l) => <option value={l.code} lang={l.code}>{l.name}</option>}</For>
          </select>
        </label>
      </header>
      <nav class="app-nav" aria-label={t('nav.main')}>
        <ul>
          <For each={NAV}>
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
            <Show
              when={matched()}
              fallback={
                <section>
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
