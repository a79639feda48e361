// "Evaluate a sample case": a case document in, the classification with its reasons (and their
// citations) and the deadlines out.
import { createSignal, For, Match, Show, Switch, type JSX } from 'solid-js';
import type { CompiledRuleSet, RValue, SymbolInfo, TraceEntry } from '../../../rules/api';
import { ruleLabel, t } from '../../i18n';
import { calendarText } from '../cases/calendar-text';
import { evaluateCase, okValue, outcomeError, type CaseEvaluation } from './evaluate-case';
import { SAMPLE_CASE_TEXT } from './sample-case';

function show(v: RValue): string {
  if (v === null) return '—';
  if (typeof v === 'object' && 'toString' in v) return String(v);
  return String(v);
}

function TraceList(props: { entries: readonly TraceEntry[] }): JSX.Element {
  return (
    <ul class="trace">
      <For each={props.entries}>
        {(e) => (
          <li>
            {ruleLabel(e.label, e.name)}
            <Show when={e.holds === false || e.negated}> ({t('rulesEditor.evaluate.notHolds')})</Show>
            <Show when={e.detail}>: {e.detail}</Show> <span class="cites">({e.cites})</span>
          </li>
        )}
      </For>
    </ul>
  );
}

export function EvaluatePanel(props: { ruleSet: CompiledRuleSet | null; symbols: readonly SymbolInfo[] }): JSX.Element {
  const [text, setText] = createSignal(SAMPLE_CASE_TEXT);
  const [result, setResult] = createSignal<CaseEvaluation | null>(null);
  const memberLabel = (v: RValue) => {
    const s = props.symbols.find((x) => x.kind === 'enum-member' && x.name === String(v));
    return ruleLabel(s?.label, show(v));
  };
  return (
    <section class="rules-panel sample-case" aria-labelledby="rules-evaluate-title">
      <h2 id="rules-evaluate-title">{t('rulesEditor.evaluate.title')}</h2>
      <Show when={props.ruleSet} fallback={<p>{t('rulesEditor.examples.unavailable')}</p>}>
        {(rs) => (
          <>
            <label for="sample-case-json">{t('rulesEditor.evaluate.input')}</label>
            <textarea id="sample-case-json" spellcheck={false} value={text()} onInput={(e) => setText(e.currentTarget.value)} />
            <p><button type="button" onClick={() => setResult(evaluateCase(rs(), text()))}>{t('rulesEditor.evaluate.run')}</button></p>
            <div aria-live="polite" class="evaluation">
              <Switch>
                <Match when={result()?.kind === 'bad-json' && (result() as Extract<CaseEvaluation, { kind: 'bad-json' }>)}>
                  {(r) => <p class="error-text">{t('rulesEditor.evaluate.badJson', { error: r().error })}</p>}
                </Match>
                <Match when={result()?.kind === 'bad-facts' && (result() as Extract<CaseEvaluation, { kind: 'bad-facts' }>)}>
                  {(r) => (
                    <div class="error-text">
                      <p>{t('rulesEditor.evaluate.badFacts')}</p>
                      <ul><For each={r().errors}>{(e) => <li><code>{e.path}</code>: {e.message}</li>}</For></ul>
                    </div>
                  )}
                </Match>
                <Match when={result()?.kind === 'done' && (result() as Extract<CaseEvaluation, { kind: 'done' }>)}>
                  {(r) => (
                    <>
                      <h3>{t('rulesEditor.evaluate.classification')}</h3>
                      <Show
                        when={okValue(r().decision)}
                        fallback={<p class="error-text">{t('rulesEditor.evaluate.error', { error: outcomeError(r().decision) })}</p>}
                      >
                        {(outcome) => (
                          <>
                            <p class="classification-result">
                              <strong data-value={show(outcome().value)}>{memberLabel(outcome().value)}</strong>
                              <For each={Object.entries(outcome().fields).filter(([, v]) => v !== null)}>
                                {([k, v]) => <> · {k}: <strong>{memberLabel(v)}</strong></>}
                              </For>{' '}
                              <small>
                                {outcome().rule ? t('rulesEditor.evaluate.rule', { rule: outcome().rule! }) : t('rulesEditor.evaluate.otherwise')}
                              </small>
                            </p>
                            <h4>{t('rulesEditor.evaluate.because')}</h4>
                            <TraceList entries={outcome().because} />
                            <Show when={outcome().overridden.length > 0}>
                              <h4>{t('rulesEditor.evaluate.overridden')}</h4>
                              <ul class="trace">
                                <For each={outcome().overridden}>{(o) => <li>{t('rulesEditor.evaluate.overriddenBy', { rule: o.rule, by: o.by })}</li>}</For>
                              </ul>
                            </Show>
                          </>
                        )}
                      </Show>
                      <h3>{t('rulesEditor.evaluate.deadlines')}</h3>
                      <Show
                        when={okValue(r().deadlines)}
                        fallback={<p class="error-text">{t('rulesEditor.evaluate.error', { error: outcomeError(r().deadlines) })}</p>}
                      >
                        {(list) => (
                          <Show when={list().length > 0} fallback={<p>{t('rulesEditor.evaluate.noDeadlines')}</p>}>
                            <ul class="trace deadlines-result">
                              <For each={list()}>
                                {(x) => (
                                  <li>
                                    <strong>{memberLabel(x.action)}</strong>: {x.due.toString()} — {x.basis} <span class="cites">({x.cites})</span>
                                    <Show when={x.calendar !== undefined}>
                                      <span class="calendar" data-calendar={x.calendar}> — {calendarText(x)}</span>
                                    </Show>
                                  </li>
                                )}
                              </For>
                            </ul>
                          </Show>
                        )}
                      </Show>
                    </>
                  )}
                </Match>
              </Switch>
            </div>
          </>
        )}
      </Show>
    </section>
  );
}
