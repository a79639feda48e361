import type { Route } from '../../router';

// '/training/results' comes before '/training/:session', which would match it too.
export const routes: Route[] = [
  { path: '/training', title: 'nav.training', load: () => import('./TrainingListPage') },
  { path: '/training/results', title: 'nav.training', load: () => import('./ResultsPage') },
  { path: '/training/:session', title: 'nav.training', load: () => import('./SessionPage') },
  { path: '/training/:session/:exercise', title: 'nav.training', load: () => import('./ExercisePage') },
];
