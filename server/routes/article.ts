// GET /api/article?doc=: a document's clean text with its paragraphs and sentences, for the explorer's reader pane.
import { Router } from 'express';
import { DocScopeQuery } from '../../contract/schemas.js';
import { parseParams } from '../../contract/parse.js';
import { requireDocument } from '../../graph/query/documents.js';
import { InvalidInputError } from '../../graph/errors.js';
import type { DocumentArticle } from '../../graph/types.js';
import type { EssaySource } from '../essay-source.js';

/** Without `doc`, the corpus's first document (the only one of a one-document corpus, as before documents). */
export function articleRoutes(source: EssaySource): Router {
  return Router().get('/api/article', (req, res) => {
    const { doc } = parseParams(DocScopeQuery, req.query);
    const { corpus } = source.current();
    if (doc && doc.length > 1)
      throw new InvalidInputError(
        'Parameter `doc`: the article route serves one document; name one.',
        'doc',
      );
    const slug = doc?.[0] ?? corpus.documents[0]?.slug ?? '';
    const { article } = requireDocument(corpus, slug, 'doc');
    const { meta, text, paragraphs, sentences } = article;
    const answer: DocumentArticle = { slug, meta, text, paragraphs, sentences };
    res.json(answer);
  });
}
