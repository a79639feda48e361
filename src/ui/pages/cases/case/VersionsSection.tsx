// The versions a notification went through, each with what changed since the one before, side by
// side in labels and values (src/domain/case/versions.ts): an earlier version is never lost, and
// a reader sees what an update or an answer to a request changed.
import { For, Index, Show, type JSX } from 'solid-js';
import type { CaseFile } from '../../../../domain/case/types';
import { versionChanges } from '../../../../domain/case/versions';
import type { CompiledRuleSet } from '../../../../rules/api';
import { ruleLabel, t, tn } from '../../../i18n';
import { fieldLabel } from './field-labels';
import { valueText } from './field-values';

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
                  <strong>{t('cases.version.title', { n: v().version })}</strong> — <time dateTime={v().date}>{v().date}</time> — <span class="wrap">{v().note}</span>
                  <Show when={v().classification}> — {typeLabel(v().classification)}</Show>
                  <Show when={v().content && i > 0}>
                    <Show when={changes().length > 0} fallback={<p class="hint">{t('cases.version.unchanged')}</p>}>
                      <details>
                        <summary>{tn('cases.version.changes', changes().length)}</summary>
                        <table class="data-table version-changes" data-testid="version-changes">
                          <thead>
                            <tr>
                              <th scope="col">{t('cases.version.field')}</th>
                              <th scope="col">{t('cases.version.before', { n: v().version - 1 })}</th>
                              <th scope="col">{t('cases.version.after', { n: v().version })}</th>
                            </tr>
                          </thead>
                          <tbody>
                            <For each={changes()}>
                              {(c) => (
                                <tr>
                                  <th scope="row">{fieldLabel(c.path)}</th>
                                  <td>{valueText(p.rs, c.path, c.before)}</td>
                                  <td>{valueText(p.rs, c.path, c.after)}</td>
                                </tr>
                              )}
                            </For>
                          </tbody>
                        </table>
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
