import { Injectable, NotFoundException, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';

/** A path id that is not a UUID cannot name a record: answer 404 as for an unknown id. */
@Injectable()
export class IdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUUID(value)) throw new NotFoundException({ message: `No record has the id "${value}"`, errors: [] });
    return value;
  }
}
