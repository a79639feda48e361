// #/cases/:id — the case page a contact point lives in. The case is split into its natural parts
// (product, risk, measures, traceability, evidence and annexes, notification, reactions,
// history), reached by a list of tabs that stays on screen with each part's completeness; the
// state, the next duty with its deadline, the rules deciding the case and Save stay visible while
// scrolling. Drafts save themselves after a pause; leaving with unsaved changes asks first. Each
// role sees and may do only what roles.ts allows, every lifecycle act goes through the machines
// (src/machines/case-acts.ts) and is saved at once; the public role sees the public summary only.
import { createMemo, createResource, createSignal, For, onCleanup, onMount, Show, type JSX } from 'solid-js';
import { today } from '../../../../domain/calendar-date';
import { futureAdoptions } from '../../../../domain/case/dates';
import { emptyCase } from '../../../../domain/case/empty';
import { lengthProblems } from '../../../../domain/case/field-limits';
import { notificationCompleteness, type NotificationSection } from '../../../../domain/case/notification-form';
import { productTitle } from '../../../../domain/case/product-name';
import { publicSummary } from '../../../../domain/case/public-summary';
import { reactionCompleteness } from '../../../../domain/case/reaction-form';
import { mayEditCase, maySee } from '../../../../domain/case/roles';
import { moveRuleSet } from '../../../../domain/case/rule-set-move';
import { ROLES, type CaseFile, type Role } from '../../../../domain/case/types';
import { caseRolesOf } from '../../../../domain/access/case-roles';
import { signedInSession } from '../../../session/mode';
import { contentOf, sameContent, withContent } from '../../../../domain/case/versions';
import { actOnNotification, actOnReaction, notificationActs } from '../../../../machines/case-acts';
import type { NotificationEvent } from '../../../../machines/notification';
import type { ReactionEvent } from '../../../../machines/reaction';
import type { CompiledRuleSet } from '../../../../rules/api';
import { subscribeChanges } from '../../../../store/broadcast';
import { mayDeleteCase, type StoredCase } from '../../../../store/cases';
import type { HistoryEntry } from '../../../../store/db';
import { ConflictNotice } from '../../../components/ConflictNotice';
import { SaveProblemNotice } from '../../../components/SaveProblemNotice';
import { t, tn } from '../../../i18n';
import { DEFAULT_REGIME, regimeOn } from '../../../regimes';
import { withDecidingRegime } from '../../../../domain/case/deciding-regime';
import { chooseRegime, type ChoiceProblem } from '../../../../domain/case/regime-choice';
import { RegimeLine } from './RegimeLine';
import { isPendingNewCase } from '../casework-data';
import { AttachmentsSection, PhotosSection } from './AnnexSections';
import { createPageBlobs } from './blob-keeper';
import { deleteDraft, loadCaseBlobs, loadStoredCase, rulesForCase, saveCaseFile, type CaseRules } from './case-page-data';
import {
  AccidentsSection,
  ConfidentialitySection,
  CriteriaSection,
  GapList,
  KeyIdentification,
  MeasuresSection,
  ProductSection,
  RegulationsSection,
  RiskSection,
  TestResultsSection,
  TraceabilitySection,
  type SectionProps,
} from './CaseSections';
import { actionLabel, daysLeftText, DeadlinesPanel, EntriesSection, EventsSection, PublicPreview, shownDuties, Timeline } from './CaseSide';
import { FormIssuesContext, TextInput, tooLongText } from './fields';
import { gapText } from './gap-text';
import { guardLeaving } from './leave-guard';
import { NotificationPanel, type NotificationEventBody } from './NotificationPanel';
import { ReactionsPanel } from './ReactionsPanel';
import { VersionsSection } from './VersionsSection';
import { keepRole, storedRole } from './acting-role';
import './case.css';

