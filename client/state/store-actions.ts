// Every change a reader can make, as one call each on the store: no DOM, so the explorer, the embed and the studio share them.
import { compareYears } from './compare.js';
import { openDocument, readDocument, showAllDocuments, toggleDocument } from './documents.js';
import { clearFilters, setYear, toggleKind, toggleModality, toggleRelation } from './filters.js';
import { askPath, clearPath, showPath } from './path.js';
import { pinNode, unpinAll, unpinNode } from './pins.js';
import { focusOn, select, setCamera, showTab } from './selection.js';
import type { Store } from './store.js';
import type {
  CameraView,
  EntityKind,
  Modality,
  PanelTab,
  PathRequest,
  Point,
  Selection,
  YearPair,
} from '../types.js';

export function createStoreActions(store: Store) {
  return {
    select: (selection: Selection) => store.update(select(selection)),
    focus: (id: string | null, depth?: number) => store.update(focusOn(id, depth)),
    showTab: (tab: PanelTab) => store.update(showTab(tab)),
    setCamera: (camera: CameraView | null) => store.update(setCamera(camera)),
    askPath: (request: PathRequest) => store.update(askPath(request)),
    clearPath: () => store.update(clearPath()),
    showPath: (index: number | null) => store.update(showPath(index)),
    toggleKind: (kind: EntityKind) => store.update(toggleKind(kind)),
    toggleRelation: (relation: string) => store.update(toggleRelation(relation)),
    toggleModality: (modality: Modality) => store.update(toggleModality(modality)),
    showAll: () => store.update(clearFilters()),
    setYear: (year: number | null) => store.update(setYear(year)),
    /** One year (or all, null) in place of a comparison. */
    showYear: (year: number | null) => store.update((s) => setYear(year)(compareYears(null)(s))),
    compareYears: (pair: YearPair | null) => store.update(compareYears(pair)),
    pin: (id: string, at: Point) => store.update(pinNode(id, at)),
    unpin: (id: string) => store.update(unpinNode(id)),
    unpinAll: () => store.update(unpinAll()),
    toggleDocument: (slug: string) => store.update(toggleDocument(slug)),
    showAllDocuments: () => store.update(showAllDocuments()),
    openDocument: (slug: string) => store.update(openDocument(slug)),
    readDocument: (slug: string) => store.update(readDocument(slug)),
  };
}

export type StoreActions = ReturnType<typeof createStoreActions>;
