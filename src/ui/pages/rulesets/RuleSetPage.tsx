// #/rulesets/:id — one version of a regime. A draft opens in the editor (autosaved, with conflicts
// from another tab shown), with "Run examples" and "Publish…"; a published or built-in version
// opens read-only with "Copy to edit".
import { createResource, createSignal, Match, onCleanup, onMount, Show, Switch, type JSX } from 'solid-js';
import type { RuleSetDocument } from '../../../domain/rule-set-document';
import { copyToEdit, getRuleSet, saveDraftFiles, type StoredRuleSet } from '../../../store/rule-sets';
import { lang, t } from '../../i18n';
import { ruleSetDocument } from '../../regimes';
import { navigate } from '../../router';
import { versionPath } from './routes';
import { announce, download, exportFileName, exportText, onVersionsChanged, rulesetsDb } from './data';
import { createDraftAutosave } from './draft-autosave';
import { FilesWorkbench } from './FilesWorkbench';
import { PublishPanel } from './PublishPanel';
import { VersionSummary, versionLabel } from './VersionFacts';
import './rulesets.css';

export default function RuleSetPage(props: { params: Record<string, string> }): JSX.Element {
  const [doc, { mutate }] = createResource(
    () => props.params.id,
    async (id) => {
      await rulesetsDb();
      return (await ruleSetDocument(id)) ?? null;
    },
  );
  return (
    <section class="page rulesets-page">
      <p><a href="#/rulesets">{t('rulesets.back')}</a></p>
      <Show
        when={doc.state === 'ready' || doc.state === 'refreshing'}
        fallback={<><h1>{props.params.id}</h1><p role="status">{doc.error ? t('rulesets.loadFailed', { error: String(doc.error) }) : t('rulesets.loading')}</p></>}
      >
        <Show when={doc()} keyed fallback={<><h1>{props.params.id}</h1><p>{t('rulesets.notFound', { id: props.params.id })}</p></>}>
          {(d) => (d.status === 'draft' ? <DraftVersion doc={d as StoredRuleSet} onPublished={(p) => mutate(p)} /> : <ReadOnlyVersion doc={d} />)}
        </Show>
      </Show>
    </section>
  );
}

function Heading(props: { doc: RuleSetDocument }): JSX.Element {
  return (
    <>
      <h1>
        {props.doc.regimeId} · {versionLabel(props.doc)}
      </h1>
      <p class="regime-id"><code>{props.doc.id}</code></p>
      <VersionSummary doc={props.doc} />
    </>
  );
}

function CopyButton(props: { doc: RuleSetDocument; label?: string }): JSX.Element {
  const [error, setError] = createSignal('');
  const copy = async () => {
    const r = await copyToEdit(await rulesetsDb(), props.doc);
    if (r.ok) {
      announce(r.record);
      navigate(versionPath(r.record.id));
    }
    else setError(t('rulesets.copyFailed', { error: r.reason === 'conflict' ? t('rulesets.copyConflict') : r.message }));
  };
  return (
    <>
      <button type="button" onClick={() => void copy()}>{props.label ?? t('rulesets.copy')}</button>
      <Show when={error()}><p class="error-text" role="alert">{error()}</p></Show>
    </>
  );
}

function ExportButton(props: { doc: RuleSetDocument }): JSX.Element {
  return (
    <button type="button" class="secondary" onClick={() => void exportText(props.doc).then((text) => download(exportFileName(props.doc), text))}>
      {t('rulesets.export')}
    </button>
  );
}

function ReadOnlyVersion(props: { doc: RuleSetDocument }): JSX.Element {
  return (
    <>
      <Heading doc={props.doc} />
      <div class="notice">
        <p>{props.doc.status === 'builtin' ? t('rulesets.readOnly.builtin') : t('rulesets.readOnly.published')}</p>
        <div class="notice-actions">
          <CopyButton doc={props.doc} />
          <ExportButton doc={props.doc} />
        </div>
      </div>
      <FilesWorkbench files={props.doc.files} readOnly />
    </>
  );
}

