export default async function globalTeardown(): Promise<void> {
  const pg = (globalThis as { __perchPg?: { stop(): Promise<void> } }).__perchPg;
  await pg?.stop();
}
