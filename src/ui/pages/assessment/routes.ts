import type { Route } from '../../router';

export const routes: Route[] = [
  { path: '/assessments', title: 'nav.assessments', load: () => import('./AssessmentsListPage') },
  { path: '/assessments/:id', title: 'nav.assessments', load: () => import('./AssessmentPage') },
  { path: '/assessments/:id/wizard', title: 'nav.assessments', load: () => import('./WizardPage') },
  { path: '/assessments/:id/wizard/:scenarioId', title: 'nav.assessments', load: () => import('./WizardPage') },
  { path: '/assessments/:id/sensitivity', title: 'nav.assessments', load: () => import('./SensitivityPage') },
  { path: '/assessments/:id/report', title: 'nav.assessments', load: () => import('./ReportPage') },
];
