import { createHash } from 'node:crypto';
import forge from 'node-forge';

/**
 * Verification of a PDF signed outside Ketqua (the official's or head's own signing tool), with
 * node-forge (kept, already used by @signpdf): forge parses PKCS#7 and X.509 and checks chains, but
 * its `pkcs7` has no verify(), so the SignerInfo is checked here by the steps of RFC 5652 §5.4/§5.6.
 *
 * What "the document Ketqua rendered, unchanged" means (docs/SECURITY.md, Digital signatures):
 * Ketqua keeps the SHA-256 and the size of every PDF it hands out for signing (a rendition). A
 * signing tool adds its signature as an incremental update — the rendered bytes stay the file's
 * prefix, the update (signature dictionary, widget, new xref) follows. So the signed file is
 * accepted only when
 *   1. its last /ByteRange [0 a b c] covers the whole file except the /Contents hole (0 … a, b … end),
 *   2. its first `size` bytes hash to a rendition Ketqua made for this record, and lie inside the
 *      signed range (size ≤ a),
 *   3. the CMS messageDigest equals the SHA-256 of the byte range, and the signature over the signed
 *      attributes verifies with the signer's public key,
 *   4. the signer's certificate chains (with the certificates the signature carries) to a configured
 *      trusted root, each certificate valid at the signingTime attribute,
 *   5. signingTime is present and not later than now (a few minutes' clock drift allowed) nor before the rendition.
 */

export type SignatureRefusal =
  | 'NOT_A_SIGNED_PDF'
  | 'BYTE_RANGE_INCOMPLETE'
  | 'DOCUMENT_CHANGED'
  | 'SIGNATURE_MALFORMED'
  | 'DIGEST_MISMATCH'
  | 'SIGNATURE_INVALID'
  | 'SIGNING_TIME_MISSING'
  | 'SIGNING_TIME_OUT_OF_RANGE'
  | 'CERTIFICATE_NOT_VALID_AT_SIGNING'
  | 'UNTRUSTED_CHAIN';

