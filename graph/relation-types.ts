// The controlled vocabulary of relations: every relation in a corpus must use one of these types.
import type { Polarity } from './types.js';

export interface RelationType {
  /** Reads source → target: "Khrushchev denounced Stalin". Names the type in legends and filters. */
  label: string;
  /** Reads target → source: "Stalin was denounced by Khrushchev". Heads an entity's incoming relations. */
  inverseLabel: string;
  /**
   * The relation as a clause with its real subject first, in the present (in force at publication) and the past
   * (over before it): "{o}" marks where the target goes, at the end when absent. Paths state every hop this way,
   * whichever way they travel it, so no hop reads as a contorted passive. Acts (denounced, interviewed) take the
   * present perfect: done by publication, since a year is the finest date the corpus keeps.
   */
  clause: { present: string; past: string };
  /** Offices may be dated by their holder's tenure (`time.from: tenure`); other relations may not. */
  office?: true;
  /** Used when a relation does not set its own polarity. */
  polarity: Polarity;
  description: string;
}

export const RELATION_TYPES = {
  // ── Offices and membership ──────────────────────────────────────────────
  leads: {
    label: 'leads',
    inverseLabel: 'is led by',
    clause: { present: 'leads', past: 'led' },
    office: true,
    polarity: 'neutral',
    description: 'Heads a state, government, administration, campaign or other organization.',
  },
  'president-of': {
    label: 'is president of',
    inverseLabel: 'has as its president',
    clause: { present: 'is president of', past: 'was president of' },
    office: true,
    polarity: 'neutral',
    description: 'Holds (or held, per the relation’s time) the presidency of a state.',
  },
  'official-of': {
    label: 'is an official of',
    inverseLabel: 'has as an official',
    clause: { present: 'is an official of', past: 'was an official of' },
    office: true,
    polarity: 'neutral',
    description:
      'Holds a government office of a state other than its leadership (e.g. minister, vice president).',
  },
  'part-of': {
    label: 'is part of',
    inverseLabel: 'includes',
    clause: { present: 'is part of', past: 'was part of' },
    polarity: 'neutral',
    description: 'Is a unit, member or component of a larger organization or whole.',
  },
  won: {
    label: 'won',
    inverseLabel: 'was won by',
    clause: { present: 'has won', past: 'won' },
    polarity: 'neutral',
    description: 'Won an election or contest.',
  },
  // ── Attitudes and judgements ────────────────────────────────────────────
  denounced: {
    label: 'denounced',
    inverseLabel: 'was denounced by',
    clause: { present: 'has denounced', past: 'denounced' },
    polarity: 'hostile',
    description: 'Publicly condemned a person, state or policy.',
  },
  criticizes: {
    label: 'criticizes',
    inverseLabel: 'is criticized by',
    clause: { present: 'criticizes', past: 'criticized' },
    polarity: 'hostile',
    description: 'Disparages, decries or rejects a person, state, policy or idea.',
  },
  admired: {
    label: 'admired',
    inverseLabel: 'was admired by',
    clause: { present: 'admires', past: 'admired' },
    polarity: 'cooperative',
    description: 'Held a person (or their qualities) in high regard.',
  },
  'regarded-as-revisionist': {
    label: 'saw a revisionist in',
    inverseLabel: 'was seen as a revisionist by',
    clause: { present: 'sees a revisionist in', past: 'saw a revisionist in' },
    polarity: 'hostile',
    description: 'Accused a communist leader of revising (betraying) Marxist doctrine.',
  },
  'strayed-from': {
    label: 'strayed from',
    inverseLabel: 'was strayed from by',
    clause: { present: 'strays from', past: 'strayed from' },
    polarity: 'neutral',
    description: 'Departed from a doctrine or orthodoxy.',
  },
  opposes: {
    label: 'opposes',
    inverseLabel: 'is opposed by',
    clause: { present: 'opposes', past: 'opposed' },
    polarity: 'hostile',
    description: 'Is against a person, state, organization, policy or process.',
  },
  'hostile-to': {
    label: 'is hostile to',
    inverseLabel: 'faces hostility from',
    clause: { present: 'is hostile to', past: 'was hostile to' },
    polarity: 'hostile',
    description: 'Regards another party as an adversary: loathing, enmity, brink of war.',
  },
  'shares-bond-with': {
    label: 'shares a strong bond with',
    inverseLabel: 'shares a strong bond with',
    clause: { present: 'shares a strong bond with', past: 'shared a strong bond with' },
    polarity: 'cooperative',
    description: 'Has a personal bond and affinity with another leader (symmetric).',
  },
  'no-animosity-toward': {
    label: 'harbors no animosity toward',
    inverseLabel: 'faces no animosity from',
    clause: { present: 'harbors no animosity toward', past: 'harbored no animosity toward' },
    polarity: 'cooperative',
    description: 'Is stated to have no hostility toward another party (a negated hostility).',
  },
  'deems-unlikely': {
    label: 'deems unlikely',
    inverseLabel: 'is deemed unlikely by',
    clause: { present: 'deems {o} unlikely', past: 'deemed {o} unlikely' },
    polarity: 'neutral',
    description: 'Judges that an event or development is unlikely to happen.',
  },
  prioritizes: {
    label: 'prioritizes',
    inverseLabel: 'is prioritized by',
    clause: { present: 'prioritizes', past: 'prioritized' },
    polarity: 'neutral',
    description: 'Puts a region, goal or concern first.',
  },
  deprioritizes: {
    label: 'deprioritizes',
    inverseLabel: 'is deprioritized by',
    clause: { present: 'deprioritizes', past: 'deprioritized' },
    polarity: 'neutral',
    description: 'Puts a region, goal or concern behind others.',
  },
  'considers-backyard': {
    label: 'considers its backyard',
    inverseLabel: 'is considered a backyard by',
    clause: { present: 'considers {o} its backyard', past: 'considered {o} its backyard' },
    polarity: 'neutral',
    description: 'Regards a region as its own sphere of influence.',
  },
  // ── Cooperation ─────────────────────────────────────────────────────────
  'allied-with': {
    label: 'is allied with',
    inverseLabel: 'is allied with',
    clause: { present: 'is allied with', past: 'was allied with' },
    polarity: 'cooperative',
    description: 'Is in an alliance with another state (symmetric).',
  },
  'partnered-with': {
    label: 'is a partner of',
    inverseLabel: 'is a partner of',
    clause: { present: 'is a partner of', past: 'was a partner of' },
    polarity: 'cooperative',
    description:
      'Is in a (strategic, economic or diplomatic) partnership with another party (symmetric).',
  },
  'junior-partner-of': {
    label: 'is the junior partner of',
    inverseLabel: 'has as its junior partner',
    clause: { present: 'is the junior partner of', past: 'was the junior partner of' },
    polarity: 'cooperative',
    description: 'Is the subordinate member of a partnership.',
  },
  'sought-partnership-with': {
    label: 'was eager to partner with',
    inverseLabel: 'had an eager would-be partner in',
    clause: { present: 'is eager to partner with', past: 'was eager to partner with' },
    polarity: 'cooperative',
    description: 'Sought a partnership with another leader or state.',
  },
  'rapprochement-with': {
    label: 'draws closer to',
    inverseLabel: 'is approached by',
    clause: { present: 'is drawing closer to', past: 'drew closer to' },
    polarity: 'cooperative',
    description: 'Moves toward better relations with another state (rapprochement).',
  },
  appeases: {
    label: 'appeases',
    inverseLabel: 'is appeased by',
    clause: { present: 'appeases', past: 'appeased' },
    polarity: 'cooperative',
    description: 'Makes concessions to, or flatters, an adversary to avoid confrontation.',
  },
  supports: {
    label: 'supports',
    inverseLabel: 'is supported by',
    clause: { present: 'supports', past: 'supported' },
    polarity: 'cooperative',
    description: 'Backs, helps or endorses a person, party or idea.',
  },
  'supports-militarily': {
    label: 'militarily supports',
    inverseLabel: 'is militarily supported by',
    clause: { present: 'militarily supports', past: 'militarily supported' },
    polarity: 'cooperative',
    description: 'Provides weapons, materiel or other military support.',
  },
  'exports-to': {
    label: 'exports to',
    inverseLabel: 'imports from',
    clause: { present: 'exports to', past: 'exported to' },
    polarity: 'cooperative',
    description: 'Sells goods (energy, weapons, …) to another economy.',
  },
  'treats-as-friend': {
    label: 'treats as a friend',
    inverseLabel: 'is treated as a friend by',
    clause: { present: 'treats {o} as a friend', past: 'treated {o} as a friend' },
    polarity: 'cooperative',
    description: 'Treats another state as a friend.',
  },
  'unlikely-to-abandon': {
    label: 'is unlikely to abandon',
    inverseLabel: 'is unlikely to be abandoned by',
    clause: { present: 'is unlikely to abandon', past: 'was unlikely to abandon' },
    polarity: 'cooperative',
    description: 'Is judged unlikely to break with a partner.',
  },
  settled: {
    label: 'settled disputes with',
    inverseLabel: 'settled disputes with',
    clause: { present: 'has settled disputes with', past: 'settled disputes with' },
    polarity: 'cooperative',
    description: 'Resolved (e.g. border) disputes with another state (symmetric).',
  },
  // ── Conflict and pressure ───────────────────────────────────────────────
  'revolted-against': {
    label: 'revolted against',
    inverseLabel: 'faced a revolt by',
    clause: { present: 'has revolted against', past: 'revolted against' },
    polarity: 'hostile',
    description: 'Rose up against a ruling power.',
  },
  'planned-attack-on': {
    label: 'planned an attack on',
    inverseLabel: 'was the target of an attack plan by',
    clause: { present: 'has planned an attack on', past: 'planned an attack on' },
    polarity: 'hostile',
    description: 'Prepared (without necessarily carrying out) a military strike on another state.',
  },
  planned: {
    label: 'planned',
    inverseLabel: 'was planned by',
    clause: { present: 'has planned', past: 'planned' },
    polarity: 'neutral',
    description: 'Prepared an operation or event, whether or not it went ahead.',
  },
  'wages-war-on': {
    label: 'wages war on',
    inverseLabel: 'faces a war waged by',
    clause: { present: 'wages war on', past: 'waged war on' },
    polarity: 'hostile',
    description: 'Is at war with another state, as the aggressor.',
  },
  'refused-to-support': {
    label: 'refused to support',
    inverseLabel: 'was refused support by',
    clause: { present: 'has refused to support', past: 'refused to support' },
    polarity: 'hostile',
    description: 'Declined to back another party’s course of action.',
  },
  warned: {
    label: 'warned',
    inverseLabel: 'was warned by',
    clause: { present: 'has warned', past: 'warned' },
    polarity: 'neutral',
    description: 'Alerted another party to a danger or its consequences.',
  },
  'seeks-to-weaken': {
    label: 'seeks to weaken',
    inverseLabel: 'faces efforts to weaken it by',
    clause: { present: 'seeks to weaken', past: 'sought to weaken' },
    polarity: 'hostile',
    description: 'Tries to weaken, hollow out or challenge an alliance, institution or status.',
  },
  dismantles: {
    label: 'wants to dismantle',
    inverseLabel: 'is targeted for dismantling by',
    clause: { present: 'wants to dismantle', past: 'wanted to dismantle' },
    polarity: 'hostile',
    description: 'Orders, seeks or wants the dismantling of an institution, order or cult.',
  },
  'seeks-to-replace': {
    label: 'seeks to supplant',
    inverseLabel: 'faces an effort to supplant it by',
    clause: { present: 'seeks to supplant', past: 'sought to supplant' },
    polarity: 'hostile',
    description: 'Tries to take another party’s place (e.g. as a third state’s lead ally).',
  },
  undermines: {
    label: 'undermines',
    inverseLabel: 'is undermined by',
    clause: { present: 'undermines', past: 'undermined' },
    polarity: 'hostile',
    description:
      'Weakens or defeats the interests, credibility or success of another party or project.',
  },
  encircles: {
    label: 'encircles',
    inverseLabel: 'is encircled by',
    clause: { present: 'encircles', past: 'encircled' },
    polarity: 'hostile',
    description: 'Hems a state in from one side as part of an encirclement.',
  },
  provokes: {
    label: 'provokes',
    inverseLabel: 'is provoked by',
    clause: { present: 'provokes', past: 'provoked' },
    polarity: 'hostile',
    description: 'Acts in a way another party finds provocative.',
  },
  'shows-no-desire-to-reconquer': {
    label: 'shows no desire to reconquer',
    inverseLabel: 'is not coveted by',
    clause: { present: 'shows no desire to reconquer', past: 'showed no desire to reconquer' },
    polarity: 'neutral',
    description: 'Has shown no wish to retake territory it once held (a negated claim).',
  },
  'influence-in': {
    label: 'has influence in',
    inverseLabel: 'is influenced by',
    clause: { present: 'has influence in', past: 'had influence in' },
    polarity: 'neutral',
    description: 'Exercises economic, political or security influence in a region.',
  },
  'aimed-against': {
    label: 'is aimed against',
    inverseLabel: 'is the target of',
    clause: { present: 'is aimed against', past: 'was aimed against' },
    polarity: 'hostile',
    description: 'Is an alliance, plan or operation directed against a state.',
  },
  // ── Strategy, ideas and history ─────────────────────────────────────────
  pursues: {
    label: 'pursues',
    inverseLabel: 'is pursued by',
    clause: { present: 'pursues', past: 'pursued' },
    polarity: 'neutral',
    description: 'Aims at a goal, policy or alliance.',
  },
  emulates: {
    label: 'emulates',
    inverseLabel: 'is emulated by',
    clause: { present: 'emulates', past: 'emulated' },
    polarity: 'neutral',
    description: 'Copies or echoes an earlier model, playbook or precedent.',
  },
  'named-after': {
    label: 'is named after',
    inverseLabel: 'gives its name to',
    clause: { present: 'is named after', past: 'was named after' },
    polarity: 'neutral',
    description: 'An idea or thing that takes its name from a person.',
  },
  launched: {
    label: 'launched',
    inverseLabel: 'was launched by',
    clause: { present: 'has launched', past: 'launched' },
    polarity: 'neutral',
    description:
      'Founded, initiated or brokered an organization, campaign, policy, process or alliance.',
  },
  'led-to': {
    label: 'led to',
    inverseLabel: 'resulted from',
    clause: { present: 'leads to', past: 'led to' },
    polarity: 'neutral',
    description:
      'Caused, prompted, made possible or was the origin of a later event or development.',
  },
  'participant-in': {
    label: 'took part in',
    inverseLabel: 'involved',
    clause: { present: 'takes part in', past: 'took part in' },
    polarity: 'neutral',
    description: 'Was a party to, or spoke at, an event, meeting, conflict or process.',
  },
  'took-place-in': {
    label: 'took place in',
    inverseLabel: 'was the scene of',
    clause: { present: 'took place in', past: 'took place in' },
    polarity: 'neutral',
    description: 'Where an event happened.',
  },
  'located-in': {
    label: 'is located in',
    inverseLabel: 'contains',
    clause: { present: 'is located in', past: 'was located in' },
    polarity: 'neutral',
    description: 'Where a place or an organization is (based).',
  },
  // ── Authorship, journalism and expertise ───────────────────────────────
  interviewed: {
    label: 'interviewed',
    inverseLabel: 'was interviewed by',
    clause: { present: 'has interviewed', past: 'interviewed' },
    polarity: 'neutral',
    description: 'Interviewed a person (e.g. as a source for an article).',
  },
  'works-at': {
    label: 'works at',
    inverseLabel: 'employs',
    clause: { present: 'works at', past: 'worked at' },
    polarity: 'neutral',
    description:
      'Is employed by, or holds a post (fellow, columnist, photographer) at, an organization.',
  },
  'alumnus-of': {
    label: 'is an alumnus of',
    inverseLabel: 'has as an alumnus',
    clause: { present: 'is an alumnus of', past: 'was an alumnus of' },
    polarity: 'neutral',
    description: 'Studied at an academic institution.',
  },
  'published-in': {
    label: 'has been published in',
    inverseLabel: 'has published work by',
    clause: { present: 'has been published in', past: 'had been published in' },
    polarity: 'neutral',
    description: 'Has had work (writing, photographs) published by a publication.',
  },
  covers: {
    label: 'covers',
    inverseLabel: 'is covered by',
    clause: { present: 'covers', past: 'covered' },
    polarity: 'neutral',
    description: 'Reports on, or specializes in, a subject as a journalist or analyst.',
  },
  // ── Added with the sentence-by-sentence review ─────────────────────────
  'president-elect-of': {
    label: 'is president-elect of',
    inverseLabel: 'has as its president-elect',
    clause: { present: 'is president-elect of', past: 'was president-elect of' },
    office: true,
    polarity: 'neutral',
    description: 'Has won a presidential election and not yet taken office.',
  },
  'government-of': {
    label: 'is the government of',
    inverseLabel: 'is governed by',
    clause: { present: 'is the government of', past: 'was the government of' },
    office: true,
    polarity: 'neutral',
    description: 'An administration that governs a state for its term.',
  },
  founded: {
    label: 'founded',
    inverseLabel: 'was founded by',
    clause: { present: 'founded', past: 'founded' },
    polarity: 'neutral',
    description: 'Founded an organization, campaign or movement.',
  },
  deters: {
    label: 'deters',
    inverseLabel: 'is deterred by',
    clause: { present: 'deters', past: 'deterred' },
    polarity: 'hostile',
    description: 'Makes another party back down from, or refrain from, an action.',
  },
  'strategy-for': {
    label: 'is a strategy for',
    inverseLabel: 'would be reached through',
    clause: { present: 'is a strategy for', past: 'was a strategy for' },
    polarity: 'neutral',
    description: 'A course of action whose aim is the target (an alliance, a goal).',
  },
  'photographed-in': {
    label: 'took a photo in',
    inverseLabel: 'was photographed in by',
    clause: { present: 'has taken a photo in', past: 'took a photo in' },
    polarity: 'neutral',
    description: 'Took the photograph a text credits to them in a place.',
  },
  'welcomes-weakening-of': {
    label: 'welcomes the weakening of',
    inverseLabel: 'has its weakening welcomed by',
    clause: { present: 'welcomes the weakening of', past: 'welcomed the weakening of' },
    polarity: 'hostile',
    description: 'Is glad to see an organization or alliance weakened by others.',
  },
} as const satisfies Record<string, RelationType>;

export type RelationTypeId = keyof typeof RELATION_TYPES;

export function isRelationType(id: string): id is RelationTypeId {
  return Object.hasOwn(RELATION_TYPES, id);
}
