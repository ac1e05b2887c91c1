import { activitySchema, checkActivity } from '../domain/episodes';
import { beliefSchema, checkBelief, checkExperiment, experimentSchema } from '../domain/guide';
import { checkCheckin, checkinSchema } from '../domain/episodes';
import { checkEpisode, episodeSchema } from '../domain/episodes';
import { checkMedication, medicationSchema } from '../domain/medications';
import { checkOutcome, outcomeSchema } from '../domain/guide';
import { checkPlan, planSchema } from '../domain/plan';
import { checkPlanChange, planChangeSchema } from '../domain/plan';
import { checkScreening, screeningSchema } from '../domain/safety';
import { checkExerciseSet, checkSession, exerciseSetSchema, sessionSchema } from '../domain/plan';
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
