import { Field, ObjectType } from '@nestjs/graphql';
import { Official } from '../../org-model/models/official.model';

@ObjectType({ description: 'A new session: a short-lived access token and a refresh token to renew it.' })
export class AuthPayload {
  @Field({ description: 'Send as "Authorization: Bearer <token>".' })
  accessToken!: string;

  @Field()
  accessTokenExpiresAt!: Date;

  @Field({ description: 'Single use: refreshSession returns a new one.' })
  refreshToken!: string;

  @Field()
  refreshTokenExpiresAt!: Date;

  @Field(() => Official)
  user!: Official;

  @Field({ description: 'HR or ADMIN without an authenticator: until one is enrolled (confirmTotpEnrolment) only me, the enrolment, changePassword and logout answer.' })
  mustEnrolSecondFactor!: boolean;
}
