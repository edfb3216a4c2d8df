/**
 * A SAML identity provider written for the tests: a self-signed certificate made at test time,
 * responses built as XML and signed with xml-crypto (assertion and response, as real IdPs do),
 * plus the tampered variants the suite needs. No network, no stored fixtures.
 */
import { randomUUID } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { generate } from 'selfsigned';
import { SignedXml } from 'xml-crypto';

export interface TestIdp {
  entityId: string;
  ssoUrl: string;
  cert: string;
  key: string;
}

export async function newIdp(entityId = `https://idp-${randomUUID()}.test/saml`): Promise<TestIdp> {
  const pems = await generate([{ name: 'commonName', value: 'test-idp' }], {
    keySize: 2048,
    algorithm: 'sha256',
  });
  return { entityId, ssoUrl: `${entityId}/sso`, cert: pems.cert, key: pems.private };
}

/** The AuthnRequest ID inside an HTTP-Redirect binding URL. */
export function requestIdFrom(location: string): string {
  const encoded = new URL(location).searchParams.get('SAMLRequest')!;
  const xml = inflateRawSync(Buffer.from(encoded, 'base64')).toString('utf8');
  return /\bID="([^"]+)"/.exec(xml)![1];
}

export interface ResponseOptions {
  inResponseTo: string;
  destination: string;
  audience: string;
  subject: string;
  attributes?: Record<string, string[]>;
  /** Shifts NotOnOrAfter (and the issue instant) by this many ms; negative means in the past. */
  validForMs?: number;
  issuedAgoMs?: number;
  issuer?: string;
  sign?: 'both' | 'none';
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function assertionXml(idp: TestIdp, o: ResponseOptions, id = `_a${randomUUID()}`): string {
  const now = Date.now() - (o.issuedAgoMs ?? 0);
  const iso = (ms: number) => new Date(ms).toISOString();
  const until = iso(Date.now() + (o.validForMs ?? 5 * 60_000));
  const attrs = Object.entries(o.attributes ?? {})
    .map(
      ([name, values]) =>
        `<saml:Attribute Name="${esc(name)}">${values
          .map((v) => `<saml:AttributeValue>${esc(v)}</saml:AttributeValue>`)
          .join('')}</saml:Attribute>`,
    )
    .join('');
  return (
    `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${id}" Version="2.0" IssueInstant="${iso(now)}">` +
    `<saml:Issuer>${esc(o.issuer ?? idp.entityId)}</saml:Issuer>` +
    `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">${esc(o.subject)}</saml:NameID>` +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">` +
    `<saml:SubjectConfirmationData NotOnOrAfter="${until}" Recipient="${esc(o.destination)}" InResponseTo="${esc(o.inResponseTo)}"/>` +
    `</saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${iso(now - 1000)}" NotOnOrAfter="${until}">` +
    `<saml:AudienceRestriction><saml:Audience>${esc(o.audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
    `<saml:AuthnStatement AuthnInstant="${iso(now)}" SessionIndex="_s${randomUUID()}"><saml:AuthnContext>` +
    `<saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef>` +
    `</saml:AuthnContext></saml:AuthnStatement>` +
    (attrs ? `<saml:AttributeStatement>${attrs}</saml:AttributeStatement>` : '') +
    `</saml:Assertion>`
  );
}

function wrapResponse(idp: TestIdp, o: ResponseOptions, inner: string): string {
  return (
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ` +
    `ID="_r${randomUUID()}" Version="2.0" IssueInstant="${new Date(Date.now() - (o.issuedAgoMs ?? 0)).toISOString()}" ` +
    `Destination="${esc(o.destination)}" InResponseTo="${esc(o.inResponseTo)}">` +
    `<saml:Issuer>${esc(o.issuer ?? idp.entityId)}</saml:Issuer>` +
    `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
    inner +
    `</samlp:Response>`
  );
}

function sign(xml: string, key: string, cert: string, element: 'Assertion' | 'Response'): string {
  const sig = new SignedXml({
    privateKey: key,
    publicCert: cert,
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  });
  const target =
    element === 'Response'
      ? "/*[local-name(.)='Response']"
      : "/*[local-name(.)='Response']/*[local-name(.)='Assertion']";
  sig.addReference({
    xpath: target,
    transforms: [
      'http://www.w3.org/2000/09/xmldsig#enveloped-signature',
      'http://www.w3.org/2001/10/xml-exc-c14n#',
    ],
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
  });
  sig.computeSignature(xml, {
    prefix: 'ds',
    location: { reference: `${target}/*[local-name(.)='Issuer']`, action: 'after' },
  });
  return sig.getSignedXml();
}

/** A response as the IdP would post it, signed on the assertion and on the response. */
export function signedResponse(idp: TestIdp, o: ResponseOptions): string {
  const xml = wrapResponse(idp, o, assertionXml(idp, o));
  if (o.sign === 'none') return xml;
  return sign(sign(xml, idp.key, idp.cert, 'Assertion'), idp.key, idp.cert, 'Response');
}

/**
 * XML signature wrapping: the genuine signed response with an attacker's assertion slipped in
 * beside the signed one, hoping the reader takes the unsigned one.
 */
export function wrappedResponse(idp: TestIdp, o: ResponseOptions, evilSubject: string): string {
  const genuine = signedResponse(idp, o);
  const evil = assertionXml(idp, { ...o, subject: evilSubject });
  return genuine.replace('<samlp:Status>', `${evil}<samlp:Status>`);
}

/** The wrapping variant that moves the signed assertion inside the forged one. */
export function nestedWrappedResponse(
  idp: TestIdp,
  o: ResponseOptions,
  evilSubject: string,
): string {
  const genuine = signedResponse(idp, o);
  const start = genuine.indexOf('<saml:Assertion');
  const end = genuine.indexOf('</saml:Assertion>') + '</saml:Assertion>'.length;
  const signedAssertion = genuine.slice(start, end);
  const evil = assertionXml(idp, { ...o, subject: evilSubject }).replace(
    '</saml:Subject>',
    `</saml:Subject><saml:Advice>${signedAssertion}</saml:Advice>`,
  );
  return genuine.slice(0, start) + evil + genuine.slice(end);
}

export const b64 = (xml: string) => Buffer.from(xml, 'utf8').toString('base64');
