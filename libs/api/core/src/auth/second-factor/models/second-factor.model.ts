import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Xác thực hai lớp of the signed-in account.' })
export class SecondFactorStatus {
  @Field({ description: 'An authenticator app is enrolled and asked for at every sign-in.' })
  enabled!: boolean;

  @Field({ description: 'The role requires it (HR, ADMIN): until enrolled, the session can only enrol.' })
  required!: boolean;

  @Field(() => Date, { nullable: true })
  enabledAt!: Date | null;

  @Field(() => Int, { description: 'Recovery codes not used yet.' })
  recoveryCodesLeft!: number;
}

@ObjectType({ description: 'A new authenticator secret, shown once to be scanned or typed; confirmTotpEnrolment turns it on.' })
export class TotpEnrolment {
  @Field({ description: 'Base32 secret, for typing into the app by hand.' })
  secret!: string;

  @Field({ description: 'otpauth://totp/… URL (what the QR code holds).' })
  otpauthUrl!: string;

  @Field({ description: 'The QR code of otpauthUrl, as an SVG document.' })
  qrCodeSvg!: string;
}

@ObjectType({ description: 'One-time recovery codes, shown only now: Ketqua keeps only their hashes.' })
export class RecoveryCodes {
  @Field(() => [String])
  codes!: string[];
}
