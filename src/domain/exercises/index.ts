export * from './exercise-level';
export * from './exercise-library';
export * from './exercise-ladders-extension';
export * from './exercise-ladders-hinge';
export * from './exercise-ladders-row';
export * from './exercise-accessories';
export * from './load-units';
