// Links made before documents (no `doc`) open the view they opened: on the real essay, and on a two-document corpus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explorerSession, HAS_CHROMIUM, startServer, type TestServer } from './helpers.js';
import { sameView, viewSnapshot } from './view-snapshot.js';
import { TWO_ESSAYS } from '../helpers/two-essays.js';

/** Links as the explorer wrote them before documents, taken from the browser tests of the time. */
const ESSAY_LINKS = [
  '/?node=china',
  '/?node=vladimir-putin&year=2025',
  '/?from=mao-zedong&via=richard-nixon&to=china&k=2',
  `/?edge=${encodeURIComponent('nikita-khrushchev.leads.soviet-union')}`,
  '/?node=china&year=1969&hideKinds=concept&cam=0.5,0.5,1.2',
];

/** The same kinds of link on the fixture, whose legacy document (no `added` date) is `secret-speech`. */
const FIXTURE_LINKS = [
  '/?node=nikita-khrushchev',
  '/?from=nikita-khrushchev&to=de-stalinization',
  '/?year=1956&hideKinds=event',
  '/?node=joseph-stalin&cam=0.5,0.5,1.5',
];

const withDoc = (link: string, doc: string) => `${link}&doc=${doc}`;

describe.skipIf(!HAS_CHROMIUM)('links made before documents', () => {
  const session = explorerSession();
  let fixture: TestServer | undefined;
  beforeAll(async () => {
    if (HAS_CHROMIUM) fixture = await startServer(session.clientDir, TWO_ESSAYS);
  });
  afterAll(() => fixture?.close());

  it('should open the same view on the one-essay corpus, and write its document into the address', async () => {
    const { page, open } = session;
    for (const link of ESSAY_LINKS) {
      await open(link);
      const old = await viewSnapshot(page);
      expect(new URL(page.url()).searchParams.getAll('doc')).toEqual(['zivo-russia-china']);
      await open(withDoc(link, '*'));
      expect(sameView({ ...old, scope: null })).toEqual(sameView(await viewSnapshot(page)));
      expect(old.scope).toEqual(['zivo-russia-china']);
    }
    await open(ESSAY_LINKS[4]!);
    expect(await viewSnapshot(page)).toMatchObject({
      selection: { type: 'node', id: 'china' },
      year: 1969,
      hiddenKinds: ['concept'],
      camera: { x: 0.5, y: 0.5, ratio: 1.2 },
    });
    expect(session.errors).toEqual([]);
  });

  it('should open only the legacy document on a two-document corpus', async () => {
    const { page } = session;
    for (const link of FIXTURE_LINKS) {
      await page.goto(`${fixture!.url}${link}`);
      await page.waitForFunction(() => document.body.dataset.ready === 'true');
      const old = await viewSnapshot(page);
      expect(old.scope).toEqual(['secret-speech']);
      expect(old.edgeDocs).toEqual(['secret-speech']);
      expect(old.nodes).not.toContain('mao-zedong');
      expect(new URL(page.url()).searchParams.getAll('doc')).toEqual(['secret-speech']);
      expect(await page.locator('#reader-body').getAttribute('data-doc')).toBe('secret-speech');
      // Naming the legacy document outright opens the very same view.
      await page.goto(`${fixture!.url}${withDoc(link, 'secret-speech')}`);
      await page.waitForFunction(() => document.body.dataset.ready === 'true');
      expect(sameView(await viewSnapshot(page))).toEqual(sameView(old));
    }
    expect(session.errors).toEqual([]);
  });
});
