/*
 * Pictures for the workstation checklist. Each takes an optional `highlight` naming the
 * checklist topic being read, and carries its own title and full text description.
 */
export type { PostureTopic } from './posture-geometry';
export { POSTURE_TOPICS } from './posture-geometry';
export type { ZoneKey } from './reach-geometry';
export { ZONE_KEYS } from './reach-geometry';
export { ReachZones, type ReachZonesProps } from './reach-zones';
export { SeatedPosture, type SeatedPostureProps } from './seated-posture';
