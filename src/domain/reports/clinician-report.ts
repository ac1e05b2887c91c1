import { activityName, movementLabels, type Episode } from '../episodes';
import type { BackupData } from '../backup';
import { crampDrugClass, latestChange, medicationEffect, effectNote } from '../medications';
import { daysBetween, durationMinutes, formatDuration, type DayOf } from '../episodes';
import { overallChange } from '../guide';
import { redFlagQuestion, screeningOutcomeLabels } from '../safety';
import { analyseTriggers, type TriggerFinding } from '../triggers';
import { clinicianStatistics, findingSentence, movementName, verdictLabels } from '../triggers';
import type { ReportPeriod } from './report-period';
import { planHistory, planNow, type ReportPlanHistory, type ReportPlanNow } from './report-plan';
import { monthlyTrend, onsetActivities, type ReportMonth } from './report-trends';
import { reportBeliefs, type ReportBeliefs } from './report-guide';

export type { ReportPeriod } from './report-period';

/** Up to this many spasms, the report lists each; beyond it, the monthly summary says enough. */
export const SPASM_ROWS_LIMIT = 12;

export type ClinicianReport = {
  period: ReportPeriod;
  spasms: {
    count: number;
    perThirtyDays: number;
    meanSeverity: number | null;
    /** Each spasm, oldest first, when there are at most SPASM_ROWS_LIMIT; else empty. */
    rows: {
      startedAt: string;
      severity: number;
      activity: string;
      movement: string;
      duration: string;
    }[];
    onsetActivities: { name: string; count: number }[];
  };
  months: ReportMonth[];
  /** Weekly ratings, first rated week of the period against the last (null under two weeks). */
  outcomeChange: ReturnType<typeof overallChange>;
  /**
   * Likely and possible triggers over ALL records, not just the period: a trigger needs years of
   * diary to show. Each with the person's sentence and the clinician's statistics.
   */
  triggers: { name: string; verdict: string; sentence: string; statistics: string }[];
  /** What was tested over all records and showed no sign, by name only (two pages hold a year). */
  noSign: string[];
  /** The first day the trigger findings draw on (earliest check-in or spasm), if any. */
  triggersSince: string | null;
  plan: ReportPlanNow | null;
  planHistory: ReportPlanHistory;
  guide: ReportBeliefs;
  safetyChecks: { takenAt: string; outcome: string; signs: string[]; seenDoctorOn?: string }[];
  medications: {
    name: string;
    drugClass?: string;
    started: string;
    doses: { dose: string; from?: string }[];
    stopped?: string;
    note?: string;
  }[];
};

const live = <T extends { deletedAt?: string | undefined }>(rows: readonly T[]) =>
  rows.filter((row) => row.deletedAt === undefined);
const round1 = (value: number) => Math.round(value * 10) / 10;

function allTimeTriggers(tables: BackupData, dayOf: DayOf) {
  const episodes = live(tables.episodes);
  const checkins = live(tables.checkins);
  const custom = live(tables.activities);
  const firsts = [...checkins.map((c) => c.day), ...episodes.map((e) => dayOf(e.startedAt))];
  const findings = analyseTriggers(episodes, checkins, dayOf);
  const nameOf = (f: TriggerFinding) =>
    f.kind === 'activity' ? activityName(f.id, custom) : movementName(f.id);
  const triggers = findings
    .filter((f) => f.verdict === 'likely' || f.verdict === 'possible')
    .map((f) => ({
      name: nameOf(f),
      verdict: verdictLabels[f.verdict],
      sentence: findingSentence(f, nameOf(f)),
      statistics: clinicianStatistics(f),
    }));
  return {
    triggers,
    noSign: findings.filter((f) => f.verdict === 'no-sign').map(nameOf),
    triggersSince: firsts.length ? firsts.reduce((a, b) => (b < a ? b : a)) : null,
  };
}

