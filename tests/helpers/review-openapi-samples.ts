// One request per documented route and status of the review API, over the review fixture (openapi-responses test).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keepVersion } from '../../store/annotations-history.js';
import { annotationsVersion } from '../../store/annotations-version.js';
import { REVIEW_DRAFTS, THAW } from './review-drafts.js';

/**
 * How the review fixture is set up after the server loaded it: as it is, with its file broken by a hand edit
 * (a quote no longer in the text), or with two kept versions (one that loads, one that does not).
 */
export type ReviewSetup = 'review' | 'reviewBroken' | 'reviewHistory';
const SETUPS: readonly string[] = ['review', 'reviewBroken', 'reviewHistory'];
export const isReviewSetup = (setup: string): setup is ReviewSetup => SETUPS.includes(setup);

const ORIGINAL = readFileSync(join(REVIEW_DRAFTS, THAW, 'annotations.yaml'), 'utf8');
const OLDER = `${ORIGINAL}# an older version\n`;
const BROKEN = 'relations: [{ source: nobody }]\n';
const KEPT_AT = new Date('2026-01-01T00:00:00.000Z');
const versionName = (text: string, second: number) =>
  `20260101T0000${String(second).padStart(2, '0')}000Z-${annotationsVersion(text)}`;
const OLDER_VERSION = versionName(OLDER, 0);
const BROKEN_VERSION = versionName(BROKEN, 1);

export async function prepareReview(setup: ReviewSetup, dir: string): Promise<void> {
  const file = join(dir, THAW, 'annotations.yaml');
  if (setup === 'reviewBroken')
    writeFileSync(file, ORIGINAL.replace('criticized khrushchev for', 'praised khrushchev for'));
  if (setup === 'reviewHistory') {
    await keepVersion(dir, THAW, OLDER, 'a change', KEPT_AT);
    await keepVersion(dir, THAW, BROKEN, 'a change', new Date(KEPT_AT.getTime() + 1000));
  }
}

type Method = 'get' | 'post' | 'patch' | 'delete';
type Send = {
  body?: unknown;
  raw?: string;
  type?: string;
  token?: string | null;
  ifMatch?: string;
};
type Sample = [string, number, Method, string, 'readOnly' | ReviewSetup, Send?];

const DOC = `/api/documents/${THAW}`;
const STALE = { ifMatch: '"not-the-version"' };
const HUGE = { body: { note: 'x'.repeat(2_100_000) } };
const FORM = { raw: 'a=b', type: 'application/x-www-form-urlencoded' };
const NO_TOKEN = { token: null };

/** The samples of one route: each status with its URL, setup and request; 401 and 403 added alike for all. */
function route(
  method: Method,
  path: string,
  url: string,
  cases: [number, string, ReviewSetup, Send?][],
) {
  const pair = (status: number) => `${method === 'get' ? '' : `${method} `}${path} ${status}`;
  const samples: Sample[] = cases.map(([status, at, setup, send]) => [
    pair(status),
    status,
    method,
    at,
    setup,
    send,
  ]);
  samples.push([pair(401), 401, method, url, 'review', NO_TOKEN]);
  samples.push([pair(403), 403, method, url, 'readOnly']);
  return samples;
}

const NEW_RELATION = {
  source: 'soviet-union',
  relation: 'opposes',
  target: 'hungary',
  evidence: ['the revolt against soviet rule was crushed'],
};
const RELATION = `${DOC}/relations/mao-criticizes-khrushchev`;
const ENTITY = `${DOC}/entities/wladyslaw-gomulka`;

