// The JSON Schemas of the API's responses, checked against real answers by tests/server/openapi-responses.test.ts.
import { PROBLEM_TYPE_LIST } from '../../contract/problem.js';

export type JsonSchema = Record<string, unknown>;

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

const Time = {
  type: ['object', 'null'],
  properties: { start: { type: ['integer', 'null'] }, end: { type: ['integer', 'null'] } },
};
const Evidence = {
  type: 'object',
  required: ['quote', 'sentence', 'start', 'end'],
  properties: {
    quote: { type: 'string' },
    sentence: { type: 'integer', description: 'Index of the sentence in the article.' },
    start: { type: 'integer' },
    end: { type: 'integer' },
  },
};
const NodeRef = {
  type: 'object',
  required: ['id', 'label', 'kind'],
  properties: { id: { type: 'string' }, label: { type: 'string' }, kind: { type: 'string' } },
};
const HopEdge = {
  type: 'object',
  required: [
    'edge',
    'relation',
    'label',
    'evidence',
    'modality',
    'polarity',
    'assertedBy',
    'reversed',
  ],
  properties: {
    edge: { type: 'string' },
    relation: { type: 'string' },
    label: { type: 'string', description: 'Read in the direction of travel.' },
    evidence: { type: 'array', items: Evidence },
    time: Time,
    polarity: { type: 'string' },
    modality: { type: 'string' },
    assertedBy: { type: 'string' },
    reversed: { type: 'boolean' },
  },
};
const Resolved = {
  type: 'object',
  required: ['input', 'id', 'label', 'kind'],
  properties: {
    input: { type: 'string' },
    ...NodeRef.properties,
    alternatives: { type: 'array', items: NodeRef },
  },
};

export const SCHEMAS: Record<string, JsonSchema> = {
  Article: {
    type: 'object',
    required: ['meta', 'text', 'paragraphs', 'sentences'],
    properties: {
      meta: {
        type: 'object',
        properties: {
          title: { type: 'string' },
          author: { type: 'string' },
          publication: { type: 'string' },
        },
      },
      text: { type: 'string' },
      paragraphs: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            section: { type: 'string' },
            start: { type: 'integer' },
            end: { type: 'integer' },
          },
        },
      },
      sentences: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            index: { type: 'integer' },
            paragraph: { type: 'integer' },
            section: { type: 'string' },
            start: { type: 'integer' },
            end: { type: 'integer' },
            text: { type: 'string' },
          },
        },
      },
    },
  },
  Problem: {
    type: 'object',
    required: ['type', 'title', 'status', 'detail'],
    properties: {
      type: {
        type: 'string',
        enum: PROBLEM_TYPE_LIST.map((p) => p.type),
        description: 'A link into /api/docs, e.g. /api/docs#problem-not-found.',
      },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      parameter: { type: 'string' },
      column: { type: 'integer' },
      suggestions: { type: 'array', items: { type: 'object', properties: { id: {}, label: {} } } },
    },
  },
  Health: {
    type: 'object',
    required: ['status', 'nodes', 'edges'],
    properties: {
      status: { enum: ['ok', 'draining'] },
      nodes: { type: 'integer' },
      edges: { type: 'integer' },
    },
  },
  SerializedGraph: {
    type: 'object',
    description: "graphology's `export()` format.",
    required: ['nodes', 'edges'],
    properties: {
      options: { type: 'object' },
      attributes: { type: 'object' },
      nodes: {
        type: 'array',
        items: { type: 'object', properties: { key: { type: 'string' }, attributes: {} } },
      },
      edges: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            key: { type: 'string' },
            source: { type: 'string' },
            target: { type: 'string' },
            attributes: {},
          },
        },
      },
    },
  },
  EntitySearch: {
    type: 'object',
    properties: {
      results: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            ...NodeRef.properties,
            score: { type: 'number' },
            matched: { type: 'string' },
          },
        },
      },
    },
  },
  EntityDetail: {
    type: 'object',
    required: ['id', 'label', 'kind', 'relations', 'mentions'],
    properties: {
      ...NodeRef.properties,
      aliases: { type: 'array', items: { type: 'string' } },
      description: { type: 'string' },
      time: Time,
      importance: { type: 'number' },
      degree: { type: 'integer' },
      relations: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            relation: { type: 'string' },
            relations: { type: 'array', items: { type: 'object' } },
          },
        },
      },
      mentions: { type: 'array', items: { type: 'object' } },
    },
  },
  PathAnswer: {
    type: 'object',
    required: ['query', 'paths'],
    properties: {
      query: {
        type: 'object',
        properties: {
          from: Resolved,
          to: Resolved,
          via: { type: 'array', items: Resolved },
          k: { type: 'integer' },
          maxHops: { type: 'integer' },
          directed: { type: 'boolean' },
          filters: { type: 'object' },
        },
      },
      paths: {
        type: 'array',
        items: {
          type: 'object',
          required: ['nodes', 'hops', 'length', 'narrative'],
          properties: {
            nodes: { type: 'array', items: NodeRef },
            hops: {
              type: 'array',
              items: {
                ...HopEdge,
                properties: {
                  source: { type: 'string' },
                  target: { type: 'string' },
                  ...HopEdge.properties,
                  parallel: { type: 'array', items: HopEdge },
                },
              },
            },
            length: { type: 'integer' },
            narrative: {
              type: 'string',
              description: 'Plain text; citation [n] is hop n’s evidence.',
            },
          },
        },
      },
      reason: { type: 'string', description: 'Why `paths` is empty.' },
    },
  },
};
