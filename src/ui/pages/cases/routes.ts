import type { Route } from '../../router';

// Owned jointly: list, deadlines and public area pages (casework) and the case file page (case/).
export const routes: Route[] = [
  { path: '/cases', title: 'nav.cases', load: () => import('./CasesListPage') },
  { path: '/cases/:id', title: 'nav.cases', load: () => import('./case/CasePage') },
  { path: '/cases/:id/notification', title: 'nav.cases', load: () => import('./case/NotificationPrintPage') },
  { path: '/deadlines', title: 'nav.deadlines', load: () => import('./DeadlinesPage') },
  { path: '/public', title: 'nav.public', load: () => import('./PublicPage') },
];