const PERSON_KEY = 'riskcase.person';
/** Lifecycle states in which the owning authority edits the file directly (later, edits go with an act). */
const DRAFTING = new Set(['draft', 'contact-point-check']);
/** Acts that send edited sections after submission: the sections are editable while one is open. */
const SENDING_ACTS = new Set(['UPDATE', 'PROVIDE_INFORMATION', 'CONFIRM_MEASURES']);
/** A draft saves itself this long after the last change. */
const AUTOSAVE_MS = 1200;

export const PARTS = ['product', 'risk', 'measures', 'traceability', 'evidence', 'notification', 'reactions', 'history'] as const;
export type Part = (typeof PARTS)[number];

/** Which part of the page shows each section of the notification form (Appendix 1). */
const PART_OF: Record<NotificationSection, Part> = {
  general: 'notification',
  product: 'product',
  regulations: 'product',
  traceability: 'traceability',
  risk: 'risk',
  measures: 'measures',
  confidentiality: 'notification',
  additional: 'notification',
  annexes: 'evidence',
};

/** The person acting, remembered on this device (the server will know who is signed in). */
function storedPerson(): string {
  try {
    return globalThis.localStorage?.getItem(PERSON_KEY) ?? '';
  } catch {
    return '';
  }
}

type Problem = { reason: 'conflict'; current: StoredCase; mine: CaseFile } | { reason: 'quota' } | { reason: 'error'; message: string } | { reason: 'refused' } | null;

/** A case this browser has not stored yet: "New case" opens it, its first real input creates it. */
async function unsavedNewCase(id: string): Promise<{ stored: StoredCase; history: HistoryEntry[] }> {
  // Opened today: decided under the regime in force today until a measure's date says otherwise.
  const file = emptyCase({ id, created: today().toString(), regimeId: (await regimeOn(today())) ?? DEFAULT_REGIME });
  return { stored: { id, rev: 0, updatedAt: '', state: 'draft', barcode: '', file }, history: [] };
}

/** The part last open on each case in this tab. */
const openParts = new Map<string, Part>();

export default function CasePage(props: { params: Record<string, string> }): JSX.Element {
  const [loaded, { refetch }] = createResource(
    () => props.params.id,
    async (id) => (await loadStoredCase(id)) ?? (isPendingNewCase(id) ? unsavedNewCase(id) : null),
  );
  // The rule set the case was decided under, or the one in force today while nothing is decided.
  const [rules] = createResource(loaded, (l) => (l ? rulesForCase(l.stored.file).catch(() => null) : null));
  return (
    <section class="page case-page">
      <Show when={!loaded.loading && !rules.loading} fallback={<p>{t('cases.loading')}</p>}>
        {/* Keyed: another case (a new :id) gets a fresh editor, never the previous one's working copy. */}
        <Show when={loaded()} keyed fallback={<h1>{t('cases.notFound')}</h1>}>
          {(l) => (
            <Show when={rules()} keyed fallback={<p class="field-error">{t('cases.noRules')}</p>}>
              {(r) => <CaseEditor stored={l.stored} history={l.history} rs={r.ruleSet} rules={r} reload={() => void refetch()} />}
            </Show>
          )}
        </Show>
      </Show>
    </section>
  );
}

