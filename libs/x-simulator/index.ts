/**
 * X API v2 simulator: a loopback HTTP server that speaks X's wire format (envelopes, fields and
 * expansions, pagination, problem bodies, rate-limit headers, OAuth 2.0 with PKCE) over a
 * deterministic demo world of companies, recruiters, news, mentors, peers and job seekers. Tests
 * drive it through twitter-api-v2; `npm start` can use it when no X credentials are set.
 *
 * ```ts
 * const sim = await startXSimulator({ seed: 7 });
 * const client = new TwitterApi(sim.appBearerToken, simulatorClientSettings(sim.url));
 * const { data } = await client.v2.userByUsername('acme');
 * await sim.close();
 * ```
 */
import { WorldStore, type World } from './world.js';
import { generateWorldData, type WorldOptions } from './world-generator.js';

export {
  startXSimulator,
  type AuthKind,
  type RequestRecord,
  type SimulatorPolicy,
  type XSimulator,
  type XSimulatorOptions,
} from './server.js';
export {
  ACCOUNT_KINDS,
  type AccountKind,
  type Industry,
  type ReferenceType,
  type SimBurst,
  type SimCompany,
  type SimConference,
  type SimHashtagChat,
  type SimList,
  type SimOpening,
  type SimTweet,
  type SimTweetMetrics,
  type SimUser,
  type SimUserMetrics,
  type World,
  type WorldData,
  type WorkMode,
} from './world.js';
export {
  DEFAULT_WORLD_NOW,
  generateWorldData,
  type SeekerPersona,
  type WorldOptions,
} from './world-generator.js';
export {
  FAULT_STATUSES,
  FaultSpecError,
  type FaultInfo,
  type FaultSpec,
  type FaultStatus,
  type Faults,
} from './faults.js';
export {
  ACCESS_TOKEN_TTL_MS,
  CODE_TTL_MS,
  DEFAULT_OAUTH_CLIENT,
  OAUTH_SCOPES,
  PERCH_SCOPES,
  type OAuthClient,
} from './oauth.js';
export {
  limitsFor,
  type EndpointId,
  type EndpointLimits,
  type Limit,
  type Tier,
} from './rate-limits.js';
export {
  formatQuery,
  matchesQuery,
  parseQuery,
  QuerySyntaxError,
  type QueryClause,
  type QueryNode,
  type SearchablePost,
} from './query.js';
export {
  rewriteAuthorizeUrl,
  simulatorClientSettings,
  simulatorPlugin,
} from './client-settings.js';
export {
  openingClosed,
  webKey,
  type SimWeb,
  type WebAnswer,
  type WebRequestRecord,
} from './web.js';
export type { HashtagEntity, MentionEntity, TweetEntities, UrlEntity } from './text.js';

/**
 * Generates the demo world for a seed: the same seed and options give a byte-identical world
 * (compare `toJSON()`), different seeds differ. The default size (about 3,300 accounts and
 * 45,000 posts over 90 days before 2026-11-26) takes well under two seconds.
 */
export function generateWorld(seed: number, options: WorldOptions = {}): World {
  return new WorldStore(generateWorldData(seed, options));
}
