/** The days a clinician report covers, both inclusive ('YYYY-MM-DD'). */
export type ReportPeriod = { from: string; to: string };
