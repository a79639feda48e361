// A teaching session: the exercises a trainer picked, and each trainee answer (the scenario as
// written in the wizard). A session travels as a file: the trainer hands it out, trainees hand it
// back with their answers. The file is the document below; a file is read in full first and every
// bad field is named by its path, so a bad file writes nothing.
import { parseAssessmentDocument, type FieldError, type ScenarioJson } from '../assessment';
import { exerciseById } from './exercises';

export const SESSION_KIND = 'riskcase-training-session';

export interface SessionDoc {
  kind: typeof SESSION_KIND;
  version: 1;
  title: string;
  /** Who answered (set by the trainee). */
  trainee?: string;
  /** Exercise ids, in the order the trainer chose. */
  exercises: string[];
  /** exercise id → the trainee's finished scenario. */
  answers: Record<string, ScenarioJson>;
}

export type SessionParse = { ok: true; session: SessionDoc } | { ok: false; errors: FieldError[] };

export function newSession(title: string, exercises: string[]): SessionDoc {
  return { kind: SESSION_KIND, version: 1, title, exercises: [...exercises], answers: {} };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a session document; either all of it, or every error found, each with its path. */
export function parseSession(json: unknown): SessionParse {
  const errors: FieldError[] = [];
  if (!isObj(json)) return { ok: false, errors: [{ path: '', message: 'a training session file must be a JSON object' }] };
  const o = json;
  if (o.kind !== SESSION_KIND) errors.push({ path: 'kind', message: `this is not a Riskcase training session (kind must be "${SESSION_KIND}")` });
  if (o.version !== 1) errors.push({ path: 'version', message: `version ${JSON.stringify(o.version)} is not supported (expected 1)` });
  if (typeof o.title !== 'string' || !o.title.trim()) errors.push({ path: 'title', message: 'title is missing' });
  if (o.trainee !== undefined && typeof o.trainee !== 'string') errors.push({ path: 'trainee', message: 'trainee must be text' });
  const exercises: string[] = [];
  if (!Array.isArray(o.exercises) || o.exercises.length === 0) errors.push({ path: 'exercises', message: 'exercises must be a non-empty list of exercise ids' });
  else
    o.exercises.forEach((id, i) => {
      if (typeof id !== 'string' || !exerciseById(id)) errors.push({ path: `exercises[${i}]`, message: `unknown exercise ${JSON.stringify(id)}` });
      else if (exercises.includes(id)) errors.push({ path: `exercises[${i}]`, message: `exercise "${id}" is listed twice` });
      else exercises.push(id);
    });
  const answers: Record<string, ScenarioJson> = {};
  if (o.answers !== undefined) {
    if (!isObj(o.answers)) errors.push({ path: 'answers', message: 'answers must be an object keyed by exercise id' });
    else
      for (const [id, a] of Object.entries(o.answers)) {
        if (!exercises.includes(id)) {
          errors.push({ path: `answers.${id}`, message: `an answer to ${JSON.stringify(id)}, which is not an exercise of this session` });
          continue;
        }
        // An answer is a scenario of the interchange format: read by the same parser as `assess`.
        const r = parseAssessmentDocument({ product: { name: id }, scenarios: [a] });
        if (!r.ok) errors.push(...r.errors.map((e) => ({ path: `answers.${id}${e.path.replace(/^scenarios\[0\]/, '')}`, message: e.message })));
        else answers[id] = a as ScenarioJson;
      }
  }
  if (errors.length) return { ok: false, errors };
  const session: SessionDoc = { kind: SESSION_KIND, version: 1, title: (o.title as string).trim(), exercises, answers };
  if (typeof o.trainee === 'string' && o.trainee.trim()) session.trainee = o.trainee.trim();
  return { ok: true, session };
}

/** A session file's text (not yet parsed as JSON). */
export function parseSessionText(text: string): SessionParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: '', message: `the file is not valid JSON: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  return parseSession(json);
}

/** The file's text: plain JSON of the document, nothing else (so a person can read it). */
export function sessionFileText(doc: SessionDoc): string {
  return JSON.stringify(doc, null, 2) + '\n';
}

/** "course-12.session.json" (with the trainee's name when there is one). */
export function sessionFileName(doc: SessionDoc): string {
  const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const base = [slug(doc.title), doc.trainee ? slug(doc.trainee) : ''].filter(Boolean).join('--') || 'session';
  return `${base}.session.json`;
}
