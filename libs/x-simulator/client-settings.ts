/**
 * Pointing twitter-api-v2 at a simulator, as x-api.md §1 prescribes: a plugin that rewrites the
 * library's absolute X URLs to the simulator origin, and a plain `http.Agent` (without it the
 * library refuses `http:` URLs). The authorize link of `generateOAuth2AuthLink` is never
 * requested by the library, so it is rewritten separately.
 */
import { Agent } from 'node:http';
import type { IClientSettings, ITwitterApiClientPlugin } from 'twitter-api-v2';

const X_ORIGIN = /^https:\/\/(api|upload|stream)\.(x|twitter)\.com/;
const AUTHORIZE_ORIGIN = /^https:\/\/(www\.)?(x|twitter)\.com(?=\/i\/oauth2\/authorize)/;

/** A twitter-api-v2 plugin sending every request to `simUrl` (idempotent). */
export function simulatorPlugin(simUrl: string): ITwitterApiClientPlugin {
  const base = simUrl.replace(/\/+$/, '');
  return {
    onBeforeRequestConfig: ({ params }) => {
      params.url = params.url.replace(X_ORIGIN, base);
    },
    onBeforeStreamRequestConfig: ({ params }) => {
      params.url = params.url.replace(X_ORIGIN, base);
    },
  };
}

/** Client settings for `new TwitterApi(token, settings)` against a simulator. */
export function simulatorClientSettings(simUrl: string): Partial<IClientSettings> {
  return { plugins: [simulatorPlugin(simUrl)], httpAgent: new Agent({ keepAlive: true }) };
}

/** Rewrites the x.com origin of an OAuth 2.0 authorize link to the simulator's. */
export function rewriteAuthorizeUrl(url: string, simUrl: string): string {
  return url.replace(AUTHORIZE_ORIGIN, simUrl.replace(/\/+$/, ''));
}
