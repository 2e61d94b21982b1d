// The JSON Schemas of the API's responses, derived from the zod wire schemas (server/wire-schemas.ts).
import { z } from 'zod';
import { WIRE_SCHEMAS } from '../wire-schemas.js';

export type JsonSchema = Record<string, unknown>;

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/** Output mode: what the server sends; objects are closed unless the wire schema says otherwise. */
function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'output',
  });
  return json;
}

export const SCHEMAS: Record<string, JsonSchema> = Object.fromEntries(
  Object.entries(WIRE_SCHEMAS).map(([name, schema]) => [name, jsonSchemaOf(schema)]),
);
