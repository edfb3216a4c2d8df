import { Field, ID, ObjectType } from '@nestjs/graphql';
import { X509Certificate } from 'node:crypto';
import { toGlobalId } from '../../../platform/graphql/global-id.js';
import { Node } from '../../../platform/graphql/node.js';
import { Connection } from '../../../platform/graphql/pagination.js';
import { Payload } from '../../../platform/graphql/user-error.js';
import type { ConnectionRow } from '../sso.repository.js';

@ObjectType('SsoRoleMapping')
export class SsoRoleMappingModel {
  @Field() value!: string;
  @Field() role!: string;
}

/** URLs the IdP admin enters on their side. */
export interface SsoUrls {
  spEntityId: string;
  acsUrl: string;
  metadataUrl: string;
  loginUrl: string;
  redirectUri: string | null;
}

@ObjectType('SsoConnection', {
  implements: () => [Node],
  description: 'A tenant’s SAML 2.0 or OIDC identity provider. The client secret is never shown.',
})
export class SsoConnectionModel extends Node {
  @Field({ description: 'SAML or OIDC.' }) protocol!: string;
  @Field() name!: string;
  @Field() enabled!: boolean;
  @Field() requireSsoForStaff!: boolean;
  @Field(() => String, { nullable: true }) samlIdpEntityId!: string | null;
  @Field(() => String, { nullable: true }) samlSsoUrl!: string | null;
  @Field(() => [String], { description: 'SHA-256 fingerprints of the IdP signing certificates.' })
  samlIdpCertificateFingerprints!: string[];
  @Field(() => String, { nullable: true }) oidcIssuer!: string | null;
  @Field(() => String, { nullable: true }) oidcClientId!: string | null;
  @Field() oidcClientSecretSet!: boolean;
  @Field(() => String, { nullable: true }) emailAttribute!: string | null;
  @Field(() => String, { nullable: true }) nameAttribute!: string | null;
  @Field(() => String, { nullable: true }) roleAttribute!: string | null;
  @Field(() => [SsoRoleMappingModel]) roleMappings!: SsoRoleMappingModel[];
  @Field(() => String, { nullable: true }) defaultRole!: string | null;
  @Field(() => [String]) jitRoles!: string[];
  @Field({ description: 'SAML: our entity id (the audience) for this tenant.' })
  spEntityId!: string;
  @Field({ description: 'SAML: the assertion consumer service URL (HTTP-POST).' }) acsUrl!: string;
  @Field({ description: 'SAML: our metadata for the IdP to import.' }) metadataUrl!: string;
  @Field({ description: 'Where the console sends people to sign in.' }) loginUrl!: string;
  @Field(() => String, { nullable: true, description: 'OIDC: the redirect URI to register.' })
  redirectUri!: string | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  uuid!: string;

  static of(c: ConnectionRow, urls: SsoUrls): SsoConnectionModel {
    return Object.assign(new SsoConnectionModel(), {
      id: toGlobalId('SsoConnection', c.id),
      uuid: c.id,
      protocol: c.protocol.toUpperCase(),
      name: c.name,
      enabled: c.enabled,
      requireSsoForStaff: c.requireForStaff,
      samlIdpEntityId: c.samlIdpEntityId,
      samlSsoUrl: c.samlSsoUrl,
      samlIdpCertificateFingerprints: c.samlIdpCerts.map((pem) => {
        try {
          return new X509Certificate(pem).fingerprint256;
        } catch {
          return 'unreadable';
        }
      }),
      oidcIssuer: c.oidcIssuer,
      oidcClientId: c.oidcClientId,
      oidcClientSecretSet: c.oidcClientSecretEnc !== null,
      emailAttribute: c.emailAttribute,
      nameAttribute: c.nameAttribute,
      roleAttribute: c.roleAttribute,
      roleMappings: Object.entries(c.roleValues).map(([value, role]) => ({
        value,
        role: role.toUpperCase(),
      })),
      defaultRole: c.defaultRole?.toUpperCase() ?? null,
      jitRoles: c.jitRoles.map((r) => r.toUpperCase()),
      ...urls,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    });
  }
}

@ObjectType()
export class SsoConnectionConnection extends Connection(SsoConnectionModel, 'SsoConnection') {}

@ObjectType()
export class SsoConnectionPayload extends Payload {
  @Field(() => SsoConnectionModel, { nullable: true }) ssoConnection!: SsoConnectionModel | null;
}

@ObjectType()
export class DeleteSsoConnectionPayload extends Payload {
  @Field(() => ID, { nullable: true }) deletedSsoConnectionId!: string | null;
}

@ObjectType('SsoServiceProvider', {
  description:
    'What an IdP administrator registers for this organization, before any connection exists: the addresses Perch answers at (from its public URL).',
})
export class SsoServiceProviderModel {
  @Field({ description: 'SAML: the SP metadata to import; also the SP entity id (audience).' })
  samlMetadataUrl!: string;

  @Field({ description: 'SAML: the SP entity id (audience).' })
  samlEntityId!: string;

  @Field({ description: 'SAML: the assertion consumer service (HTTP-POST).' })
  samlAcsUrl!: string;

  @Field({ description: 'SAML: where a sign-in starts (SP-initiated).' })
  samlLoginUrl!: string;

  @Field({ description: 'OIDC: the redirect URI to register with the client.' })
  oidcRedirectUri!: string;

  @Field({ description: 'OIDC: where a sign-in starts.' })
  oidcLoginUrl!: string;
}
