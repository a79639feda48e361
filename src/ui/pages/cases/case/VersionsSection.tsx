// The versions a notification went through, each with what changed since the one before
// (src/domain/case/versions.ts): an earlier version is never lost, and a reader sees what an
// update or an answer to a request changed.
import { For, Index, Show, type JSX } from 'solid-js';
import type { CaseFile } from '../../../../domain/case/types';
import { versionChanges } from '../../../../domain/case/versions';
import type { CompiledRuleSet } from '../../../../rules/api';
import { ruleLabel, t } from '../../../i18n';

/** A changed value in one short line: text as is, absent as a dash, anything else as compact JSON. */
function shown(v: unknown): string {
  if (v === undefined || v === null || v === '') return '—';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 120 ? `${s.slice(0, 119)}…` : s;
}

export function VersionsSection(p: { file: () => CaseFile; rs: CompiledRuleSet }): JSX.Element {
  const versions = () => p.file().notification?.versions ?? [];
  const typeLabel = (c: string | null) => (c ? ruleLabel(p.rs.enumeration('notificationType')?.members.find((m) => m.value === c)?.label, c) : '');
  return (
    <section class="case-section" aria-labelledby="sec-versions">
      <h2 id="sec-versions">{t('cases.section.versions')}</h2>
      <Show when={versions().length > 0} fallback={<p>{t('cases.version.none')}</p>}>
        <ol class="versions">
          <Index each={versions()}>
            {(v, i) => {
              const changes = () => versionChanges(versions(), i);
              return (
                <li data-testid="version" data-version={v().version}>
                  <strong>{t('cases.version.title', { n: v().version })}</strong> — <time dateTime={v().date}>{v().date}</time> — {v().note}
                  <Show when={v().classification}> — {typeLabel(v().classification)}</Show>
                  <Show when={v().content && i > 0}>
                    <Show when={changes().length > 0} fallback={<p class="hint">{t('cases.version.unchanged')}</p>}>
                      <details>
                        <summary>{t('cases.version.changes', { count: changes().length })}</summary>
                        <ul data-testid="version-changes">
                          <For each={changes()}>
                            {(c) => (
                              <li>
                                <code>{c.path}</code>: {shown(c.before)} → {shown(c.after)}
                              </li>
                            )}
                          </For>
                        </ul>
                      </details>
                    </Show>
                  </Show>
                </li>
              );
            }}
          </Index>
        </ol>
      </Show>
    </section>
  );
}
