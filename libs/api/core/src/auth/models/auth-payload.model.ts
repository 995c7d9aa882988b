import { Field, ObjectType } from '@nestjs/graphql';
import { Official } from '../../org-model/models/official.model';

@ObjectType({
  description:
    'A new session: a short-lived access token and a refresh token to renew it. A browser that sends "X-Ketqua-Session: cookie" gets both as httpOnly cookies instead, and null here.',
})
export class AuthPayload {
  @Field(() => String, { nullable: true, description: 'Send as "Authorization: Bearer <token>". Null for a cookie session (the token is in an httpOnly cookie).' })
  accessToken!: string | null;

  @Field()
  accessTokenExpiresAt!: Date;

  @Field(() => String, { nullable: true, description: 'Single use: refreshSession returns a new one. Null for a cookie session.' })
  refreshToken!: string | null;

  @Field()
  refreshTokenExpiresAt!: Date;

  @Field(() => Official)
  user!: Official;

  @Field({ description: 'HR or ADMIN without an authenticator: until one is enrolled (confirmTotpEnrolment) only me, the enrolment, changePassword and logout answer.' })
  mustEnrolSecondFactor!: boolean;
}
