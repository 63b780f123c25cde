import { applyDecorators, type Type } from '@nestjs/common';
import { RouteSchema } from '@nestjs/platform-fastify';
import { ApiOkResponse, type OpenAPIObject, type ReferenceObject, type SchemaObject } from '@nestjs/swagger';

/*
 * Routes read most (a plan's changes, its action list, its exceptions) have their answer written by a
 * serialiser Fastify compiles from the answer's JSON schema (fast-json-stringify), which is faster than
 * JSON.stringify. The schema is the one the OpenAPI document already gives the response class, so the
 * class stays the one description of the answer: a field missing from the class would be missing from
 * the answer too, which the routes' tests compare with the service's answer.
 */

interface CompiledRoute {
  target: object;
  key: string | symbol;
  descriptor: PropertyDescriptor;
  type: Type<unknown>;
}

const compiledRoutes: CompiledRoute[] = [];

/** The route answers 200 with `type` (in the OpenAPI document), written by a serialiser compiled from its schema. */
export function ApiCompiledOkResponse(type: Type<unknown>): MethodDecorator {
  return applyDecorators(ApiOkResponse({ type }), (target: object, key: string | symbol, descriptor: PropertyDescriptor) => {
    compiledRoutes.push({ target, key, descriptor, type });
  });
}

/**
 * Gives each route declared with ApiCompiledOkResponse its response schema, from the OpenAPI
 * document. Call after the document is built and before the app is initialised (which registers
 * the routes with Fastify).
 */
export function compileResponses(document: OpenAPIObject): void {
  for (const { target, key, descriptor, type } of compiledRoutes) {
    RouteSchema({ response: { 200: responseSchemaOf(document, type.name) } })(target, key, descriptor);
  }
}

type JsonSchema = Record<string, unknown>;

/**
 * The JSON schema fast-json-stringify needs for a component of the OpenAPI document: references
 * inlined (Swagger writes a nullable reference as `nullable` beside a one-item `allOf`, which must
 * become the object's own `type: ['object', 'null']`), `nullable` as a `null` type, and `integer`
 * read as `number` (the serialiser would otherwise truncate a number that is not whole). Only what
 * shapes the output is kept: formats are left out (the answers hold their dates as strings already),
 * and so is `required` (a field an answer lacks is left out, as JSON.stringify leaves it out).
 */
export function responseSchemaOf(document: OpenAPIObject, name: string): JsonSchema {
  const components = (document.components?.schemas ?? {});
  const convert = (schema: SchemaObject | ReferenceObject, path: readonly string[]): JsonSchema => {
    if ('$ref' in schema) {
      const target = schema.$ref.replace('#/components/schemas/', '');
      if (path.includes(target)) throw new Error(`${name}: ${target} refers to itself, which a compiled response cannot write`);
      const found = components[target];
      if (!found) throw new Error(`${name}: no schema named ${target} in the OpenAPI document`);
      return convert(found, [...path, target]);
    }
    const { allOf, oneOf, anyOf, nullable, type, properties, items, additionalProperties } = schema;
    let out: JsonSchema = {};
    if (allOf) for (const part of allOf) out = merge(out, convert(part, path));
    const alternatives = oneOf ?? anyOf;
    if (alternatives) out.anyOf = alternatives.map((part) => convert(part, path));
    if (type) out.type = type === 'integer' ? 'number' : type;
    if (properties) out.properties = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, convert(value, path)]));
    if (items) out.items = convert(items, path);
    if (additionalProperties !== undefined) out.additionalProperties = typeof additionalProperties === 'boolean' ? additionalProperties : convert(additionalProperties, path);
    if (nullable) {
      if (out.anyOf) out.anyOf = [...(out.anyOf as JsonSchema[]), { type: 'null' }];
      else if (out.type) out.type = [...[out.type].flat(), 'null'];
      else throw new Error(`${name}: a nullable schema without a type (${JSON.stringify(schema)})`);
    }
    return out;
  };
  const root = components[name];
  if (!root) throw new Error(`No schema named ${name} in the OpenAPI document`);
  return convert(root, [name]);
}

/** A schema and an allOf part of it: the part's properties joined with its own. */
function merge(into: JsonSchema, part: JsonSchema): JsonSchema {
  const properties = { ...(into.properties as JsonSchema | undefined), ...(part.properties as JsonSchema | undefined) };
  return { ...into, ...part, ...(Object.keys(properties).length ? { properties } : {}) };
}
