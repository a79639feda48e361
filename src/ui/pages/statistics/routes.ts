import type { Route } from '../../router';

export const routes: Route[] = [{ path: '/statistics', title: 'nav.statistics', load: () => import('./StatisticsPage') }];