export class SignatureRefused extends Error {
  constructor(
    readonly reason: SignatureRefusal,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

/** A PDF Ketqua handed out for signing: what the signed file must start with. */
export interface Rendition {
  id: string;
  sha256: string;
  size: number;
  renderedAt: Date;
}

export interface VerifiedSignature {
  renditionId: string;
  signedSha256: string;
  signerName: string;
  signerSerial: string;
  issuerName: string;
  signingTime: Date;
  certificateNotBefore: Date;
  certificateNotAfter: Date;
}

/** Clock drift allowed between the signer's machine and Ketqua. */
const DRIFT_MS = 5 * 60 * 1000;

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const refuse = (reason: SignatureRefusal, detail: string): never => {
  throw new SignatureRefused(reason, detail);
};

/** Certificates from PEM text (one or more BEGIN CERTIFICATE blocks). */
export function parseTrustedRoots(pem: string): forge.pki.Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  return blocks.map((b) => forge.pki.certificateFromPem(b));
}

/** An attribute's text: forge leaves UTF8String values as UTF-8 bytes. */
const attrText = (a: { value?: unknown; valueTagClass?: unknown }): string => {
  const raw = String(a.value ?? '');
  if (a.valueTagClass !== forge.asn1.Type.UTF8) return raw;
  try {
    return forge.util.decodeUtf8(raw).normalize('NFC');
  } catch {
    return raw;
  }
};

export const certificateName = (name: forge.pki.Certificate['subject']): string => name.attributes.map((a) => `${a.shortName ?? a.name ?? a.type}=${attrText(a)}`).join(', ');

/** The last signature's /ByteRange and the DER bytes of its /Contents. */
function lastSignature(pdf: Buffer): { range: [number, number, number, number]; der: Buffer } {
  const text = pdf.toString('latin1');
  const re = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
  let m: RegExpExecArray | null;
  let last: RegExpExecArray | null = null;
  while ((m = re.exec(text))) last = m;
  if (!last) return refuse('NOT_A_SIGNED_PDF', 'no /ByteRange: the file carries no signature');
  const range = [1, 2, 3, 4].map((i) => Number(last[i])) as [number, number, number, number];
  const [a, b, c, d] = range;
  if (a !== 0 || b <= 0 || c <= b || c + d !== pdf.length)
    return refuse('BYTE_RANGE_INCOMPLETE', `the signed range [${range.join(' ')}] does not cover the whole file of ${pdf.length} bytes`);
  const hole = text.slice(b, c);
  if (!/^<[0-9A-Fa-f]*>$/.test(hole)) return refuse('BYTE_RANGE_INCOMPLETE', 'the part left out of the signed range is not just the signature');
  const hex = hole.slice(1, -1).replace(/(00)+$/, '');
  if (!hex.length) return refuse('NOT_A_SIGNED_PDF', 'the signature placeholder is empty (the file was never signed)');
  return { range, der: Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex') };
}

interface SignerInfo {
  issuer: forge.asn1.Asn1;
  serial: string;
  digestAlgorithm: string;
  attributes: forge.asn1.Asn1[];
  signature: string;
}

type Validator = { capture?: string; value?: Validator[] };

/** forge defines the SignerInfo validator but exports it only inside signedDataValidator (its SignerInfos SET). */
function signerInfoValidator(): Validator {
  const signedData = (forge as unknown as { pkcs7asn1: { signedDataValidator: Validator } }).pkcs7asn1.signedDataValidator;
  const infos = signedData.value?.find((v) => v.capture === 'signerInfos')?.value?.[0];
  if (!infos) throw new Error('node-forge has no SignerInfo validator');
  return infos;
}

function parseCms(der: Buffer): { certificates: forge.pki.Certificate[]; signer: SignerInfo } {
  try {
    // The /Contents hole is zero-padded after the DER: parse without requiring every byte (forge's options form, which its types omit).
    const fromDer = forge.asn1.fromDer as unknown as (bytes: forge.util.ByteStringBuffer, options: { parseAllBytes: boolean }) => forge.asn1.Asn1;
    const asn = fromDer(forge.util.createBuffer(der.toString('binary')), { parseAllBytes: false });
    const msg = forge.pkcs7.messageFromAsn1(asn) as forge.pkcs7.PkcsSignedData & { rawCapture: { signerInfos: forge.asn1.Asn1[] } };
    const infos = msg.rawCapture.signerInfos ?? [];
    if (infos.length !== 1) throw new Error(`${infos.length} signers, expected one`);
    const capture: Record<string, unknown> = {};
    const errors: unknown[] = [];
    const validator = signerInfoValidator();
    if (!(forge.asn1 as unknown as { validate: (o: unknown, v: unknown, c: unknown, e: unknown) => boolean }).validate(infos[0], validator, capture, errors))
      throw new Error('not a SignerInfo');
    return {
      certificates: msg.certificates,
      signer: {
        issuer: capture['issuer'] as forge.asn1.Asn1,
        serial: forge.util.createBuffer(capture['serial'] as string).toHex(),
        digestAlgorithm: forge.asn1.derToOid(capture['digestAlgorithm'] as string),
        attributes: (capture['authenticatedAttributes'] as forge.asn1.Asn1[] | undefined) ?? [],
        signature: capture['signature'] as string,
      },
    };
  } catch (error) {
    return refuse('SIGNATURE_MALFORMED', `the signature is not a readable PKCS#7/CMS SignedData (${(error as Error).message})`);
  }
}

/** attribute OID → its first value */
function attribute(attrs: forge.asn1.Asn1[], oid: string): forge.asn1.Asn1 | null {
  for (const attr of attrs) {
    const [type, values] = attr.value as forge.asn1.Asn1[];
    if (forge.asn1.derToOid(type.value as string) === oid) return (values.value as forge.asn1.Asn1[])[0] ?? null;
  }
  return null;
}

const nameDer = (name: forge.asn1.Asn1) => forge.asn1.toDer(name).getBytes();
const serialHex = (hex: string) => hex.replace(/^(00)+(?=.)/, '').toLowerCase();

/** Checks `signed` as described at the top of this file; throws SignatureRefused with the first failing reason. */
export function verifyPdfSignature(signed: Buffer, renditions: Rendition[], trustedRoots: forge.pki.Certificate[], now: Date): VerifiedSignature {
  const { range, der } = lastSignature(signed);
  const rendition = renditions.find((r) => r.size <= range[1] && r.size < signed.length && sha256(signed.subarray(0, r.size)) === r.sha256);
  if (!rendition) return refuse('DOCUMENT_CHANGED', 'the signed file does not begin with a PDF Ketqua rendered for this record: its content was changed or it is another document');

  const { certificates, signer } = parseCms(der);
  if (signer.digestAlgorithm !== forge.pki.oids['sha256']) return refuse('SIGNATURE_MALFORMED', `digest algorithm ${signer.digestAlgorithm} is not SHA-256`);
  if (!signer.attributes.length) return refuse('SIGNATURE_MALFORMED', 'the signature has no signed attributes');
  const digest = attribute(signer.attributes, forge.pki.oids['messageDigest']);
  const content = Buffer.concat([signed.subarray(range[0], range[0] + range[1]), signed.subarray(range[2], range[2] + range[3])]);
  if (!digest || Buffer.from(digest.value as string, 'binary').toString('hex') !== sha256(content))
    return refuse('DIGEST_MISMATCH', 'the signed bytes were changed after signing (messageDigest does not match)');

  const leaf = certificates.find((c) => serialHex(c.serialNumber) === serialHex(signer.serial) && nameDer(forge.pki.distinguishedNameToAsn1(c.issuer)) === nameDer(signer.issuer));
  if (!leaf) return refuse('SIGNATURE_MALFORMED', "the signature does not carry the signer's certificate");

  // The signature covers the DER of the signed attributes as a SET (RFC 5652 §5.4), not the [0] tag.
  const signedAttrs = forge.asn1.toDer(forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, signer.attributes)).getBytes();
  const md = forge.md.sha256.create();
  md.update(signedAttrs);
  let valid = false;
  try {
    valid = (leaf.publicKey as forge.pki.rsa.PublicKey).verify(md.digest().getBytes(), signer.signature);
  } catch {
    valid = false;
  }
  if (!valid) return refuse('SIGNATURE_INVALID', "the signature does not verify with the signer's certificate");

  const timeAttr = attribute(signer.attributes, forge.pki.oids['signingTime']);
  if (!timeAttr) return refuse('SIGNING_TIME_MISSING', 'the signature has no signingTime attribute');
  const raw = timeAttr.value as string;
  const signingTime = timeAttr.type === forge.asn1.Type.UTCTIME ? forge.asn1.utcTimeToDate(raw) : forge.asn1.generalizedTimeToDate(raw);
  if (signingTime.getTime() > now.getTime() + DRIFT_MS || signingTime.getTime() < rendition.renderedAt.getTime() - DRIFT_MS)
    return refuse('SIGNING_TIME_OUT_OF_RANGE', `signingTime ${signingTime.toISOString()} is before the document was rendered or in the future`);

  // The chain: the leaf, then each issuer among the carried certificates, until one a trusted root issued.
  const chain = [leaf];
  const dn = (name: forge.pki.Certificate['subject']) => nameDer(forge.pki.distinguishedNameToAsn1(name));
  const rootFor = (c: forge.pki.Certificate) => trustedRoots.find((r) => dn(r.subject) === dn(c.issuer));
  while (!rootFor(chain[chain.length - 1]) && chain.length < 8) {
    const last = chain[chain.length - 1];
    if (dn(last.issuer) === dn(last.subject)) break;
    const next = certificates.find((c) => dn(c.subject) === dn(last.issuer) && !chain.includes(c));
    if (!next) break;
    chain.push(next);
  }
  const root = rootFor(chain[chain.length - 1]);
  if (!root) return refuse('UNTRUSTED_CHAIN', `the signer's certificate (${certificateName(leaf.subject)}) does not chain to a trusted root`);
  for (const c of [...chain, root]) {
    if (signingTime < c.validity.notBefore || signingTime > c.validity.notAfter)
      return refuse(
        'CERTIFICATE_NOT_VALID_AT_SIGNING',
        `certificate ${certificateName(c.subject)} was not valid at the signing time ${signingTime.toISOString()} (valid ${c.validity.notBefore.toISOString()} – ${c.validity.notAfter.toISOString()})`,
      );
  }
  try {
    forge.pki.verifyCertificateChain(forge.pki.createCaStore([root]), chain, { validityCheckDate: signingTime });
  } catch (error) {
    const e = error as { message?: string; error?: string };
    return refuse('UNTRUSTED_CHAIN', `the certificate chain does not verify (${e.message ?? e.error ?? 'unknown'})`);
  }
  return {
    renditionId: rendition.id,
    signedSha256: sha256(signed),
    signerName: leaf.subject.getField('CN') ? attrText(leaf.subject.getField('CN')) : certificateName(leaf.subject),
    signerSerial: serialHex(leaf.serialNumber),
    issuerName: certificateName(leaf.issuer),
    signingTime,
    certificateNotBefore: leaf.validity.notBefore,
    certificateNotAfter: leaf.validity.notAfter,
  };
}
