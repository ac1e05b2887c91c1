import * as z from 'zod/mini';
import { checkActivity } from '../episodes';
import { checkEpisode, easers, movements, regions, sides, type Episode } from '../episodes';
import { lbToKg, type Units } from '../settings';
import { FORM_ERROR_KEY, type Clock, type FieldErrors, type Validation } from '../common';

/**
 * When the spasm started. Design choice: "Earlier today" and "Yesterday" reveal one "About what
 * time?" time-of-day input (the day is implied by the choice), because people remember "about 3"
 * far better than a full date; "Exact time" takes a full date and time for anything older.
 */
export const startChoices = ['just-now', 'earlier-today', 'yesterday', 'exact'] as const;
export type StartChoice = (typeof startChoices)[number];

/**
 * What the "Log a spasm" form holds, exactly as typed: numbers stay text so a half-typed "1." is
 * kept, and local times stay as <input> values. Also the shape kept in localStorage between visits,
 * so it is read back through this schema (anything that no longer fits is dropped, never trusted).
 */
export const episodeDraftSchema = z.object({
  severity: z.optional(z.int().check(z.minimum(0), z.maximum(10))),
  activityId: z.optional(z.string()),
  /** "Add your own": a new activity, saved with the episode; takes the place of activityId. */
  newActivity: z.string(),
  movement: z.optional(z.enum(movements)),
  when: z.enum(startChoices),
  /** 'HH:mm' for "Earlier today" and "Yesterday". */
  startTime: z.string(),
  /** 'YYYY-MM-DDTHH:mm' for "Exact time". */
  exactStart: z.string(),
  region: z.enum(regions),
  side: z.optional(z.enum(sides)),
  load: z.string(),
  couldMove: z.enum(['yes', 'no', '']),
  easedBy: z.array(z.enum(easers)),
  stillGoing: z.boolean(),
  /** 'YYYY-MM-DDTHH:mm', used only when the spasm is no longer going. */
  endedAt: z.string(),
  notes: z.string(),
});

export type EpisodeDraft = z.infer<typeof episodeDraftSchema>;

/** A new episode as a caller supplies it to the repository (no id or bookkeeping times). */
export type NewEpisode = Omit<Episode, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

/** Turns a local wall time 'YYYY-MM-DDTHH:mm' into an ISO instant ('' when it isn't a real time). */
export type ToInstant = (local: string) => string;

/** A blank form: started just now, still going, in the region logged last (or the lower back). */
export function emptyDraft(lastRegion: EpisodeDraft['region'] = 'lower-back'): EpisodeDraft {
  return {
    severity: undefined,
    newActivity: '',
    when: 'just-now',
    startTime: '',
    exactStart: '',
    region: lastRegion,
    load: '',
    couldMove: '',
    easedBy: [],
    stillGoing: true,
    endedAt: '',
    notes: '',
  };
}

/** A stored draft read back from storage, or undefined when it no longer fits the form. */
export function parseDraft(input: unknown): EpisodeDraft | undefined {
  const parsed = episodeDraftSchema.safeParse(input);
  return parsed.success ? parsed.data : undefined;
}

