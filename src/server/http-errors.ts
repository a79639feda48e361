// The error body every refused request gets: a message, and the field at fault where there is one.
export interface Problem {
  field: string;
  message: string;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
    readonly problems?: Problem[],
  ) {
    super(message);
  }
}

export const badRequest = (problems: Problem[]): HttpError =>
  new HttpError(400, problems.map((p) => `${p.field}: ${p.message}`).slice(0, 5).join('; '), problems[0]?.field, problems.slice(0, 100));

export const unauthorized = (): HttpError => new HttpError(401, 'not signed in (or the session has ended): sign in again');
export const forbidden = (what: string): HttpError => new HttpError(403, `your roles do not allow this: ${what}`);
