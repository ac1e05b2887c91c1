import { activityName } from '../episodes';
import type { BackupData } from '../backup';
import { crampDrugClass } from '../medications';
import { movementLabels, type Episode } from '../episodes';
import { daysBetween, durationMinutes, formatDuration, type DayOf } from '../episodes';
import { latestChange, medicationEffect } from '../medications';
import { effectNote } from '../medications';
import { redFlagQuestion } from '../safety';
import { screeningOutcomeLabels } from '../safety';
import { analyseTriggers } from '../triggers';
import { clinicianStatistics, findingSentence, movementName, verdictLabels } from '../triggers';

export type ReportPeriod = { from: string; to: string };

export type ClinicianReport = {
  period: ReportPeriod;
  spasms: {
    count: number;
    perThirtyDays: number;
    meanSeverity: number | null;
    rows: {
      startedAt: string;
      severity: number;
      activity: string;
      movement: string;
      duration: string;
    }[];
  };
  /** Each with the person's sentence and, for the clinician, the rate ratio and the correction. */
  triggers: { name: string; verdict: string; sentence: string; statistics: string }[];
  safetyChecks: { takenAt: string; outcome: string; signs: string[]; seenDoctorOn?: string }[];
  medications: {
    name: string;
    drugClass?: string;
    started: string;
    doses: string[];
    stopped?: string;
    note?: string;
  }[];
  outcomes: { weekOf: string; backPain: number; activities: string[] }[];
};

const live = <T extends { deletedAt?: string | undefined }>(rows: readonly T[]) =>
  rows.filter((row) => row.deletedAt === undefined);
const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * A report for a clinician covering `period` (inclusive days): the spasms with their onset
 * activity and movement, the trigger verdicts with their counts (from the same period's diary),
 * safety checks, medications with their before/after notes, and weekly outcome ratings.
 * Pure: the caller passes the records, `today` and how instants map to local days.
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
  const custom = live(tables.activities);
  const nameOf = (e: Episode) => (e.activityId ? activityName(e.activityId, custom) : 'Not noted');
  const days = daysBetween(period.from, period.to) + 1;

  return {
    period,
    spasms: {
      count: episodes.length,
      perThirtyDays: round1((episodes.length / days) * 30),
      meanSeverity: episodes.length
        ? round1(episodes.reduce((s, e) => s + e.severity, 0) / episodes.length)
        : null,
      rows: episodes.map((e) => {
        const minutes = durationMinutes(e);
        return {
          startedAt: e.startedAt,
          severity: e.severity,
          activity: nameOf(e),
          movement: movementLabels[e.movement],
          duration: minutes === null ? 'Still going' : formatDuration(minutes),
        };
      }),
    },
    triggers: analyseTriggers(episodes, checkins, dayOf)
      .filter((f) => f.verdict !== 'too-early')
      .map((f) => {
        const name = f.kind === 'activity' ? activityName(f.id, custom) : movementName(f.id);
        return {
          name,
          verdict: verdictLabels[f.verdict],
          sentence: findingSentence(f, name),
          statistics: clinicianStatistics(f),
        };
      }),
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
          doses: [m.dose ?? '', ...m.doseChanges.map((d) => `${d.dose} from ${d.on}`)].filter(
            Boolean,
          ),
          ...(m.stoppedOn ? { stopped: m.stoppedOn } : {}),
          ...(note ? { note: `${note.counts} ${note.verdict}` } : {}),
        };
      }),
    outcomes: live(tables.outcomes)
      .filter((o) => inPeriod(o.weekOf))
      .sort((a, b) => a.weekOf.localeCompare(b.weekOf))
      .map((o) => ({
        weekOf: o.weekOf,
        backPain: o.backPain,
        activities: o.activityRatings.map((r) => `${r.activity}: ${r.rating}/10`),
      })),
  };
}
