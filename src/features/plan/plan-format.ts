const shortDay = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'short',
});

/** "Wednesday 18 Nov" for a 'YYYY-MM-DD' day (noon, so no time zone moves it a day). */
export function formatShortDay(day: string): string {
  return shortDay.format(new Date(`${day}T12:00:00`));
}
