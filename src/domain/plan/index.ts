export * from './plan';
export * from './plan-change';
export * from './session';
export * from './review-types';
export * from './phase';
export * from './owned-equipment';
