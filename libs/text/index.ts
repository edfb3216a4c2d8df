/**
 * Text analytics for posts: deterministic, offline and fast, so a dossier or a trend computed
 * twice gives the same answer and costs no API call. Tokens (words, hashtags, mentions, links,
 * emoji), canonical links, distinctive terms against a background, bursts against each term's own
 * baseline, near duplicates, tone, and hiring signals. Pure functions throughout.
 */
export { type Token, type TokenKind, STOPWORDS, contentWord, terms, tokenize } from './tokenize.js';
export { canonicalUrl, isTrackingParam } from './url.js';
export {
  type CountOptions,
  type DistinctiveTerm,
  type TermCounts,
  countTerms,
  distinctiveTerms,
  mergeCounts,
} from './keywords.js';
export {
  type Baseline,
  type Burst,
  type BurstOptions,
  advanceBaseline,
  burstScore,
  detectBursts,
  emptyBaseline,
  observeBucket,
  updateBaseline,
} from './bursts.js';
export { hamming, isNearDuplicate, simhash } from './simhash.js';
export { type Readability, formality, readability, sentiment } from './tone.js';
export { type HiringSignals, type Workplace, hiringSignals } from './hiring.js';
export {
  type ContactType,
  type FindingSeverity,
  type OutreachChannel,
  type OutreachCheck,
  type OutreachCode,
  type OutreachContext,
  type OutreachFinding,
  type OutreachTemplate,
  checkOutreach,
  fillTemplate,
  outreachTemplates,
} from './outreach.js';
export {
  type EmploymentType,
  type JobField,
  type JobPosting,
  type JobPostingOptions,
  type Salary,
  type SalaryPeriod,
  type Seniority,
  type WorkplaceType,
  extractJobPosting,
  regexOnlyJobPosting,
} from './jobs.js';
export { X_URL_WEIGHT, xLinkable, xPlainLength, xWeightedLength } from './x-length.js';
