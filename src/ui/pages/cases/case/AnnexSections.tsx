// Photos (product, packaging, label), annexes and known accidents of the case (Appendix 1).
// Blobs are held by the page until the next save, which stores them through the casework store in
// the same transaction as the case (src/store/cases.ts); the case keeps their ids only.
import { createSignal, Index, Show, type JSX } from 'solid-js';
import {
  addAttachment,
  addPhoto,
  ANNEX_KINDS,
  annexesOf,
  checkUpload,
  DOCUMENT_TYPES,
  PHOTO_ROLES,
  PHOTO_TYPES,
  photosOf,
  removeAttachment,
  removePhoto,
  setPhotoCaption,
  updateAttachment,
  type FileProblem,
  type PhotoRole,
} from '../../../../domain/case/annexes';
import { maySee } from '../../../../domain/case/roles';
import type { AttachmentKind } from '../../../../domain/case/types';
import { t } from '../../../i18n';
import { CheckInput, SelectInput, TextInput } from './fields';
import type { PhotoInput } from '../../../../store/cases';
import { newId, type SectionProps } from './CaseSections';

/** The page's blob keeper: blobs added since the last save, and a URL for any stored or pending blob. */
export interface BlobKeeper {
  add: (b: PhotoInput) => void;
  forget: (id: string) => void;
  url: (id: string) => string | null;
}

export type AnnexProps = SectionProps & { blobs: BlobKeeper };


function FileProblemText(p: { problem: FileProblem | null; id: string }): JSX.Element {
  return (
    <Show when={p.problem}>
      {(pr) => (
        <p class="field-error" role="alert" id={p.id}>
          {t(`cases.upload.${pr().code}`)}
        </p>
      )}
    </Show>
  );
}

export function PhotosSection(p: AnnexProps): JSX.Element {
  const [role, setRole] = createSignal<PhotoRole>('product');
  const [caption, setCaption] = createSignal('');
  const [problem, setProblem] = createSignal<FileProblem | null>(null);
  let input: HTMLInputElement | undefined;
  const add = () => {
    const f = input?.files?.[0];
    const bad = f ? checkUpload(f, PHOTO_TYPES) : { field: 'file' as const, code: 'empty' as const };
    setProblem(bad);
    if (!f || bad) return;
    const id = newId('photo');
    const text = caption().trim() || `${t(`cases.photo.role.${role()}`)}: ${p.file().product.name || t('cases.untitled')}`;
    p.blobs.add({ id, name: f.name, type: f.type, blob: f, role: role(), caption: text });
    p.update((c) => addPhoto(c, { id, caption: text, addedOn: p.today(), role: role() }));
    setCaption('');
    if (input) input.value = '';
  };
  return (
    <section class="case-section" aria-labelledby="sec-photos">
      <h2 id="sec-photos">{t('cases.section.photos')}</h2>
      <Show when={p.problem('product.photoIds')}>
        <p class="field-error">{p.problem('product.photoIds')}</p>
      </Show>
      <Show when={p.file().product.photoIds.length === 0 && !p.problem('product.photoIds')}>
        <p>{t('cases.photo.none')}</p>
      </Show>
      <ul class="photo-list">
        <Index each={photosOf(p.file())}>
          {(ph, i) => (
            <li data-testid="photo">
              <figure>
                <Show when={p.blobs.url(ph().id)} fallback={<span class="photo-missing">{t('cases.photo.notLoaded')}</span>}>
                  {(src) => <img src={src()} alt={ph().caption} width="120" height="120" />}
                </Show>
                <figcaption>
                  {/* The default caption already names the role ("Packaging: …"): not twice. */}
                  <Show when={ph().role && !ph().caption.startsWith(t(`cases.photo.role.${ph().role}`))}>
                    <span class="photo-role">{t(`cases.photo.role.${ph().role}`)}: </span>
                  </Show>
                  {ph().caption}
                </figcaption>
              </figure>
              <TextInput path={`product.photos[${i}].caption`} label={t('cases.photo.caption', { n: i + 1 })} value={ph().caption} onChange={(v) => p.update((c) => setPhotoCaption(c, ph().id, v))} disabled={!p.editable()} problem={p.problem(`product.photos[${i}].caption`)} />
              <Show when={p.editable()}>
                <button
                  type="button"
                  class="secondary"
                  onClick={() => {
                    const id = ph().id;
                    p.update((c) => removePhoto(c, id));
                    p.blobs.forget(id);
                  }}
                >
                  {t('cases.photo.remove', { n: i + 1 })}
                </button>
              </Show>
            </li>
          )}
        </Index>
      </ul>
      <Show when={p.editable()}>
        <fieldset class="inline-form">
          <legend>{t('cases.photo.add')}</legend>
          <div class="field">
            <label for="cf-photo-file">{t('cases.photo.file')}</label>
            <input id="cf-photo-file" ref={input} type="file" accept={PHOTO_TYPES.join(',')} aria-describedby={problem() ? 'cf-photo-file-problem' : undefined} />
          </div>
          <SelectInput path="photo.role" label={t('cases.photo.roleLabel')} value={role()} options={PHOTO_ROLES.map((r) => ({ value: r, label: t(`cases.photo.role.${r}`) }))} onChange={(v) => setRole(v as PhotoRole)} />
          <TextInput path="photo.caption" label={t('cases.photo.newCaption')} value={caption()} onChange={setCaption} />
          <button type="button" onClick={add}>
            {t('cases.photo.addButton')}
          </button>
          <FileProblemText problem={problem()} id="cf-photo-file-problem" />
        </fieldset>
      </Show>
    </section>
  );
}

