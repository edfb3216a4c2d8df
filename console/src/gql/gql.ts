/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Caseload {\n    caseload(first: 2000) {\n      seeker {\n        id\n        name\n        status\n        targetRoles\n      }\n      companiesTargeted\n      companiesResearched\n      outreachMoves30d\n      checkIns30d\n      eventsJoined\n      openApplications\n      pipelineStage\n      voiceScore\n      voiceTrend {\n        month\n        score\n      }\n      lastActivityAt\n      xConnected\n      atRisk {\n        reason\n        detail\n      }\n    }\n  }\n": typeof types.CaseloadDocument,
    "\n  query SeekerHeader($id: ID!) {\n    seeker(id: $id) {\n      id\n      name\n      status\n      careerStage\n      targetRoles\n      locations\n    }\n  }\n": typeof types.SeekerHeaderDocument,
    "\n  query Viewer {\n    viewer {\n      role\n      seekerId\n      member {\n        id\n        name\n        email\n      }\n      organizations {\n        slug\n        name\n        role\n      }\n    }\n    tenant {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  query Caseload {\n    caseload(first: 2000) {\n      seeker {\n        id\n        name\n        status\n        targetRoles\n      }\n      companiesTargeted\n      companiesResearched\n      outreachMoves30d\n      checkIns30d\n      eventsJoined\n      openApplications\n      pipelineStage\n      voiceScore\n      voiceTrend {\n        month\n        score\n      }\n      lastActivityAt\n      xConnected\n      atRisk {\n        reason\n        detail\n      }\n    }\n  }\n": types.CaseloadDocument,
    "\n  query SeekerHeader($id: ID!) {\n    seeker(id: $id) {\n      id\n      name\n      status\n      careerStage\n      targetRoles\n      locations\n    }\n  }\n": types.SeekerHeaderDocument,
    "\n  query Viewer {\n    viewer {\n      role\n      seekerId\n      member {\n        id\n        name\n        email\n      }\n      organizations {\n        slug\n        name\n        role\n      }\n    }\n    tenant {\n      id\n      name\n      slug\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Caseload {\n    caseload(first: 2000) {\n      seeker {\n        id\n        name\n        status\n        targetRoles\n      }\n      companiesTargeted\n      companiesResearched\n      outreachMoves30d\n      checkIns30d\n      eventsJoined\n      openApplications\n      pipelineStage\n      voiceScore\n      voiceTrend {\n        month\n        score\n      }\n      lastActivityAt\n      xConnected\n      atRisk {\n        reason\n        detail\n      }\n    }\n  }\n"): typeof import('./graphql').CaseloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeekerHeader($id: ID!) {\n    seeker(id: $id) {\n      id\n      name\n      status\n      careerStage\n      targetRoles\n      locations\n    }\n  }\n"): typeof import('./graphql').SeekerHeaderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      role\n      seekerId\n      member {\n        id\n        name\n        email\n      }\n      organizations {\n        slug\n        name\n        role\n      }\n    }\n    tenant {\n      id\n      name\n      slug\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
