/**
 * People on X as a seeker meets them: where they are (an offline gazetteer), what their bio says
 * (field, seniority, stage) and how they rank as mentors or peers. Pure functions throughout.
 */
export { type LatLng, distanceKm } from './geo.js';
