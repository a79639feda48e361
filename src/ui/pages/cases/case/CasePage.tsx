// #/cases/:id — the case file page: the case as forms, the notification builder, reactions,
// deadlines, the public view and the timeline. The acting role is chosen at the top; each role
// sees and may do only what roles.ts allows, and every lifecycle act goes through the machines
// (src/machines/case-acts.ts) and is saved at once through the casework store.
import { createMemo, createResource, createSignal, For, onCleanup, Show, type JSX } from 'solid-js';
import { today } from '../../../../domain/calendar-date';
import { maySee, mayEditCase } from '../../../../domain/case/roles';
import { ROLES, type CaseFile, type Role } from '../../../../domain/case/types';
import { notificationCompleteness } from '../../../../domain/case/notification-form';
import { contentOf, sameContent, withContent } from '../../../../domain/case/versions';
import { actOnNotification, actOnReaction, notificationActs } from '../../../../machines/case-acts';
import type { NotificationEvent } from '../../../../machines/notification';
import type { ReactionEvent } from '../../../../machines/reaction';
import type { CompiledRuleSet } from '../../../../rules/api';
import { subscribeChanges } from '../../../../store/broadcast';
import type { StoredCase } from '../../../../store/cases';
import type { HistoryEntry } from '../../../../store/db';
import { ConflictNotice } from '../../../components/ConflictNotice';
import { SaveProblemNotice } from '../../../components/SaveProblemNotice';
import { t } from '../../../i18n';
import { ConfidentialitySection, CriteriaSection, MeasuresSection, ProductSection, RegulationsSection, RiskSection, TestResultsSection, TraceabilitySection, type SectionProps } from './CaseSections';
import { DeadlinesPanel, EntriesSection, EventsSection, PublicPreview, Timeline } from './CaseSide';
import { NotificationPanel, problemText } from './NotificationPanel';
import { ReactionsPanel } from './ReactionsPanel';
import { VersionsSection } from './VersionsSection';
import { AccidentsSection, AttachmentsSection, PhotosSection } from './AnnexSections';
import { createPageBlobs } from './blob-keeper';
import { loadCaseBlobs, loadStoredCase, rulesForCase, saveCaseFile, type CaseRules } from './case-page-data';
import './case.css';

const ROLE_KEY = 'riskcase.caseRole';
/** Lifecycle states in which the owning authority edits the file directly (later, edits go with an act). */
const DRAFTING = new Set(['draft', 'contact-point-check']);
/** Acts that send edited sections after submission: the sections are editable while one is open. */
const SENDING_ACTS = new Set(['UPDATE', 'PROVIDE_INFORMATION', 'CONFIRM_MEASURES']);

function initialRole(): Role {
  try {
    const r = globalThis.sessionStorage?.getItem(ROLE_KEY);
    if (r && (ROLES as readonly string[]).includes(r)) return r as Role;
  } catch {
    // storage unavailable
  }
  return 'national-authority';
}

type Problem = { reason: 'conflict'; current: StoredCase; mine: CaseFile } | { reason: 'quota' } | { reason: 'error'; message: string } | { reason: 'refused' } | null;

export default function CasePage(props: { params: Record<string, string> }): JSX.Element {
  const [loaded] = createResource(() => props.params.id, loadStoredCase);
  // The rule set the case was decided under, or the one in force today while nothing is decided.
  const [rules] = createResource(loaded, (l) => (l ? rulesForCase(l.stored.file).catch(() => null) : null));
  return (
    <section class="page case-page">
      <Show when={!loaded.loading && !rules.loading} fallback={<p>{t('cases.loading')}</p>}>
        {/* Keyed: another case (a new :id) gets a fresh editor, never the previous one's working copy. */}
        <Show when={loaded()} keyed fallback={<h1>{t('cases.notFound')}</h1>}>
          {(l) => (
            <Show when={rules()} keyed fallback={<p class="field-error">{t('cases.noRules')}</p>}>
              {(r) => <CaseEditor stored={l.stored} history={l.history} rs={r.ruleSet} rules={r} />}
            </Show>
          )}
        </Show>
      </Show>
    </section>
  );
}

