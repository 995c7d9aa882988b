import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { CommitmentSignatureEntity } from '../commitment-signature.entity';

@ObjectType({ description: 'Chữ ký số của bản cam kết: the official’s accepted digital signature of their commitment, as Ketqua verified it.' })
export class CommitmentSignature {
  @Field(() => ID) id!: string;
  @Field(() => ID) enrollmentId!: string;
  @Field({ description: 'The document id printed on the signed PDF.' }) documentId!: string;
  @Field({ description: "The certificate's common name (the signer)." }) signerName!: string;
  @Field({ description: "The certificate's serial number (hex)." }) signerSerial!: string;
  @Field({ description: "The certificate's issuer." }) issuerName!: string;
  @Field(() => GraphQLISODateTime, { description: 'The signingTime the signature carries.' }) signingTime!: Date;
  @Field(() => GraphQLISODateTime) certificateNotBefore!: Date;
  @Field(() => GraphQLISODateTime) certificateNotAfter!: Date;
  @Field({ description: 'SHA-256 (hex) of the signed file as uploaded.' }) signedSha256!: string;
  @Field(() => GraphQLISODateTime, { description: 'When Ketqua verified it (only verified signatures are kept).' }) verifiedAt!: Date;

  static from(e: CommitmentSignatureEntity): CommitmentSignature {
    return Object.assign(new CommitmentSignature(), {
      id: e.id,
      enrollmentId: e.enrollmentId,
      documentId: e.documentId,
      signerName: e.signerName,
      signerSerial: e.signerSerial,
      issuerName: e.issuerName,
      signingTime: e.signingTime,
      certificateNotBefore: e.certificateNotBefore,
      certificateNotAfter: e.certificateNotAfter,
      signedSha256: e.signedSha256,
      verifiedAt: e.verifiedAt,
    });
  }
}
