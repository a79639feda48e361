import type { Route } from '../../router';

export const routes: Route[] = [
  { path: '/rulesets', title: 'rulesets.navTitle', load: () => import('./RuleSetsListPage') },
  { path: '/rulesets/:id', title: 'rulesets.navTitle', load: () => import('./RuleSetPage') },
];

/** The route of one version; '@' stays readable ('/rulesets/rapex-2010@2'). */
export function versionPath(id: string): string {
  return `/rulesets/${encodeURIComponent(id).replace(/%40/g, '@')}`;
}
