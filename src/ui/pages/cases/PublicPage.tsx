import { createMemo, createResource, createSignal, For, onCleanup, Show, type JSX } from 'solid-js';
import { today } from '../../../domain/calendar-date';
import { PHOTO_TYPES, productPhoto } from '../../../domain/case/annexes';
import { publicExportJson } from '../../../domain/case/public-export';
import { publicSummary, type PublicSummary } from '../../../domain/case/public-summary';
import { buildPublicIndex, searchCases } from '../../../domain/search';
import type { CompiledRuleSet } from '../../../rules/api';
import type { StoredCase } from '../../../store/cases';
import { t } from '../../i18n';
import { getRuleSet } from '../../regimes';
import { downloadText, loadCases, loadPhoto, memberLabel } from './casework-data';
import './casework.css';

interface PublicPhoto {
  blob: Blob;
  caption: string;
}

/**
 * Only what the public may see leaves this function: the public summaries of published cases, and
 * the product photo of those whose summary includes photos (none when photos or the product
 * identification are confidential: the summary then lists none).
 */
async function loadPublished(): Promise<{ summaries: PublicSummary[]; photos: Map<string, PublicPhoto>; exportText: () => string }> {
  const cases: StoredCase[] = await loadCases();
  const files = cases.map((c) => c.file);
  const summaries = files.map(publicSummary).filter((s): s is PublicSummary => s !== null);
  const photos = new Map<string, PublicPhoto>();
  for (const s of summaries) {
    const shown = productPhoto(s.photos);
    const rec = shown ? await loadPhoto(shown.id).catch(() => undefined) : undefined;
    if (shown && rec && PHOTO_TYPES.includes(rec.type)) photos.set(s.reference, { blob: rec.blob, caption: shown.caption });
  }
  return { summaries, photos, exportText: () => publicExportJson(files, today().toString()) };
}

