// Which parts of the case procedure a signed-in person acts in (the case page's roles), from their
// account roles and their authority's kind. Everyone may look at the public view.
import type { Role } from '../case/types';
import type { AccountRole } from './permissions';

export function caseRolesOf(roles: readonly string[], authorityKind: 'member-state' | 'commission'): Role[] {
  const out: Role[] = [];
  if (authorityKind === 'commission') {
    if (roles.includes('contact-point') || roles.includes('case-officer')) out.push('validating-authority');
  } else {
    if ((['case-officer', 'assessor'] satisfies AccountRole[]).some((r) => roles.includes(r))) out.push('national-authority');
    if (roles.includes('contact-point')) out.push('contact-point');
  }
  out.push('public');
  return out;
}
