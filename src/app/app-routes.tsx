import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Shell } from './shell';
import { TodayPage } from '../features/today/today-page';
import { NotFoundPage } from './not-found-page';
import { Loading } from '../ui/loading';

// Today is the first screen and ships in the entry chunk; every other screen is its own chunk,
// fetched when first visited (and precached by the service worker for offline use).
const LogPage = lazy(async () => ({ default: (await import('../features/log/log-page')).LogPage }));
const PlanPage = lazy(async () => ({
  default: (await import('../features/plan/plan-page')).PlanPage,
}));
const PlanSetupPage = lazy(async () => ({
  default: (await import('../features/plan/setup-page')).SetupPage,
}));
const PlanSessionPage = lazy(async () => ({
  default: (await import('../features/plan/session-page')).SessionPage,
}));
const PatternsPage = lazy(async () => ({
  default: (await import('../features/patterns/patterns-page')).PatternsPage,
}));
const LogSpasmPage = lazy(async () => ({
  default: (await import('../features/log-spasm/log-spasm-page')).LogSpasmPage,
}));
const EditEpisodePage = lazy(async () => ({
  default: (await import('../features/log-spasm/edit-episode-page')).EditEpisodePage,
}));
const WelcomePage = lazy(async () => ({
  default: (await import('../features/welcome/welcome-page')).WelcomePage,
}));
const WhyPage = lazy(async () => ({
  default: (await import('../features/why/why-page')).WhyPage,
}));
const ReportPage = lazy(async () => ({
  default: (await import('../features/report/report-page')).ReportPage,
}));
const BackupPage = lazy(async () => ({
  default: (await import('../features/backup/backup-page')).BackupPage,
}));
const SeekCarePage = lazy(async () => ({
  default: (await import('../features/seek-care/seek-care-page')).SeekCarePage,
}));
const SafetyCheckPage = lazy(async () => ({
  default: (await import('../features/safety-check/safety-check-page')).SafetyCheckPage,
}));
const MedicationsPage = lazy(async () => ({
  default: (await import('../features/medications/medications-page')).MedicationsPage,
}));
const MedicationPage = lazy(async () => ({
  default: (await import('../features/medications/medication-page')).MedicationPage,
}));
const CheckinPage = lazy(async () => ({
  default: (await import('../features/checkin/checkin-page')).CheckinPage,
}));
const FindingPage = lazy(async () => ({
  default: (await import('../features/patterns/finding-page')).FindingPage,
}));
const BeliefsPage = lazy(async () => ({
  default: (await import('../features/beliefs/beliefs-page')).BeliefsPage,
}));
const BeliefPage = lazy(async () => ({
  default: (await import('../features/beliefs/belief-page')).BeliefPage,
}));
const ExperimentsPage = lazy(async () => ({
  default: (await import('../features/beliefs/experiments-page')).ExperimentsPage,
}));
const OutcomesPage = lazy(async () => ({
  default: (await import('../features/outcomes/outcomes-page')).OutcomesPage,
}));
const SettingsPage = lazy(async () => ({
  default: (await import('../features/settings/settings-page')).SettingsPage,
}));
const MorePage = lazy(async () => ({
  default: (await import('../features/more/more-page')).MorePage,
}));

/** Every screen of the app, inside the shell. Used by the app and by component tests. */
export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route element={<Shell />}>
          <Route index element={<TodayPage />} />
          <Route path="log" element={<LogPage />} />
          <Route path="log/new" element={<LogSpasmPage />} />
          <Route path="log/:id/edit" element={<EditEpisodePage />} />
          <Route path="plan" element={<PlanPage />} />
          <Route path="plan/setup" element={<PlanSetupPage />} />
          <Route path="plan/session" element={<PlanSessionPage />} />
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
      </Routes>
    </Suspense>
  );
}