export const REVIEW_SAMPLES: Sample[] = [
  ...route('get', '/api/documents/{slug}/annotations', `${DOC}/annotations?drafts=1`, [
    [200, `${DOC}/annotations?drafts=1`, 'review'],
    [400, `${DOC}/annotations?drafts=maybe`, 'review'],
    [404, '/api/documents/no-such-essay/annotations', 'review'],
    [422, `${DOC}/annotations`, 'reviewBroken'],
  ]),
  ...route('get', '/api/documents/{slug}/history', `${DOC}/history`, [
    [200, `${DOC}/history`, 'reviewHistory'],
    [400, '/api/documents/Not_A_Slug/history', 'review'],
    [404, '/api/documents/no-such-essay/history', 'review'],
  ]),
  ...route('post', '/api/documents/{slug}/relations', `${DOC}/relations`, [
    [201, `${DOC}/relations`, 'review', { body: NEW_RELATION }],
    [400, `${DOC}/relations`, 'review', { body: { source: 'hungary' } }],
    [404, '/api/documents/no-such-essay/relations', 'review', { body: NEW_RELATION }],
    [412, `${DOC}/relations`, 'review', { body: NEW_RELATION, ...STALE }],
    [413, `${DOC}/relations`, 'review', HUGE],
    [415, `${DOC}/relations`, 'review', FORM],
    [422, `${DOC}/relations`, 'review', { body: { ...NEW_RELATION, evidence: ['not in it'] } }],
  ]),
  ...route('patch', '/api/documents/{slug}/relations/{id}', RELATION, [
    [200, RELATION, 'review', { body: { status: 'accepted' } }],
    [400, RELATION, 'review', { body: {} }],
    [404, `${DOC}/relations/no-such-relation`, 'review', { body: { status: 'accepted' } }],
    [412, RELATION, 'review', { body: { status: 'accepted' }, ...STALE }],
    [413, RELATION, 'review', HUGE],
    [415, RELATION, 'review', FORM],
    [422, RELATION, 'review', { body: { evidence: ['not in the text'] } }],
  ]),
  ...route('delete', '/api/documents/{slug}/relations/{id}', RELATION, [
    [200, RELATION, 'review'],
    [400, `${DOC}/relations/not%20an%20id`, 'review'],
    [404, `${DOC}/relations/no-such-relation`, 'review'],
    [412, RELATION, 'review', STALE],
    [422, `${DOC}/relations/gomulka-leads-poland`, 'reviewBroken'],
  ]),
  ...route('post', '/api/documents/{slug}/entities', `${DOC}/entities`, [
    [
      201,
      `${DOC}/entities`,
      'review',
      { body: { linkTo: 'joseph-stalin', alias: 'party congress' } },
    ],
    [400, `${DOC}/entities`, 'review', { body: { kind: 'planet', label: 'Mars' } }],
    [
      404,
      '/api/documents/no-such-essay/entities',
      'review',
      { body: { kind: 'person', label: 'X' } },
    ],
    [412, `${DOC}/entities`, 'review', { body: { kind: 'person', label: 'X' }, ...STALE }],
    [413, `${DOC}/entities`, 'review', HUGE],
    [415, `${DOC}/entities`, 'review', FORM],
    [422, `${DOC}/entities`, 'review', { body: { kind: 'person', label: 'Nobody Named' } }],
  ]),
  ...route('patch', '/api/documents/{slug}/entities/{id}', ENTITY, [
    [200, ENTITY, 'review', { body: { status: 'accepted' } }],
    [400, ENTITY, 'review', { body: {} }],
    [404, `${DOC}/entities/joseph-stalin`, 'review', { body: { status: 'accepted' } }],
    [412, ENTITY, 'review', { body: { status: 'accepted' }, ...STALE }],
    [413, ENTITY, 'review', HUGE],
    [415, ENTITY, 'review', FORM],
    [422, `${DOC}/entities/cy-draft`, 'review', { body: { status: 'rejected' } }],
  ]),
  ...route('delete', '/api/documents/{slug}/entities/{id}', ENTITY, [
    [200, ENTITY, 'review'],
    [400, `${DOC}/entities/not%20an%20id`, 'review'],
    [404, `${DOC}/entities/no-such-entity`, 'review'],
    [412, ENTITY, 'review', STALE],
    [422, `${DOC}/entities/cy-draft`, 'review'],
  ]),
  ...route(
    'post',
    '/api/documents/{slug}/history/{version}/restore',
    `${DOC}/history/${OLDER_VERSION}/restore`,
    [
      [200, `${DOC}/history/${OLDER_VERSION}/restore`, 'reviewHistory'],
      [400, `${DOC}/history/not!a!version/restore`, 'reviewHistory'],
      [404, `${DOC}/history/20260101T000000000Z-none/restore`, 'reviewHistory'],
      [412, `${DOC}/history/${OLDER_VERSION}/restore`, 'reviewHistory', STALE],
      [422, `${DOC}/history/${BROKEN_VERSION}/restore`, 'reviewHistory'],
    ],
  ),
];
