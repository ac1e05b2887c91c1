import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { registerScreens } from './screen-preload';
import { Shell } from './shell';
import { TodayPage } from '../features/today/today-page';
import { Loading } from '../ui/loading';
import { preloadable } from '../ui/preloadable';

/**
 * A screen loaded on first visit, or earlier when preloaded (src/app/screen-preload.ts): `load`
 * imports its module, `name` is the exported component.
 */
const screen = preloadable;

// Today is the first screen and ships in the entry chunk; every other screen is its own chunk,
// fetched when the app is idle or a link to it is pressed, else when first visited (and
// precached by the service worker for offline use).
const LogPage = screen(() => import('../features/log/log-page'), 'LogPage');
const PlanPage = screen(() => import('../features/plan/plan-page'), 'PlanPage');
const PlanSetupPage = screen(() => import('../features/plan/setup/setup-page'), 'SetupPage');
const PlanSessionPage = screen(
  () => import('../features/plan/session/session-page'),
  'SessionPage',
);
const ExercisePage = screen(() => import('../features/exercises/exercise-page'), 'ExercisePage');
const PathPage = screen(() => import('../features/exercises/path-page'), 'PathPage');
const PatternsPage = screen(() => import('../features/patterns/patterns-page'), 'PatternsPage');
const LogSpasmPage = screen(() => import('../features/log-spasm/log-spasm-page'), 'LogSpasmPage');
const EditEpisodePage = screen(
  () => import('../features/log-spasm/edit-episode-page'),
  'EditEpisodePage',
);
const WelcomePage = screen(() => import('../features/welcome/welcome-page'), 'WelcomePage');
const WhyPage = screen(() => import('../features/why/why-page'), 'WhyPage');
const ReportPage = screen(() => import('../features/report/report-page'), 'ReportPage');
const BackupPage = screen(() => import('../features/backup/backup-page'), 'BackupPage');
const SeekCarePage = screen(() => import('../features/seek-care/seek-care-page'), 'SeekCarePage');
const SafetyCheckPage = screen(
  () => import('../features/safety-check/safety-check-page'),
  'SafetyCheckPage',
);
const MedicationsPage = screen(
  () => import('../features/medications/medications-page'),
  'MedicationsPage',
);
const MedicationPage = screen(
  () => import('../features/medications/medication-page'),
  'MedicationPage',
);
const CheckinPage = screen(() => import('../features/checkin/checkin-page'), 'CheckinPage');
const FindingPage = screen(() => import('../features/patterns/finding-page'), 'FindingPage');
const BeliefsPage = screen(() => import('../features/beliefs/beliefs-page'), 'BeliefsPage');
const BeliefPage = screen(() => import('../features/beliefs/belief-page'), 'BeliefPage');
const ExperimentsPage = screen(
  () => import('../features/beliefs/experiments-page'),
  'ExperimentsPage',
);
const OutcomesPage = screen(() => import('../features/outcomes/outcomes-page'), 'OutcomesPage');
const SettingsPage = screen(() => import('../features/settings/settings-page'), 'SettingsPage');
const MorePage = screen(() => import('../features/more/more-page'), 'MorePage');
const NotFoundPage = screen(() => import('./not-found-page'), 'NotFoundPage');

const screens = (
  <Route element={<Shell />}>
    <Route index element={<TodayPage />} />
    <Route path="log" element={<LogPage />} />
    <Route path="log/new" element={<LogSpasmPage />} />
    <Route path="log/:id/edit" element={<EditEpisodePage />} />
    <Route path="plan" element={<PlanPage />} />
    <Route path="plan/setup" element={<PlanSetupPage />} />
    <Route path="plan/session" element={<PlanSessionPage />} />
    <Route path="plan/path" element={<PathPage />} />
    <Route path="plan/exercise/:id" element={<ExercisePage />} />
    <Route path="patterns" element={<PatternsPage />} />
    <Route path="patterns/:kind/:id" element={<FindingPage />} />
    <Route path="checkin" element={<CheckinPage />} />
    <Route path="checkin/:day" element={<CheckinPage />} />
    <Route path="more" element={<MorePage />} />
    <Route path="seek-care" element={<SeekCarePage />} />
    <Route path="backup" element={<BackupPage />} />
    <Route path="report" element={<ReportPage />} />
    <Route path="welcome" element={<WelcomePage />} />
    <Route path="why" element={<WhyPage />} />
    <Route path="safety-check" element={<SafetyCheckPage />} />
    <Route path="medications" element={<MedicationsPage />} />
    <Route path="medications/:id" element={<MedicationPage />} />
    <Route path="beliefs" element={<BeliefsPage />} />
    <Route path="beliefs/experiments" element={<ExperimentsPage />} />
    <Route path="beliefs/:id" element={<BeliefPage />} />
    <Route path="outcomes" element={<OutcomesPage />} />
    <Route path="settings" element={<SettingsPage />} />
    <Route path="*" element={<NotFoundPage />} />
  </Route>
);
registerScreens(screens);

/** Every screen of the app, inside the shell. Used by the app and by component tests. */
export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>{screens}</Routes>
    </Suspense>
  );
}
