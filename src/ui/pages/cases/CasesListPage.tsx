import { createEffect, createMemo, createResource, createSignal, For, onCleanup, Show, type JSX } from 'solid-js';
import { caseTitle } from '../../../domain/deadline-dashboard';
import { caseFacets, matchesFacets, parseQuery, searchParts, type SearchHit, type Source } from '../../../domain/search';
import { NOTIFICATION_STATUSES } from '../../../domain/case/types';
import type { CompiledRuleSet } from '../../../rules/api';
import { subscribeChanges } from '../../../store/broadcast';
import { exportCase, importCase } from '../../../store/case-export';
import { deleteCase, mayDeleteCase, type StoredCase } from '../../../store/cases';
import { toCsv } from './csv';
import { fieldLabel } from './case/field-labels';
import { t } from '../../i18n';
import { navigate } from '../../router';
import { getRuleSet } from '../../regimes';
import { chunkedIndex, type ChunkedIndex } from './case-search-index';
import { casesDb, downloadFile, downloadText, startNewCase, loadCases, loadRecentCases, memberLabel } from './casework-data';
import './casework.css';

const PAGE = 100;
const SOURCES: Source[] = ['case', 'notification', 'reaction'];

function stateLabel(s: string): string {
  const key = `casework.state.${s}`;
  const text = t(key);
  return text === key ? s : text;
}

type Notice = { kind: 'ok' | 'error'; text: string; details?: string[]; retryCopy?: string } | null;

