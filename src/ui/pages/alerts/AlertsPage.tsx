import { createEffect, createMemo, createResource, createSignal, For, onCleanup, Show, type JSX } from 'solid-js';
import { entryHref, type NotifiedEntry } from '../../../domain/alerts/notified';
import { searchProducts, type ProductIndex } from '../../../domain/alerts/product-index';
import { alertWeek } from '../../../domain/alerts/register';
import { problemText } from '../../../domain/alerts/types';
import { subscribeChanges } from '../../../store/broadcast';
import { t } from '../../i18n';
import { importFile, loadAlerts, loadImports, productIndex, type FileImport } from './alerts-data';
import { countryName } from './labels';
import './alerts.css';

/** Rows shown at once (a search over 50,000 alerts can find thousands; the count says how many). */
const SHOWN = 50;

function productText(e: Pick<NotifiedEntry, 'brand' | 'name' | 'model' | 'product'>): string {
  return [e.brand, e.name || e.product, e.model && `(${e.model})`].filter(Boolean).join(' ');
}

/** #/alerts — the reference register of Safety Gate alerts: import, search (with the cases), list. */
export default function AlertsPage(): JSX.Element {
  const [alerts, { refetch: refetchAlerts }] = createResource(loadAlerts);
  const [imports, { refetch: refetchImports }] = createResource(loadImports);
  // A signal, not a resource: the register is listed (and searchable by number) before the index is
  // built, instead of the page waiting for it in a loading state.
  const [index, setIndex] = createSignal<ProductIndex | null>(null);
  createEffect(() => {
    const list = alerts.latest;
    if (list) void productIndex(list).then(setIndex);
  });
  const [query, setQuery] = createSignal('');
  const [kind, setKind] = createSignal<'' | 'alert' | 'case'>('');
  const [outcome, setOutcome] = createSignal<FileImport | null>(null);
  const [busy, setBusy] = createSignal(false);
  // A new list of alerts also rebuilds the index (the effect above).
  const refresh = () => {
    void refetchAlerts();
    void refetchImports();
  };
  onCleanup(subscribeChanges(refresh, { store: 'alerts' }));

  const found = createMemo(() => {
    const q = query().trim();
    const idx = index();
    if (!q || !idx) return null;
    return searchProducts(idx, q, { kinds: kind() ? [kind() as 'alert' | 'case'] : [], limit: SHOWN });
  });
  const latest = createMemo(() => [...(alerts.latest ?? [])].sort((a, b) => b.alert.source.year * 100 + b.alert.source.week - (a.alert.source.year * 100 + a.alert.source.week) || a.id.localeCompare(b.id)).slice(0, SHOWN));

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await importFile(file));
      refresh();
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  return (
    <section class="page sg" aria-labelledby="alerts-title">
      <h1 id="alerts-title" tabindex="-1">{t('alerts.title')}</h1>
      <p class="lead">{t('alerts.intro')}</p>

      <section class="sg-panel" aria-labelledby="alerts-import">
        <h2 id="alerts-import">{t('alerts.import.title')}</h2>
        <div class="sg-field">
          <label for="alert-file">{t('alerts.import.file')}</label>
          <input id="alert-file" type="file" accept=".xml,.xlsx,application/xml,text/xml,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" disabled={busy()} onChange={(e) => void onFile(e.currentTarget)} aria-describedby="alert-file-hint" />
          <p id="alert-file-hint" class="sg-hint">{t('alerts.import.hint')}</p>
        </div>
        <Show when={busy()}>
          <p role="status">{t('alerts.import.reading')}</p>
        </Show>
        <Show when={outcome()}>{(o) => <ImportOutcome outcome={o()} />}</Show>
      </section>

      <section aria-labelledby="alerts-search-title">
        <h2 id="alerts-search-title">{t('alerts.search.title')}</h2>
        <div class="sg-row">
          <div class="sg-field sg-field-wide">
            <label for="alert-search">{t('alerts.search.label')}</label>
            <input id="alert-search" type="search" value={query()} onInput={(e) => setQuery(e.currentTarget.value)} aria-describedby="alert-search-hint" autocomplete="off" data-ready={index() ? 'true' : 'false'} />
            <p id="alert-search-hint" class="sg-hint">{t('alerts.search.hint')}</p>
          </div>
          <div class="sg-field">
            <label for="alert-kind">{t('alerts.search.kind')}</label>
            <select id="alert-kind" value={kind()} onChange={(e) => setKind(e.currentTarget.value as '' | 'alert' | 'case')}>
              <option value="">{t('alerts.search.kind.all')}</option>
              <option value="alert">{t('alerts.search.kind.alert')}</option>
              <option value="case">{t('alerts.search.kind.case')}</option>
            </select>
          </div>
        </div>
        <Show when={query().trim() !== '' && !index()}>
          <p role="status">{t('alerts.search.preparing')}</p>
        </Show>
        <Show
          when={found()}
          fallback={
            <Show when={alerts.latest} fallback={<p role="status">{t('common.loading')}</p>}>
              {(list) => (
                <>
                  <p class="result-count" role="status" data-testid="alert-count">
                    {t('alerts.register.count', { count: list().length })}
                  </p>
                  <Show when={list().length > 0}>
                    <AlertTable rows={latest().map((a) => ({ entry: { kind: 'alert' as const, id: a.id, number: a.id, name: a.alert.name, brand: a.alert.brand, model: a.alert.model, product: a.alert.product, notifyingCountry: a.alert.notifyingCountry }, week: alertWeek(a.alert) }))} caption={t('alerts.register.latest')} />
                  </Show>
                </>
              )}
            </Show>
          }
        >
          {(f) => (
            <>
              <p class="result-count" role="status" data-testid="alert-search-count">
                {t('alerts.search.count', { count: f().total })}
              </p>
              <Show when={f().hits.length > 0}>
                <AlertTable rows={f().hits.map((h) => ({ entry: h.entry, week: null }))} caption={t('alerts.search.results')} />
              </Show>
            </>
          )}
        </Show>
      </section>

      <Show when={(imports.latest ?? []).length > 0}>
        <section aria-labelledby="alerts-log">
          <h2 id="alerts-log">{t('alerts.log.title')}</h2>
          <table class="sg-table" data-testid="import-log">
            <thead>
              <tr>
                <th scope="col">{t('alerts.log.at')}</th>
                <th scope="col">{t('alerts.log.file')}</th>
                <th scope="col">{t('alerts.log.weeks')}</th>
                <th scope="col" class="num">{t('alerts.log.added')}</th>
                <th scope="col" class="num">{t('alerts.log.updated')}</th>
                <th scope="col" class="num">{t('alerts.log.unchanged')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={(imports.latest ?? []).slice(0, 10)}>
                {(i) => (
                  <tr>
                    <td class="mono">{i.at.slice(0, 16).replace('T', ' ')}</td>
                    <td>{i.file}</td>
                    <td>{i.weeks.join(', ')}</td>
                    <td class="num">{i.added}</td>
                    <td class="num">{i.updated}</td>
                    <td class="num">{i.unchanged}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </section>
      </Show>
    </section>
  );
}

type Row = { entry: Pick<NotifiedEntry, 'kind' | 'id' | 'number' | 'name' | 'brand' | 'model' | 'product' | 'notifyingCountry'>; week: string | null };

function AlertTable(p: { rows: Row[]; caption: string }): JSX.Element {
  return (
    <div class="table-scroll">
      <table class="sg-table" data-testid="alerts-table">
        <caption class="visually-hidden">{p.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('alerts.col.number')}</th>
            <th scope="col">{t('alerts.col.product')}</th>
            <th scope="col">{t('alerts.col.notifiedBy')}</th>
            <th scope="col">{t('alerts.col.source')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={p.rows}>
            {(r) => (
              <tr data-kind={r.entry.kind}>
                <td class="mono">
                  <a href={entryHref(r.entry)}>{r.entry.number ?? t('alerts.case.noNumber')}</a>
                </td>
                <td>{productText(r.entry) || '—'}</td>
                <td>{countryName(r.entry.notifyingCountry)}</td>
                <td>
                  <span class={`sg-badge sg-badge-${r.entry.kind}`}>{t(`alerts.kind.${r.entry.kind}`)}</span>
                  <Show when={r.week}>{(w) => <span class="sub">{w()}</span>}</Show>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}

function ImportOutcome(p: { outcome: FileImport }): JSX.Element {
  const o = p.outcome;
  if (o.kind === 'refused') {
    return (
      <div class="notice notice-error" role="alert" data-testid="import-refused">
        <p>{t('alerts.import.refused', { file: o.result.file })}</p>
        <ul class="sg-problems">
          <For each={o.result.problems}>{(x) => <li>{problemText(x)}</li>}</For>
        </ul>
      </div>
    );
  }
  const r = o.result;
  if (!r.ok) return <p class="notice notice-error" role="alert">{t('alerts.import.failed', { message: r.message })}</p>;
  return (
    <div class="notice" role="status" data-testid="import-done">
      <p>{t('alerts.import.done', { file: r.record.file, added: r.summary.added.length, updated: r.summary.updated.length, unchanged: r.summary.unchanged })}</p>
      <Show when={r.summary.older.length > 0}>
        <p>{t('alerts.import.older', { count: r.summary.older.length })}</p>
      </Show>
      <Show when={r.record.problems.length > 0}>
        <p>{t('alerts.import.problems')}</p>
        <ul class="sg-problems">
          <For each={r.record.problems}>{(x) => <li>{x}</li>}</For>
        </ul>
      </Show>
    </div>
  );
}
