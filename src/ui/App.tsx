import { createMemo, createResource, For, Show, Suspense, type JSX } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { lang, LANGS, setLang, t, type Lang } from './i18n';
import { match, path } from './router';
import { routes } from './routes';

const NAV: { href: string; key: string }[] = [
  { href: '#/', key: 'nav.home' },
  { href: '#/assessments', key: 'nav.assessments' },
  { href: '#/cases', key: 'nav.cases' },
  { href: '#/deadlines', key: 'nav.deadlines' },
  { href: '#/public', key: 'nav.public' },
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
  const [page] = createResource(matched, async (m) => (m ? (await m.route.load()).default : null));
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
            <For each={LANGS}>{(l) => <option value={l.code}>{l.name}</option>}</For>
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
      <main id="main" tabindex="-1" class="app-main">
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
      </main>
    </div>
  );
}
