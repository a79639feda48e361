import { createEffect, createSignal, For, on, Show, type JSX } from 'solid-js';
import type { AlreadyNotifiedHit, MatchReason } from '../../../domain/alerts/already-notified';
import { entryHref } from '../../../domain/alerts/notified';
import type { CaseFile } from '../../../domain/case/types';
import { t } from '../../i18n';
import { countryName } from './labels';
import './alerts.css';

function reason(r: MatchReason): string {
  switch (r.kind) {
    case 'barcode':
    case 'batch':
      return t(`alerts.why.${r.kind}`, { value: r.value });
    case 'brand-model':
      return t('alerts.why.brandModel', { brand: r.brand, model: r.model });
    case 'brand':
      return t('alerts.why.brand', { brand: r.brand });
    default:
      return t(`alerts.why.${r.kind}`, { matched: r.matched, of: r.of, words: r.words.join(', ') });
  }
}

/**
 * "Already notified?" against the authority's cases and the imported Safety Gate alerts together,
 * for the case page's duplicate check: each hit with why it matched, a link, and what to do instead.
 * It runs each time `runs` grows (the case page's one check button); the register's index is
 * loaded only then, not with the page.
 */
export function AlreadyNotifiedPanel(p: { file: () => CaseFile; runs: () => number }): JSX.Element {
  const [hits, setHits] = createSignal<AlreadyNotifiedHit[] | null>(null);
  const [busy, setBusy] = createSignal(false);
  const check = async () => {
    setBusy(true);
    try {
      // Loaded on demand: the case page does not carry the search index and the register's readers.
      const { checkCase } = await import('./check-case');
      setHits(await checkCase(p.file()));
    } finally {
      setBusy(false);
    }
  };
  createEffect(on(p.runs, (n) => n > 0 && void check(), { defer: true }));
  return (
    <div class="sg-already" data-testid="already-notified">
      <Show when={busy()}>
        <p role="status">{t('alerts.already.checking')}</p>
      </Show>
      <Show when={hits()}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p role="status" data-testid="already-none">{t('alerts.already.none')}</p>}>
            <p role="status">{t('alerts.already.found', { count: list().length })}</p>
            <ul class="sg-hits">
              <For each={list()}>
                {(h) => (
                  <li data-testid="already-hit" data-kind={h.entry.kind}>
                    <a href={entryHref(h.entry)}>
                      {t(`alerts.kind.${h.entry.kind}`)} {h.entry.number ?? h.entry.id}
                    </a>{' '}
                    — {[h.entry.brand, h.entry.name, h.entry.model].filter(Boolean).join(' ')} ({countryName(h.entry.notifyingCountry) || '—'})
                    <ul class="why">
                      <For each={h.reasons}>{(r) => <li>{reason(r)}</li>}</For>
                    </ul>
                    <p class="sg-suggestion">{t(`alerts.already.suggest.${h.suggestion}`, { number: h.entry.number ?? h.entry.id })}</p>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
    </div>
  );
}
