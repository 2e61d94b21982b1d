// GET /api/article: the essay's clean text with its paragraphs and sentences, for the explorer's reader pane.
import { Router } from 'express';
import type { EssaySource } from '../essay-source.js';

export function articleRoutes(source: EssaySource): Router {
  return Router().get('/api/article', (_req, res) => {
    const { meta, text, paragraphs, sentences } = source.current().corpus.article;
    res.json({ meta, text, paragraphs, sentences });
  });
}