/** #/public — published notifications as the public sees them, with search. */
export default function PublicPage(): JSX.Element {
  const [published] = createResource(loadPublished);
  const [ruleSet] = createResource(() => getRuleSet().catch(() => null));
  const [text, setText] = createSignal('');
  const index = createMemo(() => buildPublicIndex(published()?.summaries ?? []));
  const shown = createMemo(() => {
    const all = published()?.summaries ?? [];
    if (!text().trim()) return all;
    const byRef = new Map(all.map((s) => [s.reference, s]));
    return searchCases(index(), text(), { detail: 0 }).map((h) => byRef.get(h.caseId)!);
  });

  return (
    <section class="page casework public-area" aria-labelledby="public-title">
      <h1 id="public-title" tabindex="-1">{t('casework.public.title')}</h1>
      <p class="lead">{t('casework.public.intro')}</p>
      <Show when={published()} fallback={<p role="status">{t('casework.loading')}</p>}>
        {(p) => (
          <>
            <form class="casework-search" role="search" onSubmit={(e) => e.preventDefault()}>
              <div class="field field-wide">
                <label for="public-search">{t('casework.public.search.label')}</label>
                <input id="public-search" type="search" value={text()} placeholder={t('casework.public.search.placeholder')} onInput={(e) => setText(e.currentTarget.value)} />
              </div>
            </form>
            <div class="casework-toolbar">
              <button type="button" class="secondary" onClick={() => downloadText(`riskcase-public-${today().toString()}.json`, p().exportText())}>
                {t('casework.public.export')}
              </button>
            </div>
            <p class="result-count" role="status" data-testid="public-count">
              {t('casework.public.count', { shown: shown().length, total: p().summaries.length })}
            </p>
            <Show when={shown().length > 0} fallback={<p>{p().summaries.length === 0 ? t('casework.public.none') : t('casework.public.noMatch')}</p>}>
              <ul class="public-list" data-testid="public-list">
                <For each={shown()}>{(s) => <PublicCard summary={s} photo={p().photos.get(s.reference) ?? null} ruleSet={ruleSet() ?? null} />}</For>
              </ul>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}

function PublicCard(props: { summary: PublicSummary; photo: PublicPhoto | null; ruleSet: CompiledRuleSet | null }): JSX.Element {
  const s = () => props.summary;
  const photoUrl = createMemo(() => (props.photo ? URL.createObjectURL(props.photo.blob) : null));
  onCleanup(() => {
    const u = photoUrl();
    if (u) URL.revokeObjectURL(u);
  });
  const heading = () => {
    const p = s().product;
    if (!p) return s().reference;
    // "Nightglow socket protectors" rather than "Nightglow Nightglow socket protectors".
    const name = p.name.trim();
    const withBrand = p.brand.trim() && !name.toLowerCase().startsWith(p.brand.trim().toLowerCase()) ? `${p.brand.trim()} ${name}` : name;
    return withBrand || s().reference;
  };
  return (
    <li class="public-card" data-reference={s().reference}>
      <article aria-label={heading()}>
        <h2>{heading()}</h2>
        <p class="public-meta">
          <span>{memberLabel(props.ruleSet, 'notificationType', s().classification)}</span>
          {' · '}
          <span>{t('casework.public.reference')}: {s().reference}</span>
          {' · '}
          <span>{t('casework.public.notifiedBy')}: {s().notifyingCountry}</span>
          <Show when={s().validated}>{(v) => <> · <span>{t('casework.public.validated')} <time datetime={v()}>{v()}</time></span></>}</Show>
        </p>
        <Show when={photoUrl()}>
          {(src) => (
            <figure class="public-photo" data-testid="public-photo">
              <img src={src()} alt={props.photo!.caption || heading()} width="160" height="160" />
              <Show when={props.photo!.caption}><figcaption>{props.photo!.caption}</figcaption></Show>
            </figure>
          )}
        </Show>
        <dl class="public-facts">
          <Show when={s().product} fallback={<div><dt>{t('casework.col.product')}</dt><dd>{t('casework.public.productWithheld')}</dd></div>}>
            {(p) => (
              <>
                <Show when={p().category}><div><dt>{t('casework.public.category')}</dt><dd>{p().category}</dd></div></Show>
                <Show when={p().brand}><div><dt>{t('casework.public.brand')}</dt><dd>{p().brand}</dd></div></Show>
                <Show when={p().model}><div><dt>{t('casework.public.model')}</dt><dd>{p().model}</dd></div></Show>
                <Show when={p().barcode}><div><dt>{t('casework.public.barcode')}</dt><dd class="mono">{p().barcode}</dd></div></Show>
                <Show when={p().batch}><div><dt>{t('casework.public.batch')}</dt><dd>{p().batch}</dd></div></Show>
              </>
            )}
          </Show>
          <Show when={s().origin}><div><dt>{t('casework.public.origin')}</dt><dd>{s().origin}</dd></div></Show>
          <Show when={s().risk}>
            {(r) => (
              <>
                <Show when={r().level}>{(level) => <div><dt>{t('casework.public.risk')}</dt><dd><span class={`risk-badge risk-${level()}`}>{memberLabel(props.ruleSet, 'riskLevel', level())}</span></dd></div>}</Show>
                <Show when={r().hazard}><div><dt>{t('casework.public.hazard')}</dt><dd>{memberLabel(props.ruleSet, 'hazardGroup', r().hazard)}</dd></div></Show>
                <Show when={r().nonCompliance}><div><dt>{t('casework.public.nonCompliance')}</dt><dd>{r().nonCompliance}</dd></div></Show>
              </>
            )}
          </Show>
          <Show when={s().failedRequirements.length > 0}>
            <div><dt>{t('casework.public.failed')}</dt><dd><ul><For each={s().failedRequirements}>{(f) => <li>{f}</li>}</For></ul></dd></div>
          </Show>
          <Show when={s().measures}>
            {(ms) => (
              <div>
                <dt>{t('casework.public.measures')}</dt>
                <dd>
                  <Show when={ms().length > 0} fallback={t('casework.public.noMeasures')}>
                    <ul>
                      <For each={ms()}>
                        {(m) => (
                          <li>
                            {memberLabel(props.ruleSet, 'measureCategory', m.category)} ({t(`casework.measure.${m.type}`)}
                            <Show when={m.adopted}>{(a) => <>, <time datetime={a()}>{a()}</time></>}</Show>)
                          </li>
                        )}
                      </For>
                    </ul>
                  </Show>
                </dd>
              </div>
            )}
          </Show>
        </dl>
        <Show when={s().withheld.length > 0}>
          <p class="withheld">{t('casework.public.withheld')}</p>
        </Show>
      </article>
    </li>
  );
}
