import type { Route } from '../../router';

export const routes: Route[] = [
  { path: '/alerts', title: 'nav.alerts', load: () => import('./AlertsPage') },
  { path: '/alerts/:id', title: 'nav.alerts', load: () => import('./AlertPage') },
];
