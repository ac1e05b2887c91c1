import { Link, useParams } from 'react-router';
import { exerciseFormOf, findLevel } from '../../domain/exercises';
import { ExercisePictures } from '../../ui/exercise-figure/exercise-pictures';
import { PageTitle } from '../../ui/page-title';
import { ExerciseHistory } from './exercise-history';
import './exercises.css';

/** Route /plan/exercise/:id: how an exercise is done (pictures, cues, a mistake) and its history. */
export function ExercisePage() {
  const { id = '' } = useParams();
  const level = findLevel(id);
  const form = exerciseFormOf(id);
  if (level === undefined || form === undefined) {
    return (
      <>
        <PageTitle>Exercise not found</PageTitle>
        <section className="card">
          <p>
            This exercise isn&apos;t in the app&apos;s library. It may have come from a link that is
            out of date.
          </p>
          <p>
            <Link to="/plan/path" className="button">
              See all your exercises
            </Link>
          </p>
        </section>
      </>
    );
  }
  return (
    <>
      <PageTitle>{level.name}</PageTitle>
      <section className="card" aria-labelledby="how-heading">
        <h2 id="how-heading">How to do it</h2>
        <p className="muted">{level.trains}.</p>
        <ExercisePictures exerciseId={level.id} form={form} />
        <ul className="exercise-cues">
          {level.cues.map((cue) => (
            <li key={cue}>{cue}</li>
          ))}
        </ul>
        <p className="exercise-mistake">
          <strong>Avoid:</strong> {form.mistake}
        </p>
      </section>
      <ExerciseHistory exercise={level} />
      <p className="link-line">
        <Link to="/plan/path">Your path to the destination exercises</Link>
      </p>
    </>
  );
}
