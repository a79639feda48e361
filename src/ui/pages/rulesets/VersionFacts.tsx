// The facts of one rule-set version, as table cells of the list and as the header of a version's page.
import { Show, type JSX } from 'solid-js';
import type { RuleSetDocument } from '../../../domain/rule-set-document';
import { t } from '../../i18n';
import { versionPath } from './routes';

export function versionLabel(doc: RuleSetDocument): string {
  return doc.status === 'builtin' ? t('rulesets.builtinVersion') : t('rulesets.versionN', { n: doc.version });
}

/**
 * The version a document was copied from. Only a built-in id is a link: an imported file names
 * the version it came from in another browser, which may be a different document here.
 */
function BasedOn(props: { doc: RuleSetDocument }): JSX.Element {
  return (
    <Show when={props.doc.basedOn} fallback={'—'}>
      {(id) => (/@builtin$/.test(id()) ? <a href={`#${versionPath(id())}`}>{id()}</a> : id())}
    </Show>
  );
}

function Status(props: { doc: RuleSetDocument; inForce: boolean }): JSX.Element {
  return (
    <>
      <span class={`ruleset-status ruleset-status-${props.doc.status}`}>{t(`rulesets.status.${props.doc.status}`)}</span>
      <Show when={props.inForce}> <span class="ruleset-in-force">{t('rulesets.inForce')}</span></Show>
    </>
  );
}

export function VersionFacts(props: { doc: RuleSetDocument; inForce: boolean }): JSX.Element {
  return (
    <>
      <th scope="row"><code>{props.doc.id}</code> <small>{versionLabel(props.doc)}</small></th>
      <td><Status doc={props.doc} inForce={props.inForce} /></td>
      <td>{props.doc.effectiveFrom ?? '—'}</td>
      <td><BasedOn doc={props.doc} /></td>
      <td class="ruleset-note">{props.doc.note || '—'}</td>
    </>
  );
}

export function VersionSummary(props: { doc: RuleSetDocument }): JSX.Element {
  return (
    <dl class="ruleset-facts">
      <dt>{t('rulesets.col.status')}</dt>
      <dd data-testid="ruleset-status"><Status doc={props.doc} inForce={false} /></dd>
      <dt>{t('rulesets.col.effectiveFrom')}</dt>
      <dd>{props.doc.effectiveFrom ?? '—'}</dd>
      <dt>{t('rulesets.col.basedOn')}</dt>
      <dd><BasedOn doc={props.doc} /></dd>
      <Show when={props.doc.note}>
        <dt>{t('rulesets.col.note')}</dt>
        <dd class="ruleset-note">{props.doc.note}</dd>
      </Show>
    </dl>
  );
}
