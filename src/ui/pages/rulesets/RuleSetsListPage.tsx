// #/rulesets — every version of every regime: the built-in one (read-only) and the drafts and
// published versions stored in this browser; copy any of them to edit, export one, import a file.
import { createMemo, createResource, createSignal, For, onCleanup, Show, type JSX } from 'solid-js';
import { today } from '../../../domain/calendar-date';
import { versionInForce, type RuleSetDocument } from '../../../domain/rule-set-document';
import { copyToEdit } from '../../../store/rule-sets';
import { t } from '../../i18n';
import { ruleSetDocuments, useRegimes } from '../../regimes';
import { RegimePeriod } from '../../components/RegimePeriod';
import { navigate } from '../../router';
import { versionPath } from './routes';
import { announce, download, exportFileName, exportText, importText, onVersionsChanged, rulesetsDb } from './data';
import { VersionFacts } from './VersionFacts';
import './rulesets.css';

type Notice = { kind: 'ok' | 'error'; text: string; link?: string };

export default function RuleSetsListPage(): JSX.Element {
  const [docs, { refetch }] = createResource(() => rulesetsDb().then(() => ruleSetDocuments()));
  const [notice, setNotice] = createSignal<Notice | null>(null);
  const [busy, setBusy] = createSignal(false);
  // Another tab copied, imported or published a version: show it here too.
  onCleanup(onVersionsChanged(() => void refetch()));
  const regimes = createMemo(() => [...new Set((docs() ?? []).map((d) => d.regimeId))]);
  // The built-in regimes' periods, from their regime.rules (the same compiled sets as the overview).
  const builtins = useRegimes();
  const metaOf = (regime: string) => builtins()?.find((r) => r.id === regime)?.ruleSet?.meta;
  const inForce = createMemo(() => {
    const all = docs() ?? [];
    const now = today();
    return new Set(regimes().map((r) => versionInForce(all, r, now)?.id));
  });

  const copy = async (doc: RuleSetDocument) => {
    setBusy(true);
    const r = await copyToEdit(await rulesetsDb(), doc);
    setBusy(false);
    if (r.ok) {
      announce(r.record);
      navigate(versionPath(r.record.id));
    }
    else setNotice({ kind: 'error', text: t('rulesets.copyFailed', { error: r.reason === 'conflict' ? t('rulesets.copyConflict') : r.message }) });
  };

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    const r = await importText(await file.text());
    setBusy(false);
    input.value = '';
    if (r.ok) {
      setNotice({ kind: 'ok', text: t('rulesets.imported', { id: r.record.id, name: file.name }), link: r.record.id });
      void refetch();
    } else setNotice({ kind: 'error', text: t('rulesets.importFailed', { name: file.name, error: r.message }) });
  };

  return (
    <section class="page rulesets-page">
      <h1>{t('rulesets.title')}</h1>
      <p>{t('rulesets.intro')}</p>
      <div class="rulesets-import">
        <label for="ruleset-import">{t('rulesets.import')}</label>
        <input id="ruleset-import" type="file" accept=".json,application/json" disabled={busy()} onChange={(e) => void onImport(e.currentTarget)} />
      </div>
      <div aria-live="polite">
        <Show when={notice()}>
          {(n) => (
            <p class={n().kind === 'ok' ? 'notice rulesets-ok' : 'notice rulesets-error'} role={n().kind === 'error' ? 'alert' : 'status'}>
              {n().text}{' '}
              <Show when={n().link}>{(id) => <a href={`#${versionPath(id())}`}>{t('rulesets.open')}</a>}</Show>
            </p>
          )}
        </Show>
      </div>
      <Show when={docs()} fallback={<p role="status">{docs.error ? t('rulesets.loadFailed', { error: String(docs.error) }) : t('rulesets.loading')}</p>}>
        <For each={regimes()}>
          {(regime) => (
            <section class="rulesets-regime" data-regime={regime} aria-labelledby={`rulesets-${regime}`}>
              <h2 id={`rulesets-${regime}`}>{regime}</h2>
              <RegimePeriod meta={metaOf(regime)} />
              <table class="rulesets-table">
                <caption class="rulesets-caption">{t('rulesets.versionsOf', { regime })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('rulesets.col.version')}</th>
                    <th scope="col">{t('rulesets.col.status')}</th>
                    <th scope="col">{t('rulesets.col.effectiveFrom')}</th>
                    <th scope="col">{t('rulesets.col.basedOn')}</th>
                    <th scope="col">{t('rulesets.col.note')}</th>
                    <th scope="col">{t('rulesets.col.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={docs()!.filter((d) => d.regimeId === regime)}>
                    {(d) => (
                      <tr data-id={d.id} data-status={d.status}>
                        <VersionFacts doc={d} inForce={inForce().has(d.id)} />
                        <td class="rulesets-actions">
                          <a href={`#${versionPath(d.id)}`} aria-label={t(d.status === 'draft' ? 'rulesets.editVersion' : 'rulesets.viewVersion', { id: d.id })}>
                            {d.status === 'draft' ? t('rulesets.edit') : t('rulesets.view')}
                          </a>
                          <button type="button" class="secondary" disabled={busy()} onClick={() => void copy(d)} aria-label={t('rulesets.copyVersion', { id: d.id })}>
                            {t('rulesets.copy')}
                          </button>
                          <button type="button" class="secondary" onClick={() => void exportText(d).then((text) => download(exportFileName(d), text))} aria-label={t('rulesets.exportVersion', { id: d.id })}>
                            {t('rulesets.export')}
                          </button>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </section>
          )}
        </For>
      </Show>
    </section>
  );
}
