/**
 * The demo's first seeker, Amara Okafor (Data Analyst, Boston), as the built-in X simulator
 * knows her: with it the X account she connects in the demo is her own, her linked handle
 * matches it, and the posts her voice profile reads are hers.
 */
export const DEMO_X_PERSONA = {
  name: 'Amara Okafor',
  username: 'amara_okafor',
  field: 'data',
  city: 'Boston',
} as const;
