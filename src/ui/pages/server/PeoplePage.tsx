// The administrator's page: the authority's people and a form to add one. The server checks the
// administrator's role and the fields; this page shows what it answers, field by field.
import { createResource, createSignal, For, Show, type JSX } from 'solid-js';
import { ROLES } from '../../../domain/access/permissions';
import { ServerError, SyncApi } from '../../../store/sync/server-api';
import { t } from '../../i18n';
import { signedInSession } from '../../session/mode';

export default function PeoplePage(): JSX.Element {
  const api = () => new SyncApi(signedInSession()?.csrfToken ?? '');
  const [people, { refetch }] = createResource(async () => (await api().people()).people);
  const [email, setEmail] = createSignal('');
  const [name, setName] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [roles, setRoles] = createSignal<string[]>([]);
  const [problems, setProblems] = createSignal<{ field: string; message: string }[]>([]);
  const [added, setAdded] = createSignal('');
  const problemOf = (field: string) => problems().find((p) => p.field === field || p.field.startsWith(`${field}[`))?.message;
  const submit = async (e: Event) => {
    e.preventDefault();
    setProblems([]);
    setAdded('');
    try {
      await api().addPerson({ email: email().trim(), name: name().trim(), roles: roles(), password: password() });
      setAdded(email().trim());
      setEmail('');
      setName('');
      setPassword('');
      setRoles([]);
      await refetch();
    } catch (err) {
      if (err instanceof ServerError) setProblems(err.problems ?? [{ field: err.field ?? '', message: err.message }]);
      else setProblems([{ field: '', message: t('server.unreachable') }]);
    }
  };
  const field = (id: string, label: string, value: () => string, set: (v: string) => void, type = 'text') => (
    <div class="field">
      <label for={`person-${id}`}>{label}</label>
      <input id={`person-${id}`} type={type} value={value()} onInput={(e) => set(e.currentTarget.value)} aria-invalid={problemOf(id) ? 'true' : undefined} aria-describedby={problemOf(id) ? `person-${id}-problem` : undefined} autocomplete="off" />
      <Show when={problemOf(id)}>{(m) => <p class="error" id={`person-${id}-problem`}>{m()}</p>}</Show>
    </div>
  );
  return (
    <section class="page">
      <h1>{t('server.people.title')}</h1>
      <Show when={people()}>
        {(list) => (
          <table data-testid="people">
            <thead>
              <tr>
                <th scope="col">{t('server.people.name')}</th>
                <th scope="col">{t('server.people.email')}</th>
                <th scope="col">{t('server.people.roles')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={list()}>
                {(p) => (
                  <tr>
                    <td>{p.name}</td>
                    <td>{p.email}</td>
                    <td>{p.roles.map((r) => t(`server.role.${r}`)).join(', ')}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        )}
      </Show>
      <h2>{t('server.people.add')}</h2>
      <form class="server-form" onSubmit={submit} novalidate>
        {field('email', t('server.people.email'), email, setEmail, 'email')}
        {field('name', t('server.people.name'), name, setName)}
        {field('password', t('server.people.password'), password, setPassword, 'password')}
        <fieldset aria-invalid={problemOf('roles') ? 'true' : undefined}>
          <legend>{t('server.people.roles')}</legend>
          <For each={ROLES}>
            {(r) => (
              <label class="check">
                <input type="checkbox" checked={roles().includes(r)} onChange={(e) => setRoles(e.currentTarget.checked ? [...roles(), r] : roles().filter((x) => x !== r))} />
                {t(`server.role.${r}`)}
              </label>
            )}
          </For>
          <Show when={problemOf('roles')}>{(m) => <p class="error">{m()}</p>}</Show>
        </fieldset>
        <Show when={problems().some((p) => p.field === '')}>
          <p class="error" role="alert">{problems().find((p) => p.field === '')?.message}</p>
        </Show>
        <Show when={added()}>{(a) => <p role="status" data-testid="person-added">{t('server.people.added', { email: a() })}</p>}</Show>
        <button type="submit">{t('server.people.submit')}</button>
      </form>
    </section>
  );
}