/** #/cases — every case: search, filters, new, import, export and delete. */
export default function CasesListPage(): JSX.Element {
  // First the most recent cases (a fast first screen), then all of them for search and filters.
  const [recent] = createResource(() => loadRecentCases(PAGE));
  const [cases, { refetch }] = createResource(() => recent.state === 'ready', () => loadCases());
  const [ruleSet] = createResource(() => getRuleSet().catch(() => null));
  const [text, setText] = createSignal('');
  const [state, setState] = createSignal('');
  const [risk, setRisk] = createSignal('');
  const [classification, setClassification] = createSignal('');
  const [source, setSource] = createSignal<'' | Source>('');
  const [limit, setLimit] = createSignal(PAGE);
  const [notice, setNotice] = createSignal<Notice>(null);
  const [confirming, setConfirming] = createSignal<string | null>(null);

  onCleanup(
    subscribeChanges(() => {
      void refetch();
      setNotice({ kind: 'ok', text: t('casework.changedElsewhere') });
    }, { store: 'cases' }),
  );

  // `.latest` and `.state` never hand the page to the app's Suspense fallback on a refetch (after
  // an import, a delete, a change in another tab), and the full list never hides the first screen.
  const view = createMemo(() => {
    const all = cases.state === 'ready' || cases.state === 'refreshing' ? cases.latest : undefined;
    if (all) return { list: all, total: all.length, complete: true };
    const r = recent.latest;
    return r ? { list: r.cases, total: r.total, complete: false } : null;
  });
  const byId = createMemo(() => new Map((view()?.list ?? []).map((c) => [c.id, c])));
  // The search index is built in chunks after the list is shown (10,000 cases open fast).
  let built: { list: StoredCase[]; index: ChunkedIndex } | null = null;
  const indexed = (list: StoredCase[]) => {
    if (built?.list !== list) {
      built?.index.cancel();
      built = { list, index: chunkedIndex(list.map((c) => c.file)) };
    }
    return built.index;
  };
  createEffect(() => {
    const v = view();
    if (v?.complete) queueMicrotask(() => indexed(v.list));
  });
  onCleanup(() => built?.index.cancel());

  const result = createMemo((): { hits: SearchHit[]; ms: number | null; waiting?: boolean } => {
    const v = view();
    const list = v?.list ?? [];
    const q = text().trim();
    const wanted = { state: state(), risk: risk(), classification: classification() };
    if (!q && !wanted.state && !wanted.risk && !wanted.classification && !source()) {
      return { hits: list.map((c) => ({ caseId: c.id, sources: [], fields: [], score: 0 })), ms: null };
    }
    // A search needs every case: until they are read, say so rather than show a partial answer.
    if (!v?.complete) return { hits: [], ms: null, waiting: true };
    const t0 = performance.now();
    const { parts, facets } = indexed(list).get();
    let hits = searchParts(parts, { ...parseQuery(q), sources: source() ? [source() as Source] : undefined });
    if (wanted.state || wanted.risk || wanted.classification) hits = hits.filter((h) => matchesFacets(facets.get(h.caseId)!, wanted));
    return { hits, ms: Math.max(1, Math.round(performance.now() - t0)) };
  });
  const shown = createMemo(() => result().hits.slice(0, limit()));
  // Rows are keyed by the stored case (stable between searches), so a new search reuses rows.
  const shownCases = createMemo(() => shown().map((h) => byId().get(h.caseId)).filter((c): c is StoredCase => c !== undefined));
  const hitById = createMemo(() => new Map(shown().map((h) => [h.caseId, h])));

  const resetPaging = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setLimit(PAGE);
  };

  // Nothing is stored yet: the case page creates the case on its first real input.
  const newCase = () => navigate(`/cases/${encodeURIComponent(startNewCase())}`);

  /** The cases as listed now (search and filters applied), as a spreadsheet. */
  function exportCsv() {
    const rs = ruleSet() ?? null;
    const rows = result()
      .hits.map((h) => byId().get(h.caseId))
      .filter((c): c is StoredCase => c !== undefined)
      .map((c) => {
        const f = c.file;
        const facets = caseFacets(f);
        return [caseTitle(f), f.product.brand, f.product.model, f.product.barcode, f.product.batch, f.product.category, f.country, memberLabel(rs, 'riskLevel', facets.risk), memberLabel(rs, 'notificationType', facets.classification), stateLabel(c.state), f.notification?.number ?? f.followUp?.number ?? '', c.updatedAt.slice(0, 10)];
      });
    const header = ['case', 'brand', 'model', 'barcode', 'batch', 'category', 'country', 'risk', 'classification', 'state', 'number', 'updated'].map((k) => t(`casework.csv.${k}`));
    downloadFile(`riskcase-cases-${new Date().toISOString().slice(0, 10)}.csv`, toCsv(header, rows), 'text/csv;charset=utf-8');
  }

  async function runImport(fileText: string, copy: boolean) {
    const r = await importCase(await casesDb(), fileText, { role: 'national-authority', onExisting: copy ? 'copy' : 'refuse' });
    if (r.ok) {
      await refetch();
      const c = byId().get(r.caseId);
      setNotice({ kind: 'ok', text: t('casework.import.done', { title: c ? caseTitle(c.file) : r.caseId }) });
      return;
    }
    const clash = !copy && r.errors.some((e) => e.message.includes('import it as a copy') || e.message.includes('import the case as a copy'));
    setNotice({ kind: 'error', text: t('casework.import.failed'), details: r.errors.slice(0, 30).map((e) => `${fieldLabel(e.path.replace(/^case\./, ''))}: ${e.message}`), retryCopy: clash ? fileText : undefined });
  }

  async function onFile(e: Event & { currentTarget: HTMLInputElement }) {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    await runImport(await file.text(), false);
  }

  async function exportOne(c: StoredCase) {
    const file = await exportCase(await casesDb(), c.id);
    if (file) downloadText(file.filename, file.text);
  }

  async function remove(c: StoredCase) {
    const title = caseTitle(c.file);
    const r = await deleteCase(await casesDb(), c.id, c.rev, { role: 'national-authority' });
    setConfirming(null);
    if (r.ok) setNotice({ kind: 'ok', text: t('casework.delete.done', { title }) });
    else setNotice({ kind: 'error', text: t(r.reason === 'submitted' ? 'casework.delete.submitted' : 'casework.delete.conflict', { title }) });
    await refetch();
  }

  return (
    <section class="page casework" aria-labelledby="cases-title">
      <h1 id="cases-title" tabindex="-1">{t('casework.list.title')}</h1>
      <p class="lead">{t('casework.list.intro')}</p>

      <div class="casework-toolbar">
        <button type="button" onClick={newCase}>{t('casework.new')}</button>
        <button type="button" class="secondary" data-testid="cases-csv" onClick={exportCsv} disabled={!view()?.complete}>{t('casework.csv.export')}</button>
        <label class="button secondary file-button">
          {t('casework.import')}
          <input type="file" accept=".json,application/json" class="visually-hidden" data-testid="case-import" onChange={(e) => void onFile(e)} />
        </label>
      </div>

      <Show when={notice()}>
        {(n) => (
          <div class={`status ${n().kind === 'ok' ? 'status-ok' : 'status-error'}`} role={n().kind === 'ok' ? 'status' : 'alert'} data-testid="casework-notice">
            <p>{n().text}</p>
            <Show when={n().details}>
              {(d) => (
                <ul class="field-errors">
                  <For each={d()}>{(line) => <li><code>{line}</code></li>}</For>
                </ul>
              )}
            </Show>
            <Show when={n().retryCopy}>
              {(fileText) => <button type="button" onClick={() => void runImport(fileText(), true)}>{t('casework.import.copy')}</button>}
            </Show>
          </div>
        )}
      </Show>

      <form class="casework-search" role="search" onSubmit={(e) => e.preventDefault()}>
        <div class="field field-wide">
          <label for="case-search">{t('casework.search.label')}</label>
          <input
            id="case-search"
            type="search"
            value={text()}
            placeholder={t('casework.search.placeholder')}
            aria-describedby="case-search-hint"
            onInput={(e) => resetPaging(setText)(e.currentTarget.value)}
          />
          <p id="case-search-hint" class="hint">{t('casework.search.hint')}</p>
        </div>
        <div class="field">
          <label for="case-filter-state">{t('casework.filter.state')}</label>
          <select id="case-filter-state" value={state()} onChange={(e) => resetPaging(setState)(e.currentTarget.value)}>
            <option value="">{t('casework.filter.any')}</option>
            <For each={NOTIFICATION_STATUSES}>{(s) => <option value={s}>{stateLabel(s)}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="case-filter-risk">{t('casework.filter.risk')}</label>
          <select id="case-filter-risk" value={risk()} onChange={(e) => resetPaging(setRisk)(e.currentTarget.value)}>
            <option value="">{t('casework.filter.any')}</option>
            <For each={ruleSet()?.enumeration('riskLevel')?.members ?? []}>{(m) => <option value={String(m.value)}>{memberLabel(ruleSet(), 'riskLevel', m.value)}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="case-filter-classification">{t('casework.filter.classification')}</label>
          <select id="case-filter-classification" value={classification()} onChange={(e) => resetPaging(setClassification)(e.currentTarget.value)}>
            <option value="">{t('casework.filter.any')}</option>
            <For each={ruleSet()?.enumeration('notificationType')?.members ?? []}>
              {(m) => <option value={String(m.value)}>{memberLabel(ruleSet(), 'notificationType', m.value)}</option>}
            </For>
          </select>
        </div>
        <div class="field">
          <label for="case-filter-source">{t('casework.filter.source')}</label>
          <select id="case-filter-source" value={source()} onChange={(e) => resetPaging(setSource)(e.currentTarget.value as '' | Source)}>
            <option value="">{t('casework.source.all')}</option>
            <For each={SOURCES}>{(s) => <option value={s}>{t(`casework.source.${s}`)}</option>}</For>
          </select>
        </div>
      </form>

      <Show when={!cases.error && !recent.error} fallback={<p class="status status-error" role="alert">{t('casework.loadError', { message: String(cases.error ?? recent.error) })}</p>}>
        <Show when={view()} fallback={<p role="status">{t('casework.loading')}</p>}>
          {(v) => (
            <>
              <p class="result-count" role="status" data-testid="case-count" data-complete={v().complete ? 'true' : 'false'}>
                <Show when={!result().waiting} fallback={t('casework.loading')}>
                  {t('casework.count', { shown: result().ms === null ? v().total : result().hits.length, total: v().total })}
                  <Show when={result().ms !== null}> · {t('casework.searchTime', { ms: result().ms ?? 0 })}</Show>
                </Show>
              </p>
              <Show
                when={result().hits.length > 0}
                fallback={<Show when={!result().waiting}><p>{v().total === 0 ? t('casework.empty') : t('casework.noMatch')}</p></Show>}
              >
                <div class="table-scroll">
                  <table class="data-table cases-table" data-testid="cases-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('casework.col.case')}</th>
                        <th scope="col">{t('casework.col.product')}</th>
                        <th scope="col">{t('casework.col.barcode')}</th>
                        <th scope="col">{t('casework.col.category')}</th>
                        <th scope="col">{t('casework.col.country')}</th>
                        <th scope="col">{t('casework.col.risk')}</th>
                        <th scope="col">{t('casework.col.classification')}</th>
                        <th scope="col">{t('casework.col.state')}</th>
                        <th scope="col">{t('casework.col.matched')}</th>
                        <th scope="col">{t('casework.col.actions')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={shownCases()}>
                        {(sc) => (
                          <CaseRow
                            stored={sc}
                            sources={hitById().get(sc.id)?.sources ?? []}
                            ruleSet={ruleSet() ?? null}
                            confirming={confirming() === sc.id}
                            onExport={() => void exportOne(sc)}
                            onAskDelete={() => setConfirming(sc.id)}
                            onCancelDelete={() => setConfirming(null)}
                            onDelete={() => void remove(sc)}
                          />
                        )}
                      </For>
                    </tbody>
                  </table>
                </div>
                <Show when={(result().ms === null ? v().total : result().hits.length) > limit()}>
                  <button type="button" class="secondary" onClick={() => setLimit(limit() + PAGE)}>
                    {t('casework.showMore', { count: Math.min(PAGE, (result().ms === null ? v().total : result().hits.length) - limit()) })}
                  </button>
                </Show>
              </Show>
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}

interface CaseRowProps {
  stored: StoredCase;
  sources: readonly Source[];
  ruleSet: CompiledRuleSet | null;
  confirming: boolean;
  onExport: () => void;
  onAskDelete: () => void;
  onCancelDelete: () => void;
  onDelete: () => void;
}

function CaseRow(props: CaseRowProps): JSX.Element {
  const f = () => props.stored.file;
  const title = () => caseTitle(f()) || t('casework.untitled');
  const facets = () => caseFacets(f());
  const productLine = () => [f().product.brand, f().product.model].filter((x) => x.trim()).join(' · ');
  return (
    <tr data-case-id={props.stored.id}>
      <th scope="row">
        <a href={`#/cases/${encodeURIComponent(props.stored.id)}`}>{title()}</a>
        <Show when={f().followUp}>{(fu) => <span class="sub">{t('casework.followUp', { number: fu().number })}</span>}</Show>
      </th>
      <td>{productLine()}</td>
      <td class="mono">{f().product.barcode}</td>
      <td>{f().product.category}</td>
      <td>{f().country}</td>
      <td>
        <Show when={facets().risk}>{(r) => <span class={`risk-badge risk-${r()}`}>{memberLabel(props.ruleSet, 'riskLevel', r())}</span>}</Show>
      </td>
      <td>{memberLabel(props.ruleSet, 'notificationType', facets().classification)}</td>
      <td>{stateLabel(props.stored.state)}</td>
      <td>
        <For each={props.sources}>{(s) => <span class="source-badge">{t(`casework.source.${s}`)}</span>}</For>
      </td>
      <td class="row-actions">
        <Show
          when={props.confirming}
          fallback={
            <>
              <button type="button" class="secondary" aria-label={t('casework.export.label', { title: title() })} onClick={() => props.onExport()}>{t('casework.export')}</button>
              {/* A submitted notification or reaction is on record: only drafts are deleted. */}
              <Show when={mayDeleteCase(f())}>
                <button type="button" class="danger" aria-label={t('casework.delete.label', { title: title() })} onClick={() => props.onAskDelete()}>{t('casework.delete')}</button>
              </Show>
            </>
          }
        >
          <div class="confirm" role="group" aria-label={t('casework.delete.label', { title: title() })}>
            <p>{t('casework.delete.question', { title: title() })}</p>
            <button type="button" class="danger" onClick={() => props.onDelete()}>{t('casework.delete.confirm')}</button>
            <button type="button" class="secondary" onClick={() => props.onCancelDelete()}>{t('casework.delete.cancel')}</button>
          </div>
        </Show>
      </td>
    </tr>
  );
}
