import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RecordSignatureEntity } from '../record-signature.entity';

export enum SignerCapacityKind {
  OFFICIAL = 'OFFICIAL',
  HEAD = 'HEAD',
}
registerEnumType(SignerCapacityKind, { name: 'SignerCapacity', description: 'OFFICIAL người được đánh giá · HEAD thủ trưởng đơn vị' });

@ObjectType({ description: 'Chữ ký số: an accepted digital signature of a published evaluation record, as Ketqua verified it.' })
export class RecordSignature {
  @Field(() => ID) id!: string;
  @Field(() => ID) evaluationId!: string;
  @Field(() => Int, { description: 'The published revision signed.' }) revision!: number;
  @Field(() => SignerCapacityKind) capacity!: SignerCapacityKind;
  @Field({ description: "The certificate's common name (the signer)." }) signerName!: string;
  @Field({ description: "The certificate's serial number (hex)." }) signerSerial!: string;
  @Field({ description: "The certificate's issuer." }) issuerName!: string;
  @Field(() => GraphQLISODateTime, { description: 'The signingTime the signature carries.' }) signingTime!: Date;
  @Field(() => GraphQLISODateTime) certificateNotBefore!: Date;
  @Field(() => GraphQLISODateTime) certificateNotAfter!: Date;
  @Field({ description: 'SHA-256 (hex) of the signed file as uploaded.' }) signedSha256!: string;
  @Field(() => GraphQLISODateTime) verifiedAt!: Date;

  static from(e: RecordSignatureEntity): RecordSignature {
    return Object.assign(new RecordSignature(), {
      id: e.id,
      evaluationId: e.evaluationId,
      revision: e.revision,
      capacity: e.capacity as SignerCapacityKind,
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