function CaseEditor(p: { stored: StoredCase; history: HistoryEntry[]; rs: CompiledRuleSet; rules: CaseRules; reload: () => void }): JSX.Element {
  const [file, setFile] = createSignal<CaseFile>(p.stored.file);
  /** The file as last loaded or saved: after submission, its sections change only with an act. */
  const [savedFile, setSavedFile] = createSignal<CaseFile>(p.stored.file);
  const [rev, setRev] = createSignal(p.stored.rev);
  const [history, setHistory] = createSignal(p.history);
  const [dirty, setDirty] = createSignal(false);
  // With a server, the signed-in person's roles decide the parts of the procedure offered and
  // their name signs the history; alone (or in training), the role switcher simulates the parties.
  const session = signedInSession();
  const allowedRoles = session ? caseRolesOf(session.person.roles, session.person.authorityKind) : ROLES;
  const [role, setRoleSignal] = createSignal<Role>(allowedRoles.includes(storedRole()) ? storedRole() : allowedRoles[0]);
  const [person, setPersonSignal] = createSignal(session ? session.person.name : storedPerson());
  const deviceToday = () => today().toString();
  const [actDate, setActDate] = createSignal(deviceToday());
  const [problem, setProblem] = createSignal<Problem>(null);
  const [saved, setSaved] = createSignal(false);
  const [saving, setSaving] = createSignal(false);
  // The open part outlives a reload of the page's data (a move to another rule-set version).
  const [part, setPartSignal] = createSignal<Part>(openParts.get(p.stored.file.id) ?? 'product');
  const setPart = (x: Part) => {
    openParts.set(p.stored.file.id, x);
    setPartSignal(x);
  };
  const [dateIssues, setDateIssues] = createSignal<ReadonlyMap<string, string>>(new Map());
  const blobs = createPageBlobs();
  if (p.stored.rev > 0) void loadCaseBlobs(p.stored.file.id).then(blobs.setStored, () => undefined);

  const setRole = (r: Role) => {
    setRoleSignal(r);
    keepRole(r);
  };
  const setPerson = (v: string) => {
    setPersonSignal(v);
    try {
      globalThis.localStorage?.setItem(PERSON_KEY, v);
    } catch {
      // storage unavailable: the name holds for this page only
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

  const status = () => file().notification?.status ?? 'draft';
  const sendingActs = createMemo(() => notificationActs(p.rs, file(), role()).filter((a) => SENDING_ACTS.has(a)));
  const drafting = () => DRAFTING.has(status());
  const editable = () => mayEditCase(role()) && (drafting() || sendingActs().length > 0);
  /** Sections edited after submission: they are saved only by sending them (update, information, measures). */
  const contentPending = createMemo(() => mayEditCase(role()) && !drafting() && !sameContent(contentOf(file()), contentOf(savedFile())));
  const tooLong = createMemo(() => lengthProblems(file()));
  /** Why the case cannot be saved or acted on now: dates that are not dates, texts over their limit. */
  const held = createMemo((): string | null => {
    const list = [...dateIssues().values(), ...tooLong().map((x) => tooLongText(x.field, x.length, x.limit))];
    return list.length ? list.join(' ') : null;
  });

  const issues = {
    report: (path: string, message: string | null) => {
      const next = new Map(dateIssues());
      if (message) next.set(path, message);
      else next.delete(path);
      if (next.size !== dateIssues().size || (message && dateIssues().get(path) !== message)) setDateIssues(next);
    },
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  /** Drafts save themselves after a pause: the first real input of a new case creates it. */
  const scheduleAutosave = () => {
    clearTimeout(timer);
    if (!drafting() || !mayEditCase(role())) return;
    timer = setTimeout(() => {
      if (saving()) return scheduleAutosave();
      if (dirty() && !held() && problem()?.reason !== 'conflict') void save(file());
    }, AUTOSAVE_MS);
  };

  const update = (fn: (c: CaseFile) => CaseFile) => {
    setFile(fn(file()));
    setDirty(true);
    setSaved(false);
    scheduleAutosave();
  };

  // One save at a time, each on the revision the previous one produced: an act right after typing
  // waits for the draft's own save instead of racing it into a conflict.
  let chain: Promise<unknown> = Promise.resolve();
  const save = (next: CaseFile, act?: { type: string; summary: string; at: string }): Promise<boolean> => {
    // The page's copy when the save was asked for: if it is still the same afterwards, nothing was typed meanwhile.
    const asked = file();
    const run = chain.then(() => saveNow(next, asked, act));
    chain = run.catch(() => undefined);
    return run;
  };
  const saveNow = async (next0: CaseFile, asked: CaseFile, act?: { type: string; summary: string; at: string }): Promise<boolean> => {
    // What is stored (and exported) names the regime that decides the case by its dates now.
    const next = withDecidingRegime(next0, p.rules.periods, DEFAULT_REGIME);
    setSaving(true);
    const r = await saveCaseFile(next, rev(), { role: role(), person: person().trim(), ...(act ? { act } : {}) }, blobs.changes(next)).finally(() => setSaving(false));
    if (r.ok) {
      blobs.saved(r.record.file);
      // Typing may have gone on while the save ran: keep what is on the page.
      const typedSince = file() !== asked;
      if (!typedSince) setFile(r.record.file);
      setSavedFile(r.record.file);
      setRev(r.record.rev);
      setDirty(typedSince);
      setProblem(null);
      setSaved(true);
      const l = await loadStoredCase(next.id);
      if (l) setHistory(l.history);
      // A measure's date moved the case to another regime: the page takes that regime's rules.
      if (r.record.file.regimeId !== p.rules.regime.regimeId && !typedSince) p.reload();
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
  const saveKeepingUnsent = async (unsent: ReturnType<typeof contentOf> | null, next: CaseFile, act?: { type: string; summary: string; at: string }) => {
    const ok = await save(next, act);
    if (ok && unsent) update((c) => withContent(c, unsent));
  };

  /** An act decides under the page's rule set: a case that recorded none records it now, and keeps it. */
  const decided = (c: CaseFile): CaseFile => (c.ruleSetVersion ? c : { ...c, ruleSetVersion: p.rules.version, regimeId: p.rules.regime.regimeId });
  const acting = () => ({ role: role(), date: actDate(), at: new Date().toISOString(), ...(person().trim() ? { actor: person().trim() } : {}) });
  const actNotification = (body: NotificationEventBody, after?: (c: CaseFile) => CaseFile) => {
    if (held()) return setProblem({ reason: 'refused' });
    clearTimeout(timer);
    const e = { ...body, ...acting() } as unknown as NotificationEvent;
    const { base, unsent } = SENDING_ACTS.has(e.type) ? { base: file(), unsent: null } : withoutUnsent(file());
    const r = actOnNotification(p.rs, base, e);
    if (!r.ok) return setProblem({ reason: 'refused' });
    void saveKeepingUnsent(unsent, decided(after ? after(r.value) : r.value), { type: e.type, summary: t(`cases.act.${e.type}`), at: e.at! });
  };
  const actReaction = (id: string, body: { type: string } & Record<string, unknown>) => {
    if (held()) return setProblem({ reason: 'refused' });
    clearTimeout(timer);
    const e = { ...body, ...acting() } as unknown as ReactionEvent;
    const { base, unsent } = withoutUnsent(file());
    const r = actOnReaction(p.rs, base, id, e);
    if (!r.ok) return setProblem({ reason: 'refused' });
    void saveKeepingUnsent(unsent, decided(r.value), { type: e.type, summary: t(`cases.reactionAct.${e.type}`), at: e.at! });
  };

  const gaps = createMemo(() => notificationCompleteness(file(), p.rs));
  const problemOf = (path: string) => (gaps().unexplained.some((x) => x.field === path) ? gapText(path) : null);
  const warningOf = (path: string) => {
    const f = futureAdoptions(file(), deviceToday()).find((x) => x.field === path);
    return f ? t('cases.date.future-adoption', { date: f.date }) : null;
  };
  const sectionProps: SectionProps = { file, update, editable, rs: p.rs, problem: problemOf, warning: warningOf, gaps: () => gaps().gaps, today: () => actDate(), role, ruleSetVersion: () => p.rules.version };
  const gapsOf = (pt: Part) => gaps().gaps.filter((g) => PART_OF[g.section] === pt);
  /** Items still missing without an explanation, by part (the tab list shows them). */
  const openCount = (pt: Part): number => {
    if (pt === 'reactions') return file().reactions.filter((r) => r.status === 'draft').reduce((n, r) => n + reactionCompleteness(r, file().product).unexplained.length, 0);
    if (pt === 'history') return 0;
    return gaps().unexplained.filter((g) => PART_OF[g.section] === pt).length;
  };

  const save0 = () => {
    clearTimeout(timer);
    const { base, unsent } = withoutUnsent(file());
    void saveKeepingUnsent(unsent, base);
  };

  const guard = guardLeaving(
    () => dirty() || contentPending(),
    () => globalThis.confirm(t('cases.leave.confirm')),
  );
  onCleanup(() => guard.dispose());

  const publicView = () => !maySee(role(), 'case-file');
  /** The heading: the product's name; for the public, only what the public summary shows. */
  const heading = () => {
    if (publicView()) {
      const s = publicSummary(file());
      return s ? (s.product ? productTitle(s.product) || s.reference : s.reference) : t('cases.public.heading');
    }
    return productTitle(file().product) || (rev() === 0 ? t('cases.new') : t('cases.untitled'));
  };

  return (
    <FormIssuesContext.Provider value={issues}>
      <CaseHeader
        heading={heading}
        file={file}
        rs={p.rs}
        rules={p.rules}
        role={role}
        setRole={setRole}
        person={person}
        allowedRoles={allowedRoles}
        personFixed={session !== null}
        setPerson={setPerson}
        actDate={actDate}
        setActDate={setActDate}
        deviceToday={deviceToday}
        publicView={publicView}
        canSave={() => maySee(role(), 'case-file') && mayEditCase(role())}
        dirty={() => dirty() || contentPending()}
        saving={saving}
        saved={saved}
        held={held}
        autosaving={() => drafting() && mayEditCase(role())}
        onSave={save0}
        onChooseRegime={async (regimeId, reason) => {
          const known = p.rules.periods.map((x) => x.id);
          const r = chooseRegime(file(), { regimeId, reason, role: role(), actor: person().trim(), date: deviceToday() }, known);
          if (!r.ok) return r.problems;
          if (await save(r.value)) p.reload();
          return [];
        }}
        onMove={async (reason) => {
          const r = moveRuleSet(file(), { to: p.rules.inForce, reason, role: role(), actor: person().trim(), date: deviceToday(), at: new Date().toISOString() });
          if (!r.ok) return r.problems;
          if (await save(r.value)) p.reload();
          return [];
        }}
      />

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
              {held() ?? t('cases.refused')}
            </p>
          ) : (
            <SaveProblemNotice problem={pr} />
          )
        }
      </Show>

      <Show when={!publicView()} fallback={<PublicPreview file={file} rs={p.rs} />}>
        <Show when={!drafting() && mayEditCase(role())}>
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
          <CaseTabs part={part} setPart={setPart} openCount={openCount} role={role} />
          <div class="case-main" role="tabpanel" id={`panel-${part()}`} aria-labelledby={`tab-${part()}`} tabindex="0" data-testid="case-panel" data-part={part()}>
            <Show when={part() === 'product'}>
              <KeyIdentification {...sectionProps} text={(g) => gapText(g.field)} />
              <GapList {...sectionProps} gaps={() => gapsOf('product').filter((g) => !g.field.startsWith('product.photos.') && !['product.barcode', 'product.batch', 'product.model'].includes(g.field))} text={(g) => gapText(g.field)} title={t('cases.part.missing')} />
              <ProductSection {...sectionProps} />
              <PhotosSection {...sectionProps} blobs={blobs} />
              <RegulationsSection {...sectionProps} />
            </Show>
            <Show when={part() === 'risk'}>
              <GapList {...sectionProps} gaps={() => gapsOf('risk')} text={(g) => gapText(g.field)} title={t('cases.part.missing')} />
              <RiskSection {...sectionProps} />
              <TestResultsSection {...sectionProps} />
              <AccidentsSection {...sectionProps} />
            </Show>
            <Show when={part() === 'measures'}>
              <GapList {...sectionProps} gaps={() => gapsOf('measures')} text={(g) => gapText(g.field)} title={t('cases.part.missing')} />
              <MeasuresSection {...sectionProps} />
            </Show>
            <Show when={part() === 'traceability'}>
              <GapList {...sectionProps} gaps={() => gapsOf('traceability')} text={(g) => gapText(g.field)} title={t('cases.part.missing')} />
              <TraceabilitySection {...sectionProps} />
            </Show>
            <Show when={part() === 'evidence'}>
              <GapList {...sectionProps} gaps={() => gapsOf('evidence')} text={(g) => gapText(g.field)} title={t('cases.part.missing')} />
              <AttachmentsSection {...sectionProps} blobs={blobs} />
              <EntriesSection file={file} update={update} role={role} today={actDate} />
            </Show>
            <Show when={part() === 'notification'}>
              <DeadlinesPanel file={file} rs={p.rs} today={actDate} />
              <CriteriaSection {...sectionProps} />
              <EventsSection file={file} update={update} editable={() => mayEditCase(role())} rs={p.rs} today={actDate} deviceToday={deviceToday} />
              <Show when={maySee(role(), 'notification')}>
                <NotificationPanel file={file} update={update} rs={p.rs} ruleSetVersion={p.rules.version} role={role} actDate={actDate} deviceToday={deviceToday} held={held} act={actNotification} />
              </Show>
              <Show when={maySee(role(), 'confidential-parts')}>
                <ConfidentialitySection {...sectionProps} />
              </Show>
              <Show when={maySee(role(), 'notification')}>
                <VersionsSection file={file} rs={p.rs} />
              </Show>
              <PublicPreview file={file} rs={p.rs} />
            </Show>
            <Show when={part() === 'reactions'}>
              <DeadlinesPanel file={file} rs={p.rs} today={actDate} />
              <Show when={maySee(role(), 'reactions')} fallback={<p>{t('cases.part.notForRole')}</p>}>
                <ReactionsPanel file={file} update={update} rs={p.rs} role={role} actDate={actDate} today={actDate} ruleSetVersion={() => p.rules.version} held={held} act={actReaction} />
              </Show>
            </Show>
            <Show when={part() === 'history'}>
              <Show when={maySee(role(), 'history')} fallback={<p>{t('cases.part.notForRole')}</p>}>
                <Timeline file={file} history={history} rs={p.rs} />
              </Show>
            </Show>
          </div>
        </div>
        <Show when={rev() > 0 && mayEditCase(role()) && mayDeleteCase(file())}>
          <DeleteDraft onDelete={async () => {
            const r = await deleteDraft({ ...p.stored, rev: rev() }, role());
            if (r.ok) {
              setDirty(false);
              guard.leave('#/cases');
            } else setProblem({ reason: 'refused' });
          }} />
        </Show>
      </Show>
    </FormIssuesContext.Provider>
  );
}

interface HeaderProps {
  heading: () => string;
  file: () => CaseFile;
  rs: CompiledRuleSet;
  rules: CaseRules;
  role: () => Role;
  setRole: (r: Role) => void;
  allowedRoles: readonly Role[];
  personFixed: boolean;
  person: () => string;
  setPerson: (v: string) => void;
  actDate: () => string;
  setActDate: (v: string) => void;
  deviceToday: () => string;
  publicView: () => boolean;
  canSave: () => boolean;
  dirty: () => boolean;
  saving: () => boolean;
  saved: () => boolean;
  held: () => string | null;
  autosaving: () => boolean;
  onSave: () => void;
  onMove: (reason: string) => Promise<string[]>;
  onChooseRegime: (regimeId: string | null, reason: string) => Promise<ChoiceProblem[]>;
}

/** Stays on screen: what the case is, where it stands, what is due next, the rules, and Save. */
function CaseHeader(p: HeaderProps): JSX.Element {
  let el: HTMLElement | undefined;
  onMount(() => {
    // The tab list sits right below the header while scrolling, whatever the header's height.
    const set = () => el && document.documentElement.style.setProperty('--case-header-h', `${el.offsetHeight}px`);
    set();
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(set) : null;
    if (el) ro?.observe(el);
    onCleanup(() => ro?.disconnect());
  });
  const next = createMemo(() => {
    const d = shownDuties(p.rs, p.file());
    return d.own[0] ?? d.commission[0] ?? null;
  });
  const status = () => p.file().notification?.status ?? 'draft';
  const saveState = () => (p.saving() ? t('cases.saving') : p.held() ? t('cases.held') : p.dirty() ? (p.autosaving() ? t('cases.unsavedAuto') : t('cases.unsaved')) : p.saved() ? t('cases.savedNow') : '');
  return (
    <header class="case-header" ref={el} data-testid="case-header">
      <div class="case-header-top">
        <h1 tabindex="-1" class="wrap">{p.heading()}</h1>
        <Show when={!p.publicView()}>
          <span class={`state-badge state-${status()}`} data-testid="case-state">
            {t(`cases.state.${status()}`)}
          </span>
          <Show when={next()} fallback={<span class="next-duty" data-testid="next-duty">{t('cases.duty.nothing')}</span>}>
            {(d) => (
              <span class={`next-duty${d().due.toString() < p.deviceToday() ? ' overdue' : ''}`} data-testid="next-duty" data-action={d().action} data-due={d().due.toString()}>
                {t('cases.duty.next', { action: actionLabel(p.rs, d().action), owner: d().owner ? t(`cases.owner.${d().owner}`) : '' })}: <time dateTime={d().due.toString()}>{d().due.toString()}</time> ({daysLeftText(d().due, p.deviceToday())})
              </span>
            )}
          </Show>
        </Show>
      </div>
      <div class="case-toolbar">
        <div class="field">
          <label for="case-role">{t('cases.role.label')}</label>
          <select id="case-role" data-testid="role" onChange={(e) => p.setRole(e.currentTarget.value as Role)}>
            <For each={p.allowedRoles}>
              {(r) => (
                <option value={r} selected={r === p.role()}>
                  {t(`cases.role.${r}`)}
                </option>
              )}
            </For>
          </select>
        </div>
        <Show when={!p.publicView()}>
          <div class="field">
            <label for="case-person">{t('cases.person')}</label>
            <input id="case-person" value={p.person()} onChange={(e) => p.setPerson(e.currentTarget.value)} autocomplete="name" readOnly={p.personFixed} />
          </div>
          <div class="field">
            <label for="case-act-date">{t('cases.actDate')}</label>
            <input id="case-act-date" type="date" value={p.actDate()} max={p.deviceToday()} onChange={(e) => p.setActDate(e.currentTarget.value || p.deviceToday())} />
          </div>
        </Show>
        <Show when={p.canSave()}>
          <button type="button" data-testid="save-case" disabled={!p.dirty() || p.saving() || p.held() !== null} onClick={() => p.onSave()}>
            {t('cases.save')}
          </button>
        </Show>
        <p class="save-state" role="status" data-testid="save-state">
          {saveState()}
        </p>
        <Show when={!p.publicView()}>
          <a class="button secondary no-print" href={`#/cases/${encodeURIComponent(p.file().id)}/notification`}>
            {t('cases.print.short')}
          </a>
        </Show>
      </div>
      <Show when={!p.publicView()}>
        <RuleSetLine file={p.file} rules={p.rules} role={p.role} onMove={p.onMove} />
        <RegimeLine file={p.file} regime={p.rules.regime} role={p.role} onChoose={p.onChooseRegime} />
      </Show>
    </header>
  );
}

/** The one place the page says which rules decide the case (regime and version), and where it may be moved. */
function RuleSetLine(p: { file: () => CaseFile; rules: CaseRules; role: () => Role; onMove: (reason: string) => Promise<string[]> }): JSX.Element {
  const recorded = () => p.file().ruleSetVersion;
  const [moving, setMoving] = createSignal(false);
  const [reason, setReason] = createSignal('');
  const [problems, setProblems] = createSignal<string[]>([]);
  const regime = () => p.rules.regime.regimeId;
  return (
    <div class="rule-set-line" data-testid="rule-set-version" data-version={recorded()} data-regime={regime()}>
      <span class="hint">
        {t('cases.ruleSet.regime', { regime: regime() })} ·{' '}
        <Show
          when={p.rules.missing}
          fallback={recorded() ? t('cases.ruleSet.decided', { version: recorded() }) : t('cases.ruleSet.inForce', { version: p.rules.version })}
        >
          {(missing) => t('cases.ruleSet.missing', { version: missing(), inForce: p.rules.version })}
        </Show>
      </span>
      <Show when={recorded() && recorded() !== p.rules.inForce && mayEditCase(p.role())}>
        <Show
          when={moving()}
          fallback={
            <button type="button" class="secondary small" data-testid="move-rule-set" onClick={() => setMoving(true)}>
              {t('cases.ruleSet.move', { version: p.rules.inForce })}
            </button>
          }
        >
          <div class="inline-form">
            <TextInput path="ruleSet.reason" label={t('cases.ruleSet.reason')} value={reason()} onChange={setReason} problem={problems().length ? t('cases.ruleSet.reasonNeeded') : null} />
            <button
              type="button"
              onClick={async () => {
                setProblems(await p.onMove(reason()));
              }}
            >
              {t('cases.ruleSet.moveConfirm')}
            </button>
            <button type="button" class="secondary" onClick={() => setMoving(false)}>
              {t('cases.ruleSet.moveCancel')}
            </button>
          </div>
        </Show>
      </Show>
    </div>
  );
}

/** The parts of the case, as a vertical tab list that stays on screen, each with what is still missing in it. */
function CaseTabs(p: { part: () => Part; setPart: (x: Part) => void; openCount: (x: Part) => number; role: () => Role }): JSX.Element {
  const focusTab = (x: Part) => {
    p.setPart(x);
    queueMicrotask(() => document.getElementById(`tab-${x}`)?.focus());
  };
  const onKey = (e: KeyboardEvent, i: number) => {
    const go = { ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, Home: 0, End: PARTS.length - 1 }[e.key];
    if (go === undefined) return;
    e.preventDefault();
    focusTab(PARTS[(go + PARTS.length) % PARTS.length]);
  };
  return (
    <nav class="case-tabs" aria-label={t('cases.parts')}>
      <div role="tablist" aria-orientation="vertical" aria-label={t('cases.parts')}>
        <For each={PARTS}>
          {(x, i) => (
            <button
              type="button"
              role="tab"
              id={`tab-${x}`}
              aria-selected={p.part() === x ? 'true' : 'false'}
              aria-controls={`panel-${x}`}
              tabindex={p.part() === x ? 0 : -1}
              data-part={x}
              data-open={p.openCount(x)}
              onClick={() => p.setPart(x)}
              onKeyDown={(e) => onKey(e, i())}
            >
              <span>{t(`cases.tab.${x}`)}</span>
              <Show when={x !== 'history'}>
                <span class={p.openCount(x) > 0 ? 'tab-count open' : 'tab-count done'}>{p.openCount(x) > 0 ? tn('cases.tab.open', p.openCount(x)) : t('cases.tab.done')}</span>
              </Show>
            </button>
          )}
        </For>
      </div>
    </nav>
  );
}

function DeleteDraft(p: { onDelete: () => void }): JSX.Element {
  const [asking, setAsking] = createSignal(false);
  return (
    <div class="delete-draft no-print">
      <Show
        when={asking()}
        fallback={
          <button type="button" class="secondary" data-testid="delete-draft" onClick={() => setAsking(true)}>
            {t('cases.delete.ask')}
          </button>
        }
      >
        <p role="alert">{t('cases.delete.question')}</p>
        <button type="button" class="danger" data-testid="delete-draft-confirm" onClick={() => p.onDelete()}>
          {t('cases.delete.confirm')}
        </button>
        <button type="button" class="secondary" onClick={() => setAsking(false)}>
          {t('cases.delete.cancel')}
        </button>
      </Show>
    </div>
  );
}

