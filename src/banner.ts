import type { Perch } from './bootstrap.js';

/** What a person needs after `npm start`: where to go and how to sign in. */
export function printBanner(perch: Perch, workerRunning: boolean): void {
  const { config, demo } = perch;
  const base = config.publicUrl ?? `http://localhost:${config.port}`;
  const lines = [
    '',
    '  Perch is running',
    '',
    config.role === 'worker'
      ? '  HTTP:        off (PERCH_ROLE=worker)'
      : `  GraphQL:     ${base}/graphql`,
  ];
  if (config.role !== 'worker')
    lines.splice(2, 0, `  Console:     ${base}/   (coaches sign in here)`);
  if (config.role !== 'worker' && config.env !== 'production') {
    lines.push(`  Sandbox:     ${base}/graphql   (open in a browser)`);
  }
  if (config.role !== 'worker') lines.push(`  Health:      ${base}/health/ready`);
  lines.push(`  Worker:      ${workerRunning ? 'running' : 'off'}`);
  lines.push(
    `  X:          ${perch.x.simulatorUrl ? ` built-in simulator at ${perch.x.simulatorUrl} (no X credentials set)` : perch.x.appBearerToken ? ` ${perch.x.baseUrl ?? 'api.x.com'}` : ' not configured'}`,
  );
  lines.push(
    `  Database:    ${perch.database.embedded ? `embedded PostgreSQL on port ${perch.database.embedded.port}, data in ${config.dataDir}/pg` : 'DATABASE_URL'}`,
  );
  if (demo) {
    lines.push(
      '',
      `  Demo tenant "${demo.tenantName}" (slug ${demo.tenantSlug}); sign in to the console (or with the login mutation):`,
    );
    for (const l of demo.logins)
      lines.push(`    ${l.role.padEnd(7)} ${l.email.padEnd(30)} ${l.password}`);
  }
  lines.push('');
  process.stdout.write(`${lines.join('\n')}\n`);
}
