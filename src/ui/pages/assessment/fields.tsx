// Form pieces for the wizard: every input has a label, and its error (if any) is linked with
// aria-describedby and announced.
import { Show, type JSX } from 'solid-js';
import type { DraftError, DraftErrors } from '../../../domain/risk/draft';
import { t } from '../../i18n';

export function fieldId(field: string): string {
  return `wz-${field.replace(/\./g, '-')}`;
}

export function errorText(e: DraftError): string {
  return t(`assessment.error.${e.code}`, { value: e.value ?? '' });
}

/** aria attributes for a field: invalid + described by its error and hint. */
export function describedBy(errors: DraftErrors, field: string, hint?: boolean) {
  const ids = [errors[field] ? `${fieldId(field)}-error` : '', hint ? `${fieldId(field)}-hint` : ''].filter(Boolean).join(' ');
  return { 'aria-invalid': errors[field] ? ('true' as const) : undefined, 'aria-describedby': ids || undefined };
}

export function FieldError(props: { errors: DraftErrors; field: string }): JSX.Element {
  return (
    <Show when={props.errors[props.field]}>
      {(e) => (
        <p class="field-error" id={`${fieldId(props.field)}-error`}>
          {errorText(e())}
        </p>
      )}
    </Show>
  );
}

export function TextField(props: {
  field: string;
  label: string;
  value: string;
  errors: DraftErrors;
  onInput: (v: string) => void;
  required?: boolean;
  hint?: string;
  multiline?: boolean;
  class?: string;
  inputmode?: 'decimal' | 'text';
}): JSX.Element {
  const id = () => fieldId(props.field);
  return (
    <div class={`field ${props.class ?? ''}`}>
      <label for={id()}>
        {props.label}
        <Show when={props.required}>
          <span class="required" aria-hidden="true"> *</span>
        </Show>
      </label>
      <Show when={props.hint}>
        <p class="hint" id={`${id()}-hint`}>{props.hint}</p>
      </Show>
      <Show
        when={props.multiline}
        fallback={
          <input
            id={id()}
            type="text"
            value={props.value}
            required={props.required}
            inputmode={props.inputmode}
            autocomplete="off"
            onInput={(e) => props.onInput(e.currentTarget.value)}
            {...describedBy(props.errors, props.field, !!props.hint)}
          />
        }
      >
        <textarea id={id()} rows="2" value={props.value} onInput={(e) => props.onInput(e.currentTarget.value)} {...describedBy(props.errors, props.field, !!props.hint)} />
      </Show>
      <FieldError errors={props.errors} field={props.field} />
    </div>
  );
}
