/**
 * A job seeker's voice on X: a profile of what they post about and how (themes, pillar shares,
 * tone, cadence, month-to-month consistency), an audit of old posts a recruiter could stop at, and
 * a pre-publication check of drafts. Pure, deterministic functions over posts already stored; no
 * I/O, no model, and no inference about who the seeker is.
 */
export { type Pillar, stem } from './pillars.js';
export { type VoiceMonth, type VoicePost, type VoiceProfile, voiceProfile } from './profile.js';
export { type AuditFinding, type AuditOptions, type AuditReason, auditPosts } from './audit.js';
export { type DraftCheck, type DraftCode, type DraftFinding, checkDraft } from './draft.js';
export {
  type HostilityMatch,
  type PersonalDataKind,
  type PersonalDataMatch,
  type ProfanityMatch,
  type Severity,
  findHostility,
  findPersonalData,
  findProfanity,
} from './detectors.js';
export { linksIn, xLength } from './x-length.js';
