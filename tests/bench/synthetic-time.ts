// Instants for the synthetic generators: UTC, to the minute.
const pad = (n: number) => String(n).padStart(2, '0');

/** The instant `hour`:`minute` UTC on `day`. */
export const at = (day: string, hour: number, minute = 0) =>
  `${day}T${pad(hour)}:${pad(minute)}:00.000Z`;

/** The instant `minutes` after `instant`. */
export const plusMinutes = (instant: string, minutes: number) =>
  new Date(Date.parse(instant) + minutes * 60_000).toISOString();

export const clamp = (value: number, low: number, high: number) =>
  Math.min(high, Math.max(low, value));
