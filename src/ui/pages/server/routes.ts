import type { Route } from '../../router';

// Pages that exist with a server only (the navigation offers them to those who may use them).
export const routes: Route[] = [
  { path: '/sync', title: 'server.sync.title', load: () => import('./SyncPage') },
  { path: '/people', title: 'server.people.title', load: () => import('./PeoplePage') },
];
