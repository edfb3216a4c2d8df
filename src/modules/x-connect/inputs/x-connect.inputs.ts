import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString } from 'class-validator';

@InputType()
export class CreateXConnectLinkInput {
  @Field(() => ID) @IsString() seekerId!: string;
}

@InputType()
export class DisconnectXInput {
  @Field(() => ID) @IsString() seekerId!: string;
}
