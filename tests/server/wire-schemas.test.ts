// The zod wire schemas (whence the OpenAPI response schemas) and the TypeScript types the routes send are one shape.
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Problem } from '../../contract/problem.js';
import type { CorpusSummary, DocumentSummary } from '../../graph/query/documents.js';
import type { EntityDetail, PathAnswer } from '../../graph/query/types.js';
import type { SearchResult } from '../../graph/search.js';
import type { DocumentArticle } from '../../graph/types.js';
import type * as Wire from '../../server/wire-schemas.js';

type Sent<S extends z.ZodType> = z.output<S>;

describe('the wire schemas', () => {
  // Checked by the type checker (npm run typecheck); each direction catches a field one side lacks.
  it('should accept every value of the wire types, and only those', () => {
    expectTypeOf<PathAnswer>().toExtend<Sent<typeof Wire.PathAnswer>>();
    expectTypeOf<Sent<typeof Wire.PathAnswer>>().toExtend<PathAnswer>();
    expectTypeOf<EntityDetail>().toExtend<Sent<typeof Wire.EntityDetail>>();
    expectTypeOf<Sent<typeof Wire.EntityDetail>>().toExtend<EntityDetail>();
    expectTypeOf<DocumentArticle>().toExtend<Sent<typeof Wire.Article>>();
    expectTypeOf<Sent<typeof Wire.Article>>().toExtend<DocumentArticle>();
    expectTypeOf<{ results: SearchResult[] }>().toExtend<Sent<typeof Wire.EntitySearch>>();
    expectTypeOf<Sent<typeof Wire.EntitySearch>>().toExtend<{ results: SearchResult[] }>();
    expectTypeOf<Sent<typeof Wire.Problem>>().toExtend<Problem>();
    expectTypeOf<CorpusSummary>().toExtend<Sent<typeof Wire.DocumentList>>();
    expectTypeOf<Sent<typeof Wire.DocumentList>>().toExtend<CorpusSummary>();
    expectTypeOf<DocumentSummary>().toExtend<Sent<typeof Wire.DocumentSummary>>();
    expectTypeOf<Sent<typeof Wire.DocumentSummary>>().toExtend<DocumentSummary>();
  });
});
