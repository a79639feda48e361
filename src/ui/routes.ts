// Every page of the app. Each area keeps its own route list next to its pages.
import type { Route } from './router';
import { routes as alerts } from './pages/alerts/routes';
import { routes as assessment } from './pages/assessment/routes';
import { routes as cases } from './pages/cases/routes';
import { routes as rules } from './pages/rules/routes';
import { routes as rulesets } from './pages/rulesets/routes';
import { routes as statistics } from './pages/statistics/routes';
import { routes as training } from './pages/training/routes';
import { routes as weekly } from './pages/weekly/routes';
import { routes as server } from './pages/server/routes';

export const routes: Route[] = [
  { path: '/', title: 'nav.home', load: () => import('./pages/home/HomePage') },
  ...assessment,
  ...cases,
  ...rules,
  ...rulesets,
  ...training,
  ...alerts,
  ...weekly,
  ...statistics,
  ...server,
];
