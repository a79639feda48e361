// #/cases/:id/notification — the notification as a printable form in the layout of Appendix 1
// (general information, product identification, regulations and standards, traceability, risk
// description, measures, confidentiality, additional information, annexes), with every missing
// item and its explanation, for the validating authority to read. Print CSS leaves out the app's
// chrome and numbers the pages. Internal documents never appear: they do not travel with the
// notification. The public role gets the public summary only.
import { createResource, For, Show, type JSX } from 'solid-js';
import { annexesOf, photosOf } from '../../../../domain/case/annexes';
import { classificationLabel } from '../../../../domain/case/classification';
import { decisiveAssessment } from '../../../../domain/case/case-document';
import { notificationCompleteness, NOTIFICATION_SECTIONS } from '../../../../domain/case/notification-form';
import { productTitle } from '../../../../domain/case/product-name';
import { publicSummary } from '../../../../domain/case/public-summary';
import { maySee } from '../../../../domain/case/roles';
import type { CaseFile, Party } from '../../../../domain/case/types';
import type { CompiledRuleSet } from '../../../../rules/api';
import { lang, ruleLabel, t } from '../../../i18n';
import { loadStoredCase, rulesForCase } from './case-page-data';
import { storedRole } from './acting-role';
import { gapText } from './gap-text';
import './case.css';

async function load(id: string): Promise<{ file: CaseFile; rs: CompiledRuleSet } | null> {
  const l = await loadStoredCase(id);
  if (!l) return null;
  const r = await rulesForCase(l.stored.file);
  return { file: l.stored.file, rs: r.ruleSet };
}

function Row(p: { label: string; value: string | number | null | undefined }): JSX.Element {
  return (
    <tr>
      <th scope="row">{p.label}</th>
      <td class="wrap">{p.value === null || p.value === undefined || p.value === '' ? '—' : String(p.value)}</td>
    </tr>
  );
}

const partyText = (x: Party | null): string => (x ? [x.name, x.address, x.contact, x.country].filter((s) => s.trim()).join(', ') : '');

export default function NotificationPrintPage(props: { params: Record<string, string> }): JSX.Element {
  const [data] = createResource(() => props.params.id, load);
  return (
    <section class="page notification-print">
      <Show when={!data.loading} fallback={<p role="status">{t('cases.loading')}</p>}>
        <Show when={data()} fallback={<h1>{t('cases.notFound')}</h1>}>
          {(d) => (
            <Show when={maySee(storedRole(), 'notification')} fallback={<PublicOnly file={d().file} />}>
              <PrintedForm file={d().file} rs={d().rs} />
            </Show>
          )}
        </Show>
      </Show>
    </section>
  );
}

function PublicOnly(p: { file: CaseFile }): JSX.Element {
  const s = publicSummary(p.file);
  return (
    <>
      <h1>{s ? (s.product ? productTitle(s.product) : s.reference) : t('cases.public.heading')}</h1>
      <p>{t('cases.print.publicOnly')}</p>
    </>
  );
}

