import { Injectable, NotFoundException, PipeTransform } from '@nestjs/common';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A path slug that is not of a local area's shape cannot name one: answer 404 as for an unknown slug. */
@Injectable()
export class SlugPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (value.length > 100 || !SLUG.test(value)) throw new NotFoundException({ message: 'There is no local area with this slug', errors: [] });
    return value;
  }
}
