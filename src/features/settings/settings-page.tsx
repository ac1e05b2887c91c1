import { themeLabels, themes, type Settings } from '../../domain/settings';
import { defaultEmergencyNumber, emergencyNumbers } from '../../domain/safety';
import { saveSettings, useSettings } from '../../data/settings/settings-queries';
import { useTrainingDays } from '../../data/guide-queries';
import { saveHardActivities } from '../../data/episodes/hard-activities';
import { HardActivitiesForm } from '../../ui/hard-activities-form';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { EraseData } from './erase-data';
import { RadioSetting } from './radio-setting';
import { RemindersSetting } from './reminders-setting';
import { UnitsSetting } from './units-setting';
import './settings.css';

const weekStarts = [
  { value: 1, label: 'Monday' },
  { value: 0, label: 'Sunday' },
] as const;
const themeOptions = themes.map((value) => ({ value, label: themeLabels[value] }));
// The common numbers, plus this person's own when it is another (the locale's, say 995).
const emergencyChoices = (current: string) =>
  [...new Set<string>([current, ...emergencyNumbers])].map((value) => ({ value, label: value }));

async function choose(changes: Partial<Settings>): Promise<string | null> {
  const result = await saveSettings(changes);
  return result.ok ? null : (Object.values(result.errors)[0] ?? 'This could not be saved.');
}

/** Route /settings: week start, units, theme, reminders, hard activities and erasing everything. */
export function SettingsPage() {
  const settings = useSettings();
  const trainingDays = useTrainingDays();
  if (!settings || !trainingDays) {
    return (
      <>
        <PageTitle>Settings</PageTitle>
        <Loading />
      </>
    );
  }
  const emergencyNumber =
    settings.emergencyNumber ?? defaultEmergencyNumber(globalThis.navigator.language);
  return (
    <>
      <PageTitle>Settings</PageTitle>
      <RadioSetting
        legend="Weeks start on"
        name="week-start"
        options={weekStarts}
        value={settings.weekStartsOn}
        onChoose={(weekStartsOn) => choose({ weekStartsOn })}
      />
      <UnitsSetting units={settings.units} onChoose={(units) => choose({ units })} />
      <RadioSetting
        legend="Theme"
        name="theme"
        options={themeOptions}
        value={settings.theme}
        onChoose={(theme) => choose({ theme })}
      />
      <RadioSetting
        legend="Emergency number (the safety check's Call button)"
        name="emergency-number"
        options={emergencyChoices(emergencyNumber)}
        value={emergencyNumber}
        onChoose={(emergencyNumber) => choose({ emergencyNumber })}
      />
      <RemindersSetting settings={settings} trainingDays={trainingDays} />
      <section className="card settings-group" aria-labelledby="activities-heading">
        <h2 id="activities-heading">Your hard activities</h2>
        <p>You rate these each week on the Weekly check screen.</p>
        <HardActivitiesForm
          initial={settings.hardActivities}
          onSave={saveHardActivities}
          submitLabel="Save activities"
        />
      </section>
      <EraseData />
    </>
  );
}
