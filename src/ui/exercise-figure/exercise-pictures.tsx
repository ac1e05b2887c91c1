import { useId } from 'react';
import type { ExerciseForm } from '../../domain/exercises';
import { PoseDrawing } from './exercise-figure';
import { poses } from './poses';

/**
 * The start and end positions of an exercise, each a line drawing whose visible caption is also
 * its text alternative. Nothing is drawn for an exercise without a drawing.
 */
export function ExercisePictures({ exerciseId, form }: { exerciseId: string; form: ExerciseForm }) {
  const id = useId();
  const pair = poses[exerciseId];
  if (pair === undefined) return null;
  const positions = [
    { key: 'start', pose: pair.start, ...form.start },
    { key: 'end', pose: pair.end, ...form.end },
  ];
  return (
    <div className="exercise-pictures">
      {positions.map((p) => (
        <figure key={p.key} className="exercise-picture">
          <PoseDrawing pose={p.pose} labelledBy={`${id}-${p.key}`} />
          <figcaption id={`${id}-${p.key}`}>
            <strong>{p.label}:</strong> {p.description}
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
