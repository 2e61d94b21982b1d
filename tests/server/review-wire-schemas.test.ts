// The review API's zod wire schemas (whence its OpenAPI response schemas) and the contract's types are one shape.
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type {
  AnnotationsVersion,
  Removed,
  ReviewAnnotations,
  ReviewEntity,
  ReviewRelation,
} from '../../contract/annotations.js';
import type { REVIEW_WIRE_SCHEMAS as Wire } from '../../server/review-wire-schemas.js';

type Sent<S extends z.ZodType> = z.output<S>;

describe('the review wire schemas', () => {
  // Checked by the type checker (npm run typecheck); each direction catches a field one side lacks.
  it('should accept every value of the contract types, and only those', () => {
    expectTypeOf<ReviewAnnotations>().toExtend<Sent<typeof Wire.ReviewAnnotations>>();
    expectTypeOf<Sent<typeof Wire.ReviewAnnotations>>().toExtend<ReviewAnnotations>();
    expectTypeOf<ReviewEntity>().toExtend<Sent<typeof Wire.ReviewEntity>>();
    expectTypeOf<Sent<typeof Wire.ReviewEntity>>().toExtend<ReviewEntity>();
    expectTypeOf<ReviewRelation>().toExtend<Sent<typeof Wire.ReviewRelation>>();
    expectTypeOf<Sent<typeof Wire.ReviewRelation>>().toExtend<ReviewRelation>();
    expectTypeOf<AnnotationsVersion[]>().toExtend<Sent<typeof Wire.AnnotationsVersions>>();
    expectTypeOf<Sent<typeof Wire.AnnotationsVersions>>().toExtend<AnnotationsVersion[]>();
    expectTypeOf<Removed>().toExtend<Sent<typeof Wire.Removed>>();
    expectTypeOf<Sent<typeof Wire.Removed>>().toExtend<Removed>();
  });
});