/**
 * A report for a clinician covering `period` (inclusive days): spasms (each one for a short
 * period, a monthly summary always), pain and weekly-rating trends, trigger findings over all
 * records, the exercise plan and its history with flare periods, beliefs and experiments, safety
 * checks and medicines. Pure: the caller passes the records, `today` and how instants map to days.
 */
export function buildClinicianReport(
  tables: BackupData,
  period: ReportPeriod,
  today: string,
  dayOf: DayOf,
): ClinicianReport {
  const inPeriod = (day: string) => day >= period.from && day <= period.to;
  const episodes = live(tables.episodes)
    .filter((e) => inPeriod(dayOf(e.startedAt)))
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const checkins = live(tables.checkins).filter((c) => inPeriod(c.day));
  const outcomes = live(tables.outcomes)
    .filter((o) => inPeriod(o.weekOf))
    .sort((a, b) => a.weekOf.localeCompare(b.weekOf));
  const custom = live(tables.activities);
  const nameOf = (e: Episode) => (e.activityId ? activityName(e.activityId, custom) : 'Not noted');
  const days = daysBetween(period.from, period.to) + 1;
  const plan = live(tables.plans)
    .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
    .at(-1);

  return {
    period,
    spasms: {
      count: episodes.length,
      perThirtyDays: round1((episodes.length / days) * 30),
      meanSeverity: episodes.length
        ? round1(episodes.reduce((s, e) => s + e.severity, 0) / episodes.length)
        : null,
      rows: episodes.length > SPASM_ROWS_LIMIT ? [] : episodes.map((e) => spasmRow(e, nameOf)),
      onsetActivities: onsetActivities(episodes, nameOf),
    },
    months: monthlyTrend(episodes, checkins, outcomes, period, dayOf),
    outcomeChange: overallChange(outcomes),
    ...allTimeTriggers(tables, dayOf),
    plan: planNow(plan),
    planHistory: planHistory(live(tables.planChanges), period),
    guide: reportBeliefs(live(tables.beliefs), live(tables.experiments), period, dayOf),
    safetyChecks: live(tables.screenings)
      .filter((s) => inPeriod(dayOf(s.takenAt)))
      .sort((a, b) => a.takenAt.localeCompare(b.takenAt))
      .map((s) => ({
        takenAt: s.takenAt,
        outcome: screeningOutcomeLabels[s.outcome],
        signs: Object.entries(s.answers).flatMap(([id, yes]) =>
          yes ? [redFlagQuestion(id)?.text ?? id] : [],
        ),
        ...(s.seenDoctorOn ? { seenDoctorOn: s.seenDoctorOn } : {}),
      })),
    medications: live(tables.medications)
      .filter(
        (m) =>
          m.startedOn <= period.to && (m.stoppedOn === undefined || m.stoppedOn >= period.from),
      )
      .map((m) => {
        const drugClass = crampDrugClass(m.drugClass);
        const change = drugClass ? latestChange(m, drugClass.watch, today) : null;
        const note =
          drugClass && change
            ? effectNote(medicationEffect(change, tables.episodes, today, dayOf), m.name, drugClass)
            : undefined;
        return {
          name: m.name,
          ...(drugClass ? { drugClass: drugClass.label } : {}),
          started: m.startedOn,
          doses: [
            ...(m.dose ? [{ dose: m.dose }] : []),
            ...m.doseChanges.map((d) => ({ dose: d.dose, from: d.on })),
          ],
          ...(m.stoppedOn ? { stopped: m.stoppedOn } : {}),
          ...(note ? { note: `${note.counts} ${note.verdict}` } : {}),
        };
      }),
  };
}

function spasmRow(e: Episode, nameOf: (e: Episode) => string) {
  const minutes = durationMinutes(e);
  return {
    startedAt: e.startedAt,
    severity: e.severity,
    activity: nameOf(e),
    movement: movementLabels[e.movement],
    duration: minutes === null ? 'Still going' : formatDuration(minutes),
  };
}
