import { P12Signer } from '@signpdf/signer-p12';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import signpdf from '@signpdf/signpdf';
import forge from 'node-forge';
import { generateKeyPairSync, randomBytes } from 'node:crypto';

/**
 * A certificate authority and signers made on the spot with node-forge, for the signature tests:
 * what a province's CA and an official's USB token would be, without either. Keys come from
 * node:crypto (forge's pure-JS RSA key generation takes seconds).
 */
export interface TestCert {
  cert: forge.pki.Certificate;
  key: forge.pki.rsa.PrivateKey;
  pem: string;
}

function keyPair(): { privateKey: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()) as forge.pki.rsa.PrivateKey;
  return { privateKey: key, publicKey: forge.pki.setRsaPublicKey(key.n, key.e) };
}

function issue(subjectCN: string, notBefore: Date, notAfter: Date, issuer: TestCert | null, ca: boolean): TestCert {
  const { privateKey, publicKey } = keyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
  cert.validity.notBefore = notBefore;
  cert.validity.notAfter = notAfter;
  const subject = [
    { name: 'commonName', value: subjectCN, valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class },
    { name: 'countryName', value: 'VN' },
    { name: 'organizationName', value: ca ? 'Test CA' : 'UBND TP.HCM' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(issuer ? issuer.cert.subject.attributes : subject);
  cert.setExtensions(
    ca
      ? [
          { name: 'basicConstraints', cA: true },
          { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true },
        ]
      : [
          { name: 'basicConstraints', cA: false },
          { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
        ],
  );
  cert.sign(issuer ? issuer.key : privateKey, forge.md.sha256.create());
  return { cert, key: privateKey, pem: forge.pki.certificateToPem(cert) };
}

export const makeRootCa = (cn: string, notBefore: Date, notAfter: Date): TestCert => issue(cn, notBefore, notAfter, null, true);
export const makeSigner = (cn: string, issuer: TestCert, notBefore: Date, notAfter: Date): TestCert => issue(cn, notBefore, notAfter, issuer, false);

/** The signer's key and chain as a PKCS#12 file, as a signing tool holds it. */
export function p12Of(signer: TestCert, chain: TestCert[] = []): Buffer {
  const asn = forge.pkcs12.toPkcs12Asn1(signer.key, [signer.cert, ...chain.map((c) => c.cert)], 'test', { algorithm: '3des' });
  return Buffer.from(forge.asn1.toDer(asn).getBytes(), 'binary');
}

/** Signs `pdf` as a signing tool does: an incremental update with a placeholder, then the CMS signature (@signpdf). */
export async function signPdf(pdf: Buffer, signer: TestCert, signingTime: Date, chain: TestCert[] = []): Promise<Buffer> {
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: 'Ký xác nhận',
    contactInfo: 'official@demo.ketqua.vn',
    name: 'Signer',
    location: 'TP.HCM',
    signingTime,
  });
  return signpdf.sign(withPlaceholder, new P12Signer(p12Of(signer, chain), { passphrase: 'test' }), signingTime);
}
