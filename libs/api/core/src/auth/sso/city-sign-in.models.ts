import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsString, Matches, MaxLength } from 'class-validator';

@ObjectType({ description: 'Cách đăng nhập đang mở: what the sign-in page offers.' })
export class SignInOptions {
  @Field({ description: 'The city’s identity provider is configured: the page shows "Đăng nhập bằng tài khoản của Thành phố".' })
  citySignIn!: boolean;

  @Field({ description: 'Password sign-in is open to everyone. When false, only ADMIN accounts may still use a password (break-glass).' })
  passwordSignIn!: boolean;
}

@ObjectType({ description: 'A started sign-in with the city account.' })
export class CitySignInStart {
  @Field({ description: 'Send the browser here (the identity provider’s authorization endpoint, with state, nonce and PKCE challenge).' })
  authorizationUrl!: string;

  @Field({ description: 'Keep in this browser (sessionStorage) and send back with completeCitySignIn: only the browser that started a sign-in can finish it.' })
  binding!: string;
}

@InputType()
export class CompleteCitySignInInput {
  @Field({ description: 'The full address the identity provider sent the browser back to (OIDC_REDIRECT_URI with code and state).' })
  @IsString()
  @MaxLength(4000)
  callbackUrl!: string;

  @Field({ description: 'The binding startCitySignIn gave this browser.' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'binding must be the value startCitySignIn returned' })
  binding!: string;
}

@InputType()
export class SetPasswordSignInInput {
  @Field({ description: 'false: only the city account signs in (ADMIN accounts keep their password as break-glass).' })
  @IsBoolean()
  enabled!: boolean;
}
