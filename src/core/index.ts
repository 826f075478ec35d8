// The pure core: no browser, no DOM, no clock. Pages and the worker import from here.
export * from './history/daily';
export * from './history/parse-history';
export { idleDetectionSeconds } from './schedule/idle';
export * from './schedule/initial-state';
export * from './schedule/parse-state';
export * from './schedule/pause';
export * from './schedule/reduce';
export * from './schedule/status';
export * from './schedule/timers';
export * from './schedule/types';
export * from './settings/defaults';
export * from './settings/limits';
export * from './settings/migrate';
export * from './settings/validate';
export * from './time/local-time';
export * from './time/work-hours';
