// Session files: what the trainer hands out and the trainees hand back.
import { describe, expect, it } from 'vitest';
import { exerciseById } from '../../../src/domain/training/exercises';
import { newSession, parseSession, parseSessionText, sessionFileName, sessionFileText } from '../../../src/domain/training/session';

describe('session files', () => {
  it('round-trips a session with a trainee and an answer through its file text', () => {
    const s = newSession('Course 12', ['hammer', 'kettle-lid']);
    s.trainee = 'Ana Ruiz';
    s.answers['hammer'] = exerciseById('hammer')!.model;
    expect(parseSessionText(sessionFileText(s))).toEqual({ ok: true, session: s });
    expect(sessionFileName(s)).toBe('course-12--ana-ruiz.session.json');
    expect(sessionFileName(newSession('  ', ['hammer']))).toBe('session.session.json');
  });

  it('names every problem of a bad file by its path', () => {
    const r = parseSession({
      kind: 'x',
      version: 2,
      title: '',
      trainee: 3,
      exercises: ['hammer', 'nope', 'hammer'],
      answers: { hammer: { id: 's1', consumer: 'adult', hazard: 'h', injury: 'i', severity: 3, steps: [{ text: '', probability: '2' }] }, other: {} },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.path)).toEqual(['kind', 'version', 'title', 'trainee', 'exercises[1]', 'exercises[2]', 'answers.hammer.steps[0].probability', 'answers.other']);
      expect(r.errors.find((e) => e.path === 'answers.hammer.steps[0].probability')!.message).toContain('above 1');
    }
  });

  it('refuses what is not a session file, saying why', () => {
    for (const bad of [[], null, 'text', 3]) expect(parseSession(bad).ok).toBe(false);
    const notJson = parseSessionText('{"kind": ');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.errors[0].message).toMatch(/not valid JSON/);
    const noExercises = parseSession({ kind: 'riskcase-training-session', version: 1, title: 'T', exercises: [] });
    expect(noExercises.ok ? [] : noExercises.errors.map((e) => e.path)).toEqual(['exercises']);
  });
});