function PrintedForm(p: { file: CaseFile; rs: CompiledRuleSet }): JSX.Element {
  const c = p.file;
  const n = c.notification;
  const label = (e: string, v: string) => (v ? ruleLabel(p.rs.enumeration(e)?.members.find((m) => m.value === v)?.label, v) : '');
  const gaps = notificationCompleteness(c, p.rs);
  const a = decisiveAssessment(c);
  const photos = photosOf(c);
  const field = (k: string) => t(`cases.field.${k}`);
  return (
    <>
      <div class="toolbar no-print">
        <a href={`#/cases/${encodeURIComponent(c.id)}`}>{t('cases.print.back')}</a>
        <button type="button" onClick={() => window.print()} data-testid="print">
          {t('cases.print.print')}
        </button>
      </div>
      <h1>{t('cases.print.title', { product: productTitle(c.product) || t('cases.untitled') })}</h1>
      <p class="print-meta">
        {n?.chosen ? classificationLabel(p.rs, n.chosen, lang()) : t('cases.print.noType')} · {n?.number ?? t('cases.duplicates.noNumber')} · {t(`cases.state.${n?.status ?? 'draft'}`)}
      </p>

      <section class="print-section" aria-labelledby="pf-general">
        <h2 id="pf-general">{t('cases.formSection.general')}</h2>
        <table class="form-table">
          <tbody>
            <Row label={t('cases.classification.chosen')} value={n?.chosen ? classificationLabel(p.rs, n.chosen, lang()) : ''} />
            <Row label={t('cases.act.number')} value={n?.number} />
            <Row label={t('cases.print.date')} value={n?.date ?? n?.submitted} />
            <Row label={field('notification.notifyingCountry')} value={n?.notifyingCountry} />
            <Row label={field('notification.contactPoint')} value={n?.contactPoint} />
            <Row label={field('notification.personInCharge')} value={n?.personInCharge} />
          </tbody>
        </table>
      </section>

      <section class="print-section" aria-labelledby="pf-product">
        <h2 id="pf-product">{t('cases.formSection.product')}</h2>
        <table class="form-table">
          <tbody>
            <Row label={field('product.category')} value={c.product.category} />
            <Row label={field('product.name')} value={c.product.name} />
            <Row label={field('product.brand')} value={c.product.brand} />
            <Row label={field('product.model')} value={c.product.model} />
            <Row label={field('product.batch')} value={c.product.batch} />
            <Row label={field('product.barcode')} value={c.product.barcode} />
            <Row label={field('product.customsCode')} value={c.product.customsCode} />
            <Row label={field('product.description')} value={c.product.description} />
            <Row label={field('product.packaging')} value={c.product.packaging} />
            <Row label={t('cases.section.photos')} value={photos.map((ph) => `${ph.role ? t(`cases.photo.role.${ph.role}`) + ': ' : ''}${ph.caption}`).join('; ')} />
            <Row label={field('product.itemsCovered')} value={c.product.itemsCovered} />
          </tbody>
        </table>
      </section>

      <section class="print-section" aria-labelledby="pf-regulations">
        <h2 id="pf-regulations">{t('cases.formSection.regulations')}</h2>
        <table class="form-table">
          <tbody>
            <Row label={field('regulations.legalProvisions')} value={c.regulations.legalProvisions.join('; ')} />
            <Row label={field('regulations.standards')} value={c.regulations.standards.join('; ')} />
            <Row label={field('regulations.proofOfConformity')} value={c.regulations.proofOfConformity} />
            <Row label={field('regulations.counterfeit')} value={t(`cases.counterfeit.${c.regulations.counterfeit}`)} />
          </tbody>
        </table>
      </section>

      <section class="print-section" aria-labelledby="pf-traceability">
        <h2 id="pf-traceability">{t('cases.formSection.traceability')}</h2>
        <table class="form-table">
          <tbody>
            <Row label={field('traceability.origin')} value={c.traceability.origin} />
            <Row label={t('cases.list.traceability.destinations')} value={c.traceability.destinations.join(', ')} />
            <Row label={field('traceability.manufacturer')} value={partyText(c.traceability.manufacturer)} />
            <For each={['exporters', 'importers', 'distributors', 'retailers'] as const}>
              {(k) => <Row label={t(`cases.list.traceability.${k}`)} value={c.traceability[k].map(partyText).join(' | ')} />}
            </For>
          </tbody>
        </table>
      </section>

      <section class="print-section" aria-labelledby="pf-risk">
        <h2 id="pf-risk">{t('cases.formSection.risk')}</h2>
        <table class="form-table">
          <tbody>
            <Row label={field('risk.hazard')} value={label('hazardGroup', c.risk.hazard || a?.hazard || '')} />
            <Row label={t('cases.print.risk')} value={a ? `${label('riskLevel', a.level)} — ${a.summary}` : ''} />
            <Row label={field('test.summary')} value={c.testResults.map((x) => x.summary).join(' | ')} />
            <Row label={field('test.failedRequirements')} value={c.testResults.flatMap((x) => x.failedRequirements).join('; ')} />
            <Row label={field('risk.conclusions')} value={c.risk.conclusions} />
            <Row label={t('cases.section.accidents')} value={c.accidents.map((x) => [x.date, x.country, x.description].filter(Boolean).join(', ')).join(' | ')} />
          </tbody>
        </table>
      </section>

      <section class="print-section" aria-labelledby="pf-measures">
        <h2 id="pf-measures">{t('cases.formSection.measures')}</h2>
        <table class="form-table">
          <thead>
            <tr>
              <th scope="col">{field('measure.type')}</th>
              <th scope="col">{field('measure.takenBy')}</th>
              <th scope="col">{field('measure.category')}</th>
              <th scope="col">{field('measure.entryIntoForce')}</th>
              <th scope="col">{field('measure.duration')}</th>
              <th scope="col">{field('measure.scope')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={c.measures} fallback={<tr><td colspan="6">—</td></tr>}>
              {(m) => (
                <tr>
                  <td>{label('measureType', m.type)}</td>
                  <td class="wrap">{m.takenBy.name}</td>
                  <td>{label('measureCategory', m.category)}</td>
                  <td>{m.entryIntoForce ?? m.adopted ?? ''}</td>
                  <td>{label('measureDuration', m.duration)}</td>
                  <td>{label('measureScope', m.scope)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>

      <section class="print-section" aria-labelledby="pf-confidentiality">
        <h2 id="pf-confidentiality">{t('cases.formSection.confidentiality')}</h2>
        <table class="form-table">
          <tbody>
            <Row label={t('cases.print.confidential')} value={t(`cases.confidentiality.status.${c.confidentiality.status}`)} />
            <Row label={t('cases.confidentiality.parts')} value={c.confidentiality.parts.map((x) => t(`cases.part.${x}`)).join(', ')} />
            <Row label={field('confidentiality.justification')} value={c.confidentiality.justification} />
          </tbody>
        </table>
      </section>

      <section class="print-section" aria-labelledby="pf-additional">
        <h2 id="pf-additional">{t('cases.formSection.additional')}</h2>
        <table class="form-table">
          <tbody>
            <Row label={t('cases.classification.infoJustification')} value={n?.forInformation ? `(${n.forInformation.reason}) ${n.forInformation.justification}` : ''} />
          </tbody>
        </table>
      </section>

      <section class="print-section" aria-labelledby="pf-annexes">
        <h2 id="pf-annexes">{t('cases.formSection.annexes')}</h2>
        <ul>
          <For each={annexesOf(c).filter((x) => !x.attachment.internal && x.attachment.kind !== 'internal' && x.attachment.kind !== 'correspondence')} fallback={<li>—</li>}>
            {(x) => (
              <li class="wrap">
                {t(`cases.attachment.kind.${x.attachment.kind}`)}: {x.attachment.name}
              </li>
            )}
          </For>
        </ul>
      </section>

      <section class="print-section" aria-labelledby="pf-missing" data-testid="print-missing">
        <h2 id="pf-missing">{t('cases.print.missing')}</h2>
        <Show when={gaps.gaps.length > 0} fallback={<p>{t('cases.completeness.complete')}</p>}>
          <table class="form-table">
            <thead>
              <tr>
                <th scope="col">{t('cases.print.section')}</th>
                <th scope="col">{t('cases.print.item')}</th>
                <th scope="col">{t('cases.print.explanation')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={NOTIFICATION_SECTIONS.flatMap((s) => gaps.gaps.filter((g) => g.section === s))}>
                {(g) => (
                  <tr>
                    <td>{t(`cases.formSection.${g.section}`)}</td>
                    <td class="wrap">{gapText(g.field)}</td>
                    <td class="wrap">{g.explanation ?? (g.explainable ? t('cases.print.notExplained') : t('cases.completeness.mustFix'))}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
      </section>
    </>
  );
}