export function AttachmentsSection(p: AnnexProps): JSX.Element {
  const [name, setName] = createSignal('');
  const [kind, setKind] = createSignal<AttachmentKind>('test-report');
  const [confidential, setConfidential] = createSignal(false);
  const [problem, setProblem] = createSignal<FileProblem | null>(null);
  let input: HTMLInputElement | undefined;
  const kindOptions = () => ANNEX_KINDS.map((k) => ({ value: k, label: t(`cases.attachment.kind.${k}`) }));
  const add = () => {
    const f = input?.files?.[0];
    const bad = f ? checkUpload(f, DOCUMENT_TYPES) : null;
    setProblem(bad);
    if (bad) return;
    const id = newId('att');
    if (f) p.blobs.add({ id, name: f.name, type: f.type, blob: f });
    p.update((c) => addAttachment(c, { id, kind: kind(), name: name().trim() || f?.name || '', blobId: f ? id : null, addedOn: p.today(), internal: confidential() }));
    setName('');
    if (input) input.value = '';
  };
  return (
    <section class="case-section" aria-labelledby="sec-attachments">
      <h2 id="sec-attachments">{t('cases.section.attachments')}</h2>
      {/* Internal documents stay with the notifying State's authorities (roles.ts). */}
      <Index each={annexesOf(p.file()).filter((a) => !a.attachment.internal || maySee(p.role(), 'internal-documents'))} fallback={<p>{t('cases.attachment.none')}</p>}>
        {(a) => {
          const att = () => a().attachment;
          const path = () => `attachments[${a().index}]`;
          return (
            <fieldset class="measure" data-testid="attachment">
              <legend>{att().name || t('cases.attachment.unnamed')}</legend>
              <div class="field-grid">
                <TextInput path={`${path()}.name`} label={t('cases.attachment.name')} value={att().name} onChange={(v) => p.update((c) => updateAttachment(c, att().id, { name: v }))} disabled={!p.editable()} problem={p.problem(`${path()}.name`)} />
                <SelectInput path={`${path()}.kind`} label={t('cases.attachment.kindLabel')} value={att().kind} options={kindOptions()} onChange={(v) => p.update((c) => updateAttachment(c, att().id, { kind: v as AttachmentKind }))} disabled={!p.editable()} />
              </div>
              <CheckInput path={`${path()}.internal`} label={t('cases.attachment.confidential')} checked={att().internal} onChange={(v) => p.update((c) => updateAttachment(c, att().id, { internal: v }))} disabled={!p.editable()} />
              <Show when={att().blobId ? p.blobs.url(att().blobId!) : null}>
                {(href) => (
                  <a href={href()} download={att().name}>
                    {t('cases.attachment.open', { name: att().name })}
                  </a>
                )}
              </Show>
              <Show when={p.editable()}>
                <button
                  type="button"
                  class="secondary"
                  onClick={() => {
                    const { id, blobId } = att();
                    p.update((c) => removeAttachment(c, id));
                    if (blobId) p.blobs.forget(blobId);
                  }}
                >
                  {t('cases.attachment.remove', { name: att().name || t('cases.attachment.unnamed') })}
                </button>
              </Show>
            </fieldset>
          );
        }}
      </Index>
      <Show when={p.editable()}>
        <fieldset class="inline-form">
          <legend>{t('cases.attachment.add')}</legend>
          <TextInput path="attachment.name" label={t('cases.attachment.name')} value={name()} onChange={setName} />
          <SelectInput path="attachment.kind" label={t('cases.attachment.kindLabel')} value={kind()} options={kindOptions()} onChange={(v) => setKind(v as AttachmentKind)} />
          <CheckInput path="attachment.internal" label={t('cases.attachment.confidential')} checked={confidential()} onChange={setConfidential} />
          <div class="field">
            <label for="cf-attachment-file">{t('cases.attachment.file')}</label>
            <input id="cf-attachment-file" ref={input} type="file" accept={DOCUMENT_TYPES.join(',')} aria-describedby={problem() ? 'cf-attachment-file-problem' : undefined} />
          </div>
          <button type="button" onClick={add}>
            {t('cases.attachment.addButton')}
          </button>
          <FileProblemText problem={problem()} id="cf-attachment-file-problem" />
        </fieldset>
      </Show>
    </section>
  );
}
