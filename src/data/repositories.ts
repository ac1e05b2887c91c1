import { activitySchema, checkActivity } from '../domain/activity';
import { beliefSchema, checkBelief, checkExperiment, experimentSchema } from '../domain/belief';
import { checkCheckin, checkinSchema } from '../domain/checkin';
import { checkEpisode, episodeSchema } from '../domain/episode';
import { checkMedication, medicationSchema } from '../domain/medication';
import { checkOutcome, outcomeSchema } from '../domain/outcome';
import { checkPlan, planSchema } from '../domain/plan';
import { checkPlanChange, planChangeSchema } from '../domain/plan-change';
import { checkScreening, screeningSchema } from '../domain/screening';
import {
  checkExerciseSet,
  checkSession,
  exerciseSetSchema,
  sessionSchema,
} from '../domain/session';
import { db } from './db';
import { createRepository } from './repository';

// One validated repository per table. Features write only through these (or the hooks beside
// them); nothing outside src/data sees the Dexie tables.
export const episodeRepository = createRepository(() => db.episodes, episodeSchema, checkEpisode);
export const activityRepository = createRepository(
  () => db.activities,
  activitySchema,
  checkActivity,
);
export const checkinRepository = createRepository(() => db.checkins, checkinSchema, checkCheckin);
export const medicationRepository = createRepository(
  () => db.medications,
  medicationSchema,
  checkMedication,
);
export const planRepository = createRepository(() => db.plans, planSchema, checkPlan);
export const sessionRepository = createRepository(() => db.sessions, sessionSchema, checkSession);
export const exerciseSetRepository = createRepository(
  () => db.exerciseSets,
  exerciseSetSchema,
  checkExerciseSet,
);
export const screeningRepository = createRepository(
  () => db.screenings,
  screeningSchema,
  checkScreening,
);
export const beliefRepository = createRepository(() => db.beliefs, beliefSchema, checkBelief);
export const experimentRepository = createRepository(
  () => db.experiments,
  experimentSchema,
  checkExperiment,
);
export const outcomeRepository = createRepository(() => db.outcomes, outcomeSchema, checkOutcome);
export const planChangeRepository = createRepository(
  () => db.planChanges,
  planChangeSchema,
  checkPlanChange,
);
