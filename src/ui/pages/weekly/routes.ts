import type { Route } from '../../router';

export const routes: Route[] = [
  { path: '/weekly', title: 'nav.weekly', load: () => import('./WeeklyPage') },
  { path: '/weekly/:week', title: 'nav.weekly', load: () => import('./WeeklyPage') },
];
