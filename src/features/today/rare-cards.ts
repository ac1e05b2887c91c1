// Cards Today shows only in rare states, with what they need (the red-flag questions, the finish
// form; their saves load Dexie when tapped): their own chunk, so the usual first screen downloads less.
export { DoctorVisitCard } from './doctor-visit-card';
export { UnfinishedEpisodesCard } from './unfinished-episode-card';
export { TodayReviewCards } from './today-review-cards';
