import type { LocalArea } from './local-area.entity';

export function toLocalAreaResponse(a: LocalArea) {
  return {
    id: a.id,
    name: a.name,
    slug: a.slug,
    councilName: a.councilName,
    icbName: a.icbName,
    version: a.version,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

export type LocalAreaResponse = ReturnType<typeof toLocalAreaResponse>;
