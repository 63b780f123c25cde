import { applyDecorators, type Type } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiProperty } from '@nestjs/swagger';
import { DELIVERY_STATUSES, IMPACT_STATUSES, type DeliveryStatus, type ImpactStatus } from '@send/domain';
import type { Page } from './pagination.dto';

/*
 * Response classes: each route's answer is a class whose @ApiProperty decorators describe it in the
 * OpenAPI document (and so in the web's generated types), and the service returns that class as its
 * type. The classes hold fields only: a plain object of the same shape is one, so mappers build object
 * literals. The API serialises with JSON.stringify, so these describe and never filter the answer.
 */

const pages = new Map<Type<unknown>, Type<unknown>>();

/** The schema of a page of `item` (`{ items, total, page, pageSize }`, as toPage() builds it), named `<Item>Page`. */
export function PageOf<T>(item: Type<T>): Type<Page<T>> {
  let page = pages.get(item) as Type<Page<T>> | undefined;
  if (!page) {
    class PageOfItems {
      @ApiProperty({ type: () => item, isArray: true }) items!: T[];
      @ApiProperty({ type: 'integer', description: 'every item that matches, over all pages' }) total!: number;
      @ApiProperty({ type: 'integer' }) page!: number;
      @ApiProperty({ type: 'integer' }) pageSize!: number;
    }
    Object.defineProperty(PageOfItems, 'name', { value: `${item.name.replace(/Response$/, '')}Page` });
    page = PageOfItems;
    pages.set(item, page);
  }
  return page;
}

/** A count per key, each key a required whole number: the schema of `Record<K, number>`. */
export function CountsOf<K extends string>(name: string, keys: readonly K[], description?: string): Type<Record<K, number>> {
  class Counts {}
  Object.defineProperty(Counts, 'name', { value: name });
  for (const key of keys) ApiProperty({ type: 'integer', ...(description ? { description } : {}) })(Counts.prototype, key);
  return Counts as Type<Record<K, number>>;
}

export const ImpactStatusCounts = CountsOf<ImpactStatus>('ImpactStatusCounts', IMPACT_STATUSES);
export const DeliveryStatusCounts = CountsOf<DeliveryStatus>('DeliveryStatusCounts', DELIVERY_STATUSES);

/** A timestamp, written out as ISO 8601 (a Date serialises so). */
export const ApiDateTime = (options: { nullable?: boolean; description?: string } = {}) =>
  ApiProperty({ type: String, format: 'date-time', ...options });

/** A day, `YYYY-MM-DD`. */
export const ApiDate = (options: { nullable?: boolean; description?: string } = {}) =>
  ApiProperty({ type: String, format: 'date', example: '2025-03-31', ...options });

/** A record's id. */
export const ApiId = (options: { nullable?: boolean; description?: string } = {}) => ApiProperty({ type: String, format: 'uuid', ...options });

/** Something named: `{ id, name }`. */
export class NamedRef {
  @ApiId() id!: string;
  @ApiProperty() name!: string;
}

/** Something titled: `{ id, title }`. */
export class TitledRef {
  @ApiId() id!: string;
  @ApiProperty() title!: string;
}

/** Who did something, as shown: `{ label }`. */
export class ActorLabel {
  @ApiProperty({ example: 'Head of SEND' }) label!: string;
}

/**
 * A route answering a file rather than JSON: the document lists its content types, each a binary
 * string, so a client knows what it downloads.
 */
export function ApiFileResponse(description: string, ...contentTypes: [string, ...string[]]) {
  const binary = { schema: { type: 'string', format: 'binary' } };
  return applyDecorators(
    ApiProduces(...contentTypes),
    ApiOkResponse({ description, content: Object.fromEntries(contentTypes.map((type) => [type, binary])) }),
  );
}
