import type { Route } from '../../router';

export const routes: Route[] = [
  { path: '/rules', title: 'nav.rules', load: () => import('./RulesListPage') },
  { path: '/rules/:regime', title: 'nav.rules', load: () => import('./RegimePage') },
];
