/** Shared steps of the reports and data-rights suites. */
import type { TestApp } from '../../helpers/app.js';

export async function activate(t: TestApp, token: string, seekerId: string): Promise<void> {
  const r = await t.gql(
    `mutation($i: ActivateSeekerInput!) { activateSeeker(input: $i) { userErrors { code message } } }`,
    { i: { seekerId } },
    token,
  );
  expect(r.data?.activateSeeker.userErrors).toEqual([]);
}

export async function archive(t: TestApp, token: string, seekerId: string): Promise<void> {
  const r = await t.gql(
    `mutation($i: ArchiveSeekerInput!) { archiveSeeker(input: $i) { userErrors { code message } } }`,
    { i: { seekerId } },
    token,
  );
  expect(r.data?.archiveSeeker.userErrors).toEqual([]);
}

/** Saves a job for the seeker and moves it through `stages`; returns the application id. */
export async function pipeline(
  t: TestApp,
  token: string,
  seekerId: string,
  stages: string[] = [],
): Promise<string> {
  const saved = await t.gql(
    `mutation($i: SaveJobInput!) { saveJob(input: $i) { application { id } userErrors { code message } } }`,
    { i: { seekerId, title: 'Data Analyst', company: 'Acme' } },
    token,
  );
  const id = saved.data?.saveJob.application?.id as string;
  expect(id).toBeTruthy();
  for (const stage of stages) {
    const r = await t.gql(
      `mutation($i: MoveJobApplicationInput!) { moveJobApplication(input: $i) { userErrors { code message } } }`,
      { i: { applicationId: id, stage } },
      token,
    );
    expect(r.data?.moveJobApplication.userErrors).toEqual([]);
  }
  return id;
}
