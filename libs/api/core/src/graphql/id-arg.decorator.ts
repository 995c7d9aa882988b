import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { BadInputError } from '../errors/app-error';

/** Ids are UUIDs; anything else is the client's mistake, answered before it reaches SQL. */
@Injectable()
export class UuidPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && isUUID(value)) return value;
    const field = metadata.data ?? 'id';
    throw new BadInputError('INVALID_ID', { vi: `${field}: mã định danh không hợp lệ.`, en: `${field}: not a valid id.` }, [
      { field, message: { vi: 'mã định danh không hợp lệ', en: 'not a valid id' } },
    ]);
  }
}

/** `@IdArg() id: string` — a required ID argument, checked to be a UUID. */
export const IdArg = (name = 'id') => Args(name, { type: () => ID }, UuidPipe);
