import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

/** The API's OpenAPI document, from the controllers' and DTOs' decorators. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('SEND Improvement Plan tracker API')
      .setDescription('Plans, priority areas, actions, milestones, organisations, people and the audit trail.')
      .setVersion('0.1.0')
      .build(),
  );
}