/** The calendar day before `day` ('YYYY-MM-DD'). */
export function previousDay(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** Parses typed load text; "" is no load, a comma works as the decimal point. */
export function parseLoad(text: string): number | undefined | 'invalid' {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  return /^-?(\d+\.?\d*|\.\d+)$/.test(trimmed) ? Number(trimmed) : 'invalid';
}

/** The trimmed name typed under "Add your own", or undefined when blank. */
export function newActivityName(draft: EpisodeDraft): string | undefined {
  const name = draft.newActivity.trim();
  return name === '' ? undefined : name;
}

function startLocal(draft: EpisodeDraft, clock: Clock): string | undefined {
  if (draft.when === 'exact') return draft.exactStart === '' ? undefined : draft.exactStart;
  if (!/^\d{2}:\d{2}$/.test(draft.startTime)) return undefined;
  const day = draft.when === 'yesterday' ? previousDay(clock.today) : clock.today;
  return `${day}T${draft.startTime}`;
}

/** The form field each episode error belongs on, given how the start time was entered. */
function fieldOf(path: string, draft: EpisodeDraft): string {
  if (path === 'startedAt') {
    if (draft.when === 'exact') return 'exactStart';
    return draft.when === 'just-now' ? 'when' : 'startTime';
  }
  if (path === 'loadKg') return 'load';
  if (path.startsWith('easedBy')) return 'easedBy';
  return ['id', 'createdAt', 'updatedAt'].includes(path) ? FORM_ERROR_KEY : path;
}

/**
 * Turns the form into a new episode, or messages keyed by form field. The episode rules are
 * checkEpisode's own (one source of messages); this adds only what the form itself needs: a
 * severity chosen, a time entered, load text that is a number, a valid "Add your own" name.
 * Invariants: ok only when checkEpisode accepts the result; a load typed in lb is stored in kg;
 * movement defaults to "not-sure"; when a new activity is named, activityId is left for the caller
 * to fill in once that activity is stored.
 */
/**
 * "Just now" is taken to the minute, the precision of every other time on the form, so a spasm
 * logged "just now" that "eased at" this minute is not refused as ending before it started. Nor
 * is one whose ease time was filled in a minute or two before Save was tapped: "just now" is then
 * no later than the time it eased.
 */
function justNow(clock: Clock, endedAt: string | undefined): string {
  const minute = `${clock.now.slice(0, 16)}:00.000Z`;
  if (endedAt === undefined || endedAt === '' || endedAt >= minute) return minute;
  // Only the minutes a form takes to fill in; an ease time hours ago is a mistake to point out.
  const gap = Date.parse(minute) - Date.parse(endedAt);
  return gap <= JUST_NOW_MINUTES * 60_000 ? endedAt : minute;
}

/** How long before Save "just now" may reach back to meet the time the spasm eased. */
const JUST_NOW_MINUTES = 10;

export function draftToEpisode(
  draft: EpisodeDraft,
  clock: Clock,
  units: Units,
  toInstant: ToInstant,
): Validation<NewEpisode> {
  const errors: FieldErrors = {};
  if (draft.severity === undefined) errors.severity = 'Choose how bad it is, from 0 to 10';
  const local = draft.when === 'just-now' ? undefined : startLocal(draft, clock);
  if (draft.when !== 'just-now' && local === undefined) {
    errors[draft.when === 'exact' ? 'exactStart' : 'startTime'] = 'Enter when it started';
  }
  if (!draft.stillGoing && draft.endedAt === '') errors.endedAt = 'Enter when it eased';
  const load = parseLoad(draft.load);
  if (load === 'invalid') errors.load = 'Load must be a number';
  const name = newActivityName(draft);
  if (name !== undefined) {
    const activity = { id: 'new', createdAt: clock.now, updatedAt: clock.now, name };
    const checked = checkActivity(activity, clock);
    if (!checked.ok) errors.newActivity = Object.values(checked.errors)[0] ?? 'Check the name';
  }

  const endedAt = draft.stillGoing || draft.endedAt === '' ? undefined : toInstant(draft.endedAt);
  const episode: NewEpisode = {
    startedAt:
      draft.when === 'just-now'
        ? justNow(clock, endedAt)
        : local === undefined
          ? ''
          : toInstant(local),
    severity: draft.severity ?? 0,
    region: draft.region,
    side: draft.side,
    activityId: name === undefined ? draft.activityId : undefined,
    movement: draft.movement ?? 'not-sure',
    loadKg: typeof load === 'number' ? (units === 'lb' ? lbToKg(load) : load) : undefined,
    endedAt,
    easedBy: draft.easedBy,
    couldMove: draft.couldMove === '' ? undefined : draft.couldMove === 'yes',
    notes: draft.notes.trim() === '' ? undefined : draft.notes,
  };
  const checked = checkEpisode(
    { ...episode, id: 'new', createdAt: clock.now, updatedAt: clock.now },
    clock,
  );
  if (!checked.ok) {
    for (const [path, message] of Object.entries(checked.errors)) {
      errors[fieldOf(path, draft)] ??= message;
    }
  }
  if (!checked.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  // The stand-in bookkeeping fields were only there to satisfy the record schema.
  const value: Partial<Episode> = { ...checked.value };
  delete value.id;
  delete value.createdAt;
  delete value.updatedAt;
  delete value.deletedAt;
  return { ok: true, value: value as NewEpisode };
}

/**
 * Design choice: after saving a spasm rated 8 or more, or one nothing eased ("nothing the person
 * does changes the pain" is an NHS see-a-doctor-soon sign, docs/domain.md §3), the app offers
 * the safety check. It never says what the cause might be.
 */
export function offersSafetyCheck(episode: Pick<Episode, 'severity' | 'easedBy'>): boolean {
  return episode.severity >= 8 || episode.easedBy.includes('nothing');
}
