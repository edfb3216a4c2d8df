import { readFileSync, writeFileSync } from 'node:fs';
import { CONFIG_VARS, ConfigError, parseEnv } from './config.js';

/** What .env.example must say: every variable, its description, default and secrecy. */
function expectedEnvExample(): string {
  const lines = [
    '# Perch configuration: every variable the server reads, generated from src/config/config.ts.',
    '# `npm start` needs none of them. Production needs NODE_ENV=production, DATABASE_URL,',
    '# JWT_SECRET and PERCH_MASTER_KEY. Regenerate with UPDATE_ENV_EXAMPLE=1 npm run test:only -- config',
    '',
  ];
  for (const [name, spec] of Object.entries(CONFIG_VARS)) {
    const parsed = spec.schema.safeParse(undefined);
    const def = parsed.success && parsed.data !== undefined ? String(parsed.data) : '';
    lines.push(`# ${spec.description}${spec.secret ? ' Secret.' : ''}`, `# ${name}=${def}`, '');
  }
  return lines.join('\n');
}

describe('configuration', () => {
  it('documents every variable in .env.example', () => {
    const file = new URL('../../.env.example', import.meta.url);
    if (process.env.UPDATE_ENV_EXAMPLE === '1') writeFileSync(file, expectedEnvExample());
    expect(readFileSync(file, 'utf8')).toBe(expectedEnvExample());
  });

  it('applies defaults for an empty environment', () => {
    const cfg = parseEnv({});
    expect(cfg).toMatchObject({
      NODE_ENV: 'development',
      PERCH_ROLE: 'all',
      PORT: 3000,
      HTTP_PLATFORM: 'fastify',
    });
  });

  it('names each bad variable, and never echoes a secret', () => {
    let err: unknown;
    try {
      parseEnv({ PORT: 'eighty', PERCH_ROLE: 'both', JWT_SECRET: 'short-secret-value' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as ConfigError).message;
    expect(msg).toMatch(/PORT: .*\(got "eighty"\)/);
    expect(msg).toMatch(/PERCH_ROLE: /);
    expect(msg).toMatch(/JWT_SECRET: must be at least 32 characters/);
    expect(msg).not.toContain('short-secret-value');
  });

  it('takes trusted proxies as addresses, ranges or proxy-addr names, and nothing else', () => {
    expect(parseEnv({ TRUST_PROXY: '10.0.0.0/8, loopback,::1' }).TRUST_PROXY).toBe(
      '10.0.0.0/8, loopback,::1',
    );
    // A hop count is refused: Fastify would silently trust nobody with it.
    for (const bad of ['1', 'true', '*', '10.0.0.0/8;x']) {
      expect(() => parseEnv({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY/);
    }
  });

  it('requires real secrets and a database in production', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET: required in production[\s\S]*PERCH_MASTER_KEY[\s\S]*DATABASE_URL/,
    );
  });
});
