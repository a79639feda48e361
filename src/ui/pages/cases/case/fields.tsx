// Labelled inputs for the case file forms. Each input has a visible label (marked when Appendix 1
// needs the field); a problem with the field (a completeness gap, a refused value) is linked with
// aria-describedby and named in words. Texts longer than their limit are kept as typed and named
// with the limit; a date that is not a date stays in its field, is named, and is not stored —
// the page holds the save until it is mended (FormIssues).
import { createContext, createSignal, For, onCleanup, Show, useContext, type JSX } from 'solid-js';
import { CalendarDate } from '../../../../domain/calendar-date';
import { limitOf } from '../../../../domain/case/field-limits';
import { t } from '../../../i18n';
import { fieldLabel } from './field-labels';

export function caseFieldId(path: string): string {
  return `cf-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Fields whose typed text is not stored yet (a date that is not a date), for the page to hold the save. */
export interface FormIssues {
  report: (path: string, problem: string | null) => void;
}
export const FormIssuesContext = createContext<FormIssues>({ report: () => undefined });

interface Base {
  path: string;
  label: string;
  /** The problem with this field, in words (already translated). */
  problem?: string | null;
  /** A note that does not block (e.g. a date in the future). */
  warning?: string | null;
  disabled?: boolean;
  /** Appendix 1 needs it: no explanation stands in for it. */
  required?: boolean;
}

function describedBy(p: Base, extra: string | null): string | undefined {
  const ids = [p.problem || extra ? `${caseFieldId(p.path)}-problem` : null, p.warning ? `${caseFieldId(p.path)}-warning` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Label(p: Base & { for: string }): JSX.Element {
  return (
    <label for={p.for}>
      {p.label}
      <Show when={p.required}>
        <span class="required"> ({t('cases.required')})</span>
      </Show>
    </label>
  );
}

function Notes(p: Base & { extra?: string | null }): JSX.Element {
  return (
    <>
      <Show when={p.problem || p.extra}>
        <p class="field-error" id={`${caseFieldId(p.path)}-problem`}>
          {[p.extra, p.problem].filter(Boolean).join(' ')}
        </p>
      </Show>
      <Show when={p.warning}>
        <p class="field-warning" id={`${caseFieldId(p.path)}-warning`}>
          {p.warning}
        </p>
      </Show>
    </>
  );
}

/** "Model number: 5,000 characters — at most 200." */
export function tooLongText(path: string, length: number, limit: number): string {
  return t('cases.tooLong', { field: fieldLabel(path), length: length.toLocaleString(), limit: limit.toLocaleString() });
}

export function TextInput(p: Base & { value: string; onChange: (v: string) => void; multiline?: boolean; type?: 'text' | 'number'; limit?: number }): JSX.Element {
  const id = () => caseFieldId(p.path);
  const limit = () => p.limit ?? limitOf(p.path);
  const long = () => (p.value.length > limit() ? tooLongText(p.path, p.value.length, limit()) : null);
  const attrs = () => ({ 'aria-invalid': p.problem || long() ? ('true' as const) : undefined, 'aria-describedby': describedBy(p, long()), 'aria-required': p.required ? ('true' as const) : undefined });
  return (
    <div class="field">
      <Label {...p} for={id()} />
      <Show
        when={p.multiline}
        fallback={<input id={id()} name={p.path} type={p.type ?? 'text'} value={p.value} disabled={p.disabled} onChange={(e) => p.onChange(e.currentTarget.value)} {...attrs()} />}
      >
        <textarea id={id()} name={p.path} rows={3} value={p.value} disabled={p.disabled} onChange={(e) => p.onChange(e.currentTarget.value)} {...attrs()} />
      </Show>
      <Notes {...p} extra={long()} />
    </div>
  );
}

/**
 * A calendar date typed as YYYY-MM-DD. Browsers' date pickers quietly turn 2026-02-30 into an
 * empty value; here the text stays as typed, is named "not a date" and is not stored until mended.
 */
export function DateInput(p: Base & { value: string | null; onChange: (v: string | null) => void }): JSX.Element {
  const id = () => caseFieldId(p.path);
  const issues = useContext(FormIssuesContext);
  const [typed, setTyped] = createSignal<string | null>(null);
  const shown = () => typed() ?? p.value ?? '';
  const bad = () => (typed() !== null ? t('cases.notADate', { text: typed()!.slice(0, 40) }) : null);
  onCleanup(() => issues.report(p.path, null));
  const commit = (text: string) => {
    const v = text.trim();
    if (v === '') {
      setTyped(null);
      issues.report(p.path, null);
      return p.onChange(null);
    }
    const d = CalendarDate.parse(v);
    if (!d) {
      setTyped(text);
      return issues.report(p.path, t('cases.notADateIn', { field: p.label, text: v.slice(0, 40) }));
    }
    setTyped(null);
    issues.report(p.path, null);
    p.onChange(d.toString());
  };
  return (
    <div class="field field-date">
      <Label {...p} for={id()} />
      <input
        id={id()}
        name={p.path}
        type="text"
        inputmode="numeric"
        autocomplete="off"
        placeholder={t('cases.dateFormat')}
        value={shown()}
        disabled={p.disabled}
        onChange={(e) => commit(e.currentTarget.value)}
        aria-invalid={p.problem || bad() ? 'true' : undefined}
        aria-describedby={describedBy(p, bad())}
        aria-required={p.required ? 'true' : undefined}
      />
      <Notes {...p} extra={bad()} />
    </div>
  );
}

export function CheckInput(p: Base & { checked: boolean; onChange: (v: boolean) => void }): JSX.Element {
  const id = () => caseFieldId(p.path);
  return (
    <div class="field field-check">
      <input id={id()} name={p.path} type="checkbox" checked={p.checked} disabled={p.disabled} onChange={(e) => p.onChange(e.currentTarget.checked)} aria-invalid={p.problem ? 'true' : undefined} aria-describedby={describedBy(p, null)} />
      <label for={id()}>{p.label}</label>
      <Notes {...p} />
    </div>
  );
}

export function SelectInput(p: Base & { value: string; options: { value: string; label: string }[]; onChange: (v: string) => void; empty?: string }): JSX.Element {
  const id = () => caseFieldId(p.path);
  return (
    <div class="field">
      <Label {...p} for={id()} />
      <select id={id()} name={p.path} disabled={p.disabled} onChange={(e) => p.onChange(e.currentTarget.value)} aria-invalid={p.problem ? 'true' : undefined} aria-describedby={describedBy(p, null)} aria-required={p.required ? 'true' : undefined}>
        <Show when={p.empty !== undefined}>
          <option value="" selected={p.value === ''}>
            {p.empty}
          </option>
        </Show>
        <For each={p.options}>
          {(o) => (
            <option value={o.value} selected={o.value === p.value}>
              {o.label}
            </option>
          )}
        </For>
      </select>
      <Notes {...p} />
    </div>
  );
}
