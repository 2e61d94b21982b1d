// POST /api/documents/:slug/draft: the draft extractor proposes entities and relations for the review to settle.
import { Router, type RequestHandler } from 'express';
import { parseParams } from '../../contract/parse.js';
import { DocumentSlugParams } from '../../contract/schemas.js';
import { draftAnnotations } from '../../graph/extract/index.js';
import { requireDocument } from '../../graph/query/documents.js';
import { applyDraft } from '../../store/draft-edits.js';
import { editorOf, writeAnnotations } from '../annotations-writer.js';
import type { CorpusLibrary } from '../corpus-library.js';
import { etagOf } from '../if-match.js';
import { writtenReview } from '../review-answer.js';

/**
 * Re-runs the extractor over the document's text: everything accepted or rejected is kept, earlier drafts are
 * replaced. A write like any other (If-Match, the loader's check, history); it answers the annotations with drafts.
 */
export function reviewDraftRoutes(library: CorpusLibrary, guard: RequestHandler[]): Router {
  return Router().post('/api/documents/:slug/draft', ...guard, async (req, res) => {
    const { slug } = parseParams(DocumentSlugParams, req.params);
    const written = await writeAnnotations(library, req, slug, (file) => {
      const essay = library.current();
      const { article } = requireDocument(essay.corpus, slug);
      const registry = essay.parts?.registry?.data.entities ?? [];
      return applyDraft(editorOf(file), (settled) =>
        draftAnnotations({
          article,
          registry,
          localAliases: settled.localAliases,
          existing: settled,
        }),
      );
    });
    res.set('ETag', etagOf(written.version)).json(writtenReview(library, written));
  });
}
