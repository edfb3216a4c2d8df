/**
 * People on X as a seeker meets them: where they are (an offline gazetteer), what their bio says
 * (field, seniority, stage) and how they rank as mentors or peers. Pure functions throughout.
 */
export { type LatLng, distanceKm } from './geo.js';
export { type Place, locate, normalizePlaceName } from './gazetteer.js';
export {
  type BioSignals,
  type CareerStage,
  type FieldVocabulary,
  type Seniority,
  FIELDS,
  bioSignals,
  fieldOf,
  fieldScores,
} from './profile.js';
export {
  type MentorAccount,
  type MentorCandidate,
  type MentorPost,
  type MentorSeeker,
  type RankOptions,
  type RankedMentor,
  DEFAULT_RADIUS_KM,
  mentorFeatures,
  mentorReasons,
  rankMentors,
  scoreMentor,
} from './mentors.js';
export { type PeerCandidate, type PeerSeeker, type RankedPeer, rankPeers } from './peers.js';
