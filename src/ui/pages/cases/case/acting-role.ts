// The role the case pages act in (the simulated role switcher), kept for the browser session so
// the case page and its printable form agree.
import { ROLES, type Role } from '../../../../domain/case/types';

const ROLE_KEY = 'riskcase.caseRole';

export function storedRole(): Role {
  try {
    const r = globalThis.sessionStorage?.getItem(ROLE_KEY);
    if (r && (ROLES as readonly string[]).includes(r)) return r as Role;
  } catch {
    // storage unavailable
  }
  return 'national-authority';
}

export function keepRole(r: Role): void {
  try {
    globalThis.sessionStorage?.setItem(ROLE_KEY, r);
  } catch {
    // ignore
  }
}