function DraftVersion(props: { doc: StoredRuleSet; onPublished: (doc: StoredRuleSet) => void }): JSX.Element {
  const autosave = createDraftAutosave(props.doc, async (doc, files) => {
    const result = await saveDraftFiles(await rulesetsDb(), doc, files);
    if (result.ok) announce(result.record);
    return result;
  });
  // Another tab saved or published this draft.
  onCleanup(
    onVersionsChanged(async () => {
      const other = await getRuleSet(await rulesetsDb(), props.doc.id);
      if (!other) return;
      const unsaved = autosave.state() !== 'saved';
      if (other.status !== 'draft' && !unsaved) props.onPublished(other);
      else autosave.changedElsewhere(other);
    }, props.doc.id),
  );
  // Closing the tab with unsaved changes asks first (the browser shows its own question).
  const warn = (e: BeforeUnloadEvent) => {
    if (autosave.state() !== 'saved') e.preventDefault();
  };
  onMount(() => window.addEventListener('beforeunload', warn));
  onCleanup(() => window.removeEventListener('beforeunload', warn));
  return (
    <>
      <Heading doc={autosave.doc()} />
      <div class="notice draft-notice">
        <p>{t('rulesets.draft.intro')}</p>
        <p class="save-state" role="status" data-state={autosave.state()}>
          <Switch>
            <Match when={autosave.state() === 'saved'}>{t('rulesets.save.saved', { rev: autosave.doc().rev })}</Match>
            <Match when={autosave.state() === 'pending' || autosave.state() === 'saving'}>{t('rulesets.save.saving')}</Match>
            <Match when={autosave.state() === 'error'}>{t('rulesets.save.error', { error: autosave.message() })}</Match>
            <Match when={autosave.state() === 'refused'}>{t('rulesets.save.refused')}</Match>
            <Match when={autosave.state() === 'conflict'}>{t('rulesets.save.conflictShort')}</Match>
          </Switch>
        </p>
        <div class="notice-actions">
          <ExportButton doc={autosave.doc()} />
        </div>
      </div>
      <Show when={autosave.theirs()}>
        {(other) => (
          <div class="notice rulesets-error conflict-notice" role="alert">
            <h2>{t('rulesets.conflict.title')}</h2>
            <p>{t('rulesets.conflict.body', { rev: other().rev, at: savedAt(other().updatedAt), status: t(`rulesets.status.${other().status}`) })}</p>
            <p>{t('rulesets.conflict.files', { files: changedFiles(autosave.files(), other().files) || '—' })}</p>
            <div class="notice-actions">
              <Show when={other().status === 'draft'}>
                <button type="button" onClick={() => void autosave.keepMine()}>{t('rulesets.conflict.keepMine')}</button>
              </Show>
              <button type="button" class="secondary" onClick={() => autosave.takeTheirs()}>{t('rulesets.conflict.takeTheirs')}</button>
            </div>
          </div>
        )}
      </Show>
      <FilesWorkbench files={autosave.files()} readOnly={autosave.state() === 'refused'} onEdit={autosave.edit} />
      <PublishPanel
        doc={autosave.doc()}
        files={autosave.files()}
        flush={autosave.flush}
        onPublished={(p) => {
          announce(p);
          autosave.replace(p);
          props.onPublished(p);
        }}
      />
    </>
  );
}

/** When the other version was saved, in the page's language (the stored ISO time as it is if unreadable). */
function savedAt(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(lang(), { dateStyle: 'medium', timeStyle: 'medium' });
}

/** The names of the files whose text differs between two versions. */
function changedFiles(mine: readonly { file: string; text: string }[], theirs: readonly { file: string; text: string }[]): string {
  const other = new Map(theirs.map((f) => [f.file, f.text]));
  return mine
    .filter((f) => other.get(f.file) !== f.text)
    .map((f) => f.file.split('/').pop())
    .join(', ');
}
