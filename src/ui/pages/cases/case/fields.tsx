// Labelled inputs for the case file forms. Each input has a visible label; a problem with the
// field (a completeness gap, a refused value) is linked with aria-describedby and named in words.
import { For, Show, type JSX } from 'solid-js';

export function caseFieldId(path: string): string {
  return `cf-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

interface Base {
  path: string;
  label: string;
  /** The problem with this field, in words (already translated). */
  problem?: string | null;
  disabled?: boolean;
}

function aria(p: Base) {
  return { 'aria-invalid': p.problem ? ('true' as const) : undefined, 'aria-describedby': p.problem ? `${caseFieldId(p.path)}-problem` : undefined };
}

function Problem(p: Base): JSX.Element {
  return (
    <Show when={p.problem}>
      <p class="field-error" id={`${caseFieldId(p.path)}-problem`}>
        {p.problem}
      </p>
    </Show>
  );
}

export function TextInput(p: Base & { value: string; onChange: (v: string) => void; multiline?: boolean; type?: 'text' | 'date' | 'number' }): JSX.Element {
  const id = () => caseFieldId(p.path);
  return (
    <div class="field">
      <label for={id()}>{p.label}</label>
      <Show
        when={p.multiline}
        fallback={
          <input id={id()} name={p.path} type={p.type ?? 'text'} value={p.value} disabled={p.disabled} onChange={(e) => p.onChange(e.currentTarget.value)} {...aria(p)} />
        }
      >
        <textarea id={id()} name={p.path} rows={3} value={p.value} disabled={p.disabled} onChange={(e) => p.onChange(e.currentTarget.value)} {...aria(p)} />
      </Show>
      <Problem {...p} />
    </div>
  );
}

export function CheckInput(p: Base & { checked: boolean; onChange: (v: boolean) => void }): JSX.Element {
  const id = () => caseFieldId(p.path);
  return (
    <div class="field field-check">
      <input id={id()} name={p.path} type="checkbox" checked={p.checked} disabled={p.disabled} onChange={(e) => p.onChange(e.currentTarget.checked)} {...aria(p)} />
      <label for={id()}>{p.label}</label>
      <Problem {...p} />
    </div>
  );
}

export function SelectInput(p: Base & { value: string; options: { value: string; label: string }[]; onChange: (v: string) => void; empty?: string }): JSX.Element {
  const id = () => caseFieldId(p.path);
  return (
    <div class="field">
      <label for={id()}>{p.label}</label>
      <select id={id()} name={p.path} disabled={p.disabled} onChange={(e) => p.onChange(e.currentTarget.value)} {...aria(p)}>
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
      <Problem {...p} />
    </div>
  );
}
