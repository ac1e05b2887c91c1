import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { exerciseFormOf, exerciseLibrary } from '../../domain/exercises';
import { ExercisePictures } from './exercise-pictures';
import { figureOf } from './pose';
import { poses } from './poses';

describe('exercise pictures', () => {
  it('draws a start and an end for every exercise in the library, inside the drawing', () => {
    for (const level of exerciseLibrary) {
      const pair = poses[level.id];
      expect(pair, level.id).toBeDefined();
      for (const pose of [pair!.start, pair!.end]) {
        const f = figureOf(pose);
        const points = [
          ...f.spine,
          ...f.nearArm,
          ...f.nearLeg,
          ...(f.farArm ?? []),
          ...(f.farLeg ?? []),
        ];
        for (const [x, y] of points) {
          expect(x, level.id).toBeGreaterThanOrEqual(0);
          expect(x, level.id).toBeLessThanOrEqual(240);
          expect(y, level.id).toBeGreaterThanOrEqual(0);
          expect(y, level.id).toBeLessThanOrEqual(140);
        }
      }
      expect(pair!.start).not.toEqual(pair!.end);
    }
  });

  it('names each picture by its visible caption', () => {
    const form = exerciseFormOf('glute-bridge')!;
    render(<ExercisePictures exerciseId="glute-bridge" form={form} />);
    const [start, end] = screen.getAllByRole('img');
    expect(start).toHaveAccessibleName(`Start: ${form.start.description}`);
    expect(end).toHaveAccessibleName(`End: ${form.end.description}`);
  });
});