function CaseEditor(p: { stored: StoredCase; history: HistoryEntry[]; rs: CompiledRuleSet; rules: CaseRules }): JSX.Element {
  const [file, setFile] = createSignal<CaseFile>(p.stored.file);
  /** The file as last loaded or saved: after submission, its sections change only with an act. */
  const [savedFile, setSavedFile] = createSignal<CaseFile>(p.stored.file);
  const [rev, setRev] = createSignal(p.stored.rev);
  const [history, setHistory] = createSignal(p.history);
  const [dirty, setDirty] = createSignal(false);
  const [role, setRoleSignal] = createSignal<Role>(initialRole());
  const [actDate, setActDate] = createSignal(today().toString());
  const [problem, setProblem] = createSignal<Problem>(null);
  const [saved, setSaved] = createSignal(false);
  const blobs = createPageBlobs();
  void loadCaseBlobs(p.stored.file.id).then(blobs.setStored, () => undefined);

  const setRole = (r: Role) => {
    setRoleSignal(r);
    try {
      globalThis.sessionStorage?.setItem(ROLE_KEY, r);
    } catch {
      // ignore
    }
  };

  onCleanup(
    subscribeChanges(
      async (change) => {
        if (change.id !== file().id || change.rev === rev()) return;
        // Another tab saved: take it when nothing is being edited here; otherwise the next save shows the conflict.
        if (!dirty()) {
          const l = await loadStoredCase(file().id);
          if (l) {
            setFile(l.stored.file);
            setSavedFile(l.stored.file);
            setRev(l.stored.rev);
            void loadCaseBlobs(l.stored.file.id).then(blobs.setStored, () => undefined);
            setHistory(l.history);
          }
        }
      },
      { store: 'cases' },
    ),
  );

  const update = (fn: (c: CaseFile) => CaseFile) => {
    setFile(fn(file()));
    setDirty(true);
    setSaved(false);
  };

  const save = async (next: CaseFile, summary?: string): Promise<boolean> => {
    const r = await saveCaseFile(next, rev(), role(), summary, blobs.changes(next));
    if (r.ok) {
      blobs.saved(r.record.file);
      setFile(r.record.file);
      setSavedFile(r.record.file);
      setRev(r.record.rev);
      setDirty(false);
      setProblem(null);
      setSaved(true);
      const l = await loadStoredCase(next.id);
      if (l) setHistory(l.history);
      return true;
    }
    if (r.reason === 'conflict') setProblem({ reason: 'conflict', current: r.current, mine: next });
    else setProblem(r.reason === 'quota' ? { reason: 'quota' } : { reason: 'error', message: r.message });
    return false;
  };

  /**
   * After submission, section edits travel only with an act that sends them (a new version). Any
   * other save or act stores the sections as last saved, and the unsent edits stay in the working
   * copy afterwards: nothing typed is lost, nothing bypasses the version history.
   */
  const withoutUnsent = (c: CaseFile): { base: CaseFile; unsent: ReturnType<typeof contentOf> | null } =>
    contentPending() ? { base: withContent(c, contentOf(savedFile())), unsent: contentOf(c) } : { base: c, unsent: null };
  const saveKeepingUnsent = async (unsent: ReturnType<typeof contentOf> | null, next: CaseFile, summary?: string) => {
    const ok = await save(next, summary);
    if (ok && unsent) update((c) => withContent(c, unsent));
  };

  /** An act decides under the page's rule set (its deadlines run from it): the case records that version. */
  const decided = (c: CaseFile): CaseFile => (c.ruleSetVersion === p.rules.version ? c : { ...c, ruleSetVersion: p.rules.version });
  const actNotification = (e: NotificationEvent, after?: (c: CaseFile) => CaseFile) => {
    const { base, unsent } = SENDING_ACTS.has(e.type) ? { base: file(), unsent: null } : withoutUnsent(file());
    const r = actOnNotification(p.rs, base, e);
    if (!r.ok) return setProblem({ reason: 'refused' });
    void saveKeepingUnsent(unsent, decided(after ? after(r.value) : r.value), t('cases.saved.act', { act: t(`cases.act.${e.type}`) }));
  };
  const actReaction = (id: string, e: ReactionEvent) => {
    const { base, unsent } = withoutUnsent(file());
    const r = actOnReaction(p.rs, base, id, e);
    if (!r.ok) return setProblem({ reason: 'refused' });
    void saveKeepingUnsent(unsent, decided(r.value), t('cases.saved.act', { act: t(`cases.reactionAct.${e.type}`) }));
  };

  const status = () => file().notification?.status ?? 'draft';
  const sendingActs = createMemo(() => notificationActs(p.rs, file(), role()).filter((a) => SENDING_ACTS.has(a)));
  const editable = () => mayEditCase(role()) && (DRAFTING.has(status()) || sendingActs().length > 0);
  /** Sections edited after submission: they are saved only by sending them (update, information, measures). */
  const contentPending = createMemo(() => mayEditCase(role()) && !DRAFTING.has(status()) && !sameContent(contentOf(file()), contentOf(savedFile())));
  const gaps = createMemo(() => notificationCompleteness(file()));
  const problemOf = (path: string) => {
    const g = gaps().unexplained.find((x) => x.field === path);
    return g ? problemText(g.fieldKey, g.message, g.field) : null;
  };
  const sectionProps: SectionProps = { file, update, editable, rs: p.rs, problem: problemOf, today: () => actDate(), role, ruleSetVersion: () => p.rules.version };

  return (
    <>
      <h1 tabindex="-1">{file().title || file().product.name || t('cases.untitled')}</h1>
      <RuleSetLine file={file} rules={p.rules} />
      <div class="case-toolbar">
        <div class="field">
          <label for="case-role">{t('cases.role.label')}</label>
          <select id="case-role" data-testid="role" onChange={(e) => setRole(e.currentTarget.value as Role)}>
            <For each={ROLES}>
              {(r) => (
                <option value={r} selected={r === role()}>
                  {t(`cases.role.${r}`)}
                </option>
              )}
            </For>
          </select>
        </div>
        <div class="field">
          <label for="case-act-date">{t('cases.actDate')}</label>
          <input id="case-act-date" type="date" value={actDate()} onChange={(e) => setActDate(e.currentTarget.value || today().toString())} />
        </div>
        <Show when={maySee(role(), 'case-file')}>
          <button type="button" data-testid="save-case" disabled={!dirty()} onClick={() => {
              const { base, unsent } = withoutUnsent(file());
              void saveKeepingUnsent(unsent, base);
            }}>
            {t('cases.save')}
          </button>
        </Show>
        <p class="save-state" role="status">
          {dirty() ? t('cases.unsaved') : saved() ? t('cases.savedNow') : ''}
        </p>
      </div>

      <Show when={problem()} keyed>
        {(pr) =>
          pr.reason === 'conflict' ? (
            <ConflictNotice
              mine={pr.mine}
              theirs={pr.current as unknown as { rev: number } & Record<string, unknown>}
              onUseTheirs={() => {
                setFile(pr.current.file);
                setSavedFile(pr.current.file);
                setRev(pr.current.rev);
                setDirty(false);
                setProblem(null);
              }}
            />
          ) : pr.reason === 'refused' ? (
            <p class="notice notice-error" role="alert">
              {t('cases.refused')}
            </p>
          ) : (
            <SaveProblemNotice problem={pr} />
          )
        }
      </Show>

      <Show when={maySee(role(), 'case-file')} fallback={<PublicPreview file={file} rs={p.rs} />}>
        <Show when={!DRAFTING.has(status()) && mayEditCase(role())}>
          <p class="hint">{sendingActs().length > 0 ? t('cases.update.editable', { acts: sendingActs().map((a) => t(`cases.act.${a}`)).join(', ') }) : t('cases.editWithAct')}</p>
        </Show>
        <Show when={contentPending()}>
          <div class="notice" role="status" data-testid="update-pending">
            <p>{t('cases.update.pending')}</p>
            <button type="button" class="secondary" onClick={() => setFile(withContent(file(), contentOf(savedFile())))}>
              {t('cases.update.discard')}
            </button>
          </div>
        </Show>
        <div class="case-layout">
          <div class="case-main">
            <ProductSection {...sectionProps} />
            <PhotosSection {...sectionProps} blobs={blobs} />
            <RegulationsSection {...sectionProps} />
            <RiskSection {...sectionProps} />
            <TestResultsSection {...sectionProps} />
            <AccidentsSection {...sectionProps} />
            <CriteriaSection {...sectionProps} />
            <MeasuresSection {...sectionProps} />
            <TraceabilitySection {...sectionProps} />
            <AttachmentsSection {...sectionProps} blobs={blobs} />
            <Show when={maySee(role(), 'confidential-parts')}>
              <ConfidentialitySection {...sectionProps} />
            </Show>
            <EventsSection file={file} update={update} editable={() => mayEditCase(role())} rs={p.rs} today={actDate} />
            <EntriesSection file={file} update={update} role={role} today={actDate} />
            <Show when={maySee(role(), 'notification')}>
              <NotificationPanel file={file} update={update} rs={p.rs} ruleSetVersion={p.rules.version} role={role} actDate={actDate} act={actNotification} />
              <VersionsSection file={file} rs={p.rs} />
            </Show>
            <Show when={maySee(role(), 'reactions')}>
              <ReactionsPanel file={file} update={update} rs={p.rs} role={role} actDate={actDate} act={actReaction} />
            </Show>
          </div>
          <aside class="case-side">
            <DeadlinesPanel file={file} rs={p.rs} />
            <PublicPreview file={file} rs={p.rs} />
            <Show when={maySee(role(), 'history')}>
              <Timeline file={file} history={history} />
            </Show>
          </aside>
        </div>
      </Show>
    </>
  );
}

/** Which rule set decided the case ("decided under rapex-2010@builtin"), or decides it next. */
function RuleSetLine(p: { file: () => CaseFile; rules: CaseRules }): JSX.Element {
  const recorded = () => p.file().ruleSetVersion;
  return (
    <p class="hint rule-set-line" data-testid="rule-set-version" data-version={recorded()}>
      <Show
        when={p.rules.missing}
        fallback={recorded() === p.rules.version ? t('cases.ruleSet.decided', { version: recorded() }) : t('cases.ruleSet.inForce', { version: p.rules.version })}
      >
        {(missing) => t('cases.ruleSet.missing', { version: missing(), inForce: p.rules.version })}
      </Show>
    </p>
  );
}
