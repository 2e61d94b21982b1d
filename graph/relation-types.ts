// The controlled vocabulary of relations: every relation in a corpus must use one of these types.
import type { Polarity } from './types.js';

export interface RelationType {
  /** Reads source → target: "Khrushchev denounced Stalin". */
  label: string;
  /** Reads target → source: "Stalin was denounced by Khrushchev". */
  inverseLabel: string;
  /** Used when a relation does not set its own polarity. */
  polarity: Polarity;
  description: string;
}

export const RELATION_TYPES = {
  // ── Offices and membership ──────────────────────────────────────────────
  leads: {
    label: 'leads',
    inverseLabel: 'is led by',
    polarity: 'neutral',
    description: 'Heads a state, government, administration, campaign or other organization.',
  },
  'president-of': {
    label: 'is president of',
    inverseLabel: 'has as president',
    polarity: 'neutral',
    description: 'Holds (or held, per the relation’s time) the presidency of a state.',
  },
  'official-of': {
    label: 'is an official of',
    inverseLabel: 'has as an official',
    polarity: 'neutral',
    description:
      'Holds a government office of a state other than its leadership (e.g. minister, vice president).',
  },
  'part-of': {
    label: 'is part of',
    inverseLabel: 'includes',
    polarity: 'neutral',
    description: 'Is a unit, member or component of a larger organization or whole.',
  },
  won: {
    label: 'won',
    inverseLabel: 'was won by',
    polarity: 'neutral',
    description: 'Won an election or contest.',
  },
  // ── Attitudes and judgements ────────────────────────────────────────────
  denounced: {
    label: 'denounced',
    inverseLabel: 'was denounced by',
    polarity: 'hostile',
    description: 'Publicly condemned a person, state or policy.',
  },
  criticizes: {
    label: 'criticizes',
    inverseLabel: 'is criticized by',
    polarity: 'hostile',
    description: 'Disparages, decries or rejects a person, state, policy or idea.',
  },
  admired: {
    label: 'admired',
    inverseLabel: 'was admired by',
    polarity: 'cooperative',
    description: 'Held a person (or their qualities) in high regard.',
  },
  'regarded-as-revisionist': {
    label: 'saw a revisionist in',
    inverseLabel: 'was seen as a revisionist by',
    polarity: 'hostile',
    description: 'Accused a communist leader of revising (betraying) Marxist doctrine.',
  },
  'strayed-from': {
    label: 'strayed from',
    inverseLabel: 'was abandoned by',
    polarity: 'neutral',
    description: 'Departed from a doctrine or orthodoxy.',
  },
  opposes: {
    label: 'opposes',
    inverseLabel: 'is opposed by',
    polarity: 'hostile',
    description: 'Is against a person, state, organization, policy or process.',
  },
  'hostile-to': {
    label: 'is hostile to',
    inverseLabel: 'faces hostility from',
    polarity: 'hostile',
    description: 'Regards another party as an adversary: loathing, enmity, brink of war.',
  },
  'shares-bond-with': {
    label: 'shares a strong bond with',
    inverseLabel: 'shares a strong bond with',
    polarity: 'cooperative',
    description: 'Has a personal bond and affinity with another leader (symmetric).',
  },
  'no-animosity-toward': {
    label: 'harbors no animosity toward',
    inverseLabel: 'faces no animosity from',
    polarity: 'cooperative',
    description: 'Is stated to have no hostility toward another party (a negated hostility).',
  },
  'deems-unlikely': {
    label: 'deems unlikely',
    inverseLabel: 'is deemed unlikely by',
    polarity: 'neutral',
    description: 'Judges that an event or development is unlikely to happen.',
  },
  prioritizes: {
    label: 'prioritizes',
    inverseLabel: 'is prioritized by',
    polarity: 'neutral',
    description: 'Puts a region, goal or concern first.',
  },
  deprioritizes: {
    label: 'deprioritizes',
    inverseLabel: 'is deprioritized by',
    polarity: 'neutral',
    description: 'Puts a region, goal or concern behind others.',
  },
  'considers-backyard': {
    label: 'considers its backyard',
    inverseLabel: 'is considered a backyard by',
    polarity: 'neutral',
    description: 'Regards a region as its own sphere of influence.',
  },
  // ── Cooperation ─────────────────────────────────────────────────────────
  'allied-with': {
    label: 'is allied with',
    inverseLabel: 'is allied with',
    polarity: 'cooperative',
    description: 'Is in an alliance with another state (symmetric).',
  },
  'partnered-with': {
    label: 'is a partner of',
    inverseLabel: 'is a partner of',
    polarity: 'cooperative',
    description:
      'Is in a (strategic, economic or diplomatic) partnership with another party (symmetric).',
  },
  'junior-partner-of': {
    label: 'is the junior partner of',
    inverseLabel: 'has as junior partner',
    polarity: 'cooperative',
    description: 'Is the subordinate member of a partnership.',
  },
  'sought-partnership-with': {
    label: 'was eager to partner with',
    inverseLabel: 'was sought as a partner by',
    polarity: 'cooperative',
    description: 'Sought a partnership with another leader or state.',
  },
  'rapprochement-with': {
    label: 'draws closer to',
    inverseLabel: 'is drawn closer to by',
    polarity: 'cooperative',
    description: 'Moves toward better relations with another state (rapprochement).',
  },
  appeases: {
    label: 'appeases',
    inverseLabel: 'is appeased by',
    polarity: 'cooperative',
    description: 'Makes concessions to, or flatters, an adversary to avoid confrontation.',
  },
  supports: {
    label: 'supports',
    inverseLabel: 'is supported by',
    polarity: 'cooperative',
    description: 'Backs, helps or endorses a person, party or idea.',
  },
  'supports-militarily': {
    label: 'militarily supports',
    inverseLabel: 'is militarily supported by',
    polarity: 'cooperative',
    description: 'Provides weapons, materiel or other military support.',
  },
  'exports-to': {
    label: 'exports to',
    inverseLabel: 'imports from',
    polarity: 'cooperative',
    description: 'Sells goods (energy, weapons, …) to another economy.',
  },
  'treats-as-friend': {
    label: 'treats as a friend',
    inverseLabel: 'is treated as a friend by',
    polarity: 'cooperative',
    description: 'Treats another state as a friend.',
  },
  'unlikely-to-abandon': {
    label: 'is unlikely to abandon',
    inverseLabel: 'is unlikely to be abandoned by',
    polarity: 'cooperative',
    description: 'Is judged unlikely to break with a partner.',
  },
  settled: {
    label: 'settled disputes with',
    inverseLabel: 'settled disputes with',
    polarity: 'cooperative',
    description: 'Resolved (e.g. border) disputes with another state (symmetric).',
  },
  // ── Conflict and pressure ───────────────────────────────────────────────
  'revolted-against': {
    label: 'revolted against',
    inverseLabel: 'faced a revolt by',
    polarity: 'hostile',
    description: 'Rose up against a ruling power.',
  },
  'planned-attack-on': {
    label: 'planned an attack on',
    inverseLabel: 'was the target of an attack planned by',
    polarity: 'hostile',
    description: 'Prepared (without necessarily carrying out) a military strike on another state.',
  },
  planned: {
    label: 'planned',
    inverseLabel: 'was planned by',
    polarity: 'neutral',
    description: 'Prepared an operation or event, whether or not it went ahead.',
  },
  'wages-war-on': {
    label: 'wages war on',
    inverseLabel: 'faces a war waged by',
    polarity: 'hostile',
    description: 'Is at war with another state, as the aggressor.',
  },
  'refused-to-support': {
    label: 'refused to support',
    inverseLabel: 'was refused support by',
    polarity: 'hostile',
    description: 'Declined to back another party’s course of action.',
  },
  warned: {
    label: 'warned',
    inverseLabel: 'was warned by',
    polarity: 'neutral',
    description: 'Alerted another party to a danger or its consequences.',
  },
  'seeks-to-weaken': {
    label: 'seeks to weaken',
    inverseLabel: 'is the target of efforts to weaken it by',
    polarity: 'hostile',
    description: 'Tries to weaken, hollow out or challenge an alliance, institution or status.',
  },
  dismantles: {
    label: 'moves to dismantle',
    inverseLabel: 'is targeted for dismantling by',
    polarity: 'hostile',
    description: 'Orders, seeks or wants the dismantling of an institution, order or cult.',
  },
  'seeks-to-replace': {
    label: 'seeks to supplant',
    inverseLabel: 'may be supplanted by',
    polarity: 'hostile',
    description: 'Tries to take another party’s place (e.g. as a third state’s lead ally).',
  },
  undermines: {
    label: 'undermines',
    inverseLabel: 'is undermined by',
    polarity: 'hostile',
    description:
      'Weakens or defeats the interests, credibility or success of another party or project.',
  },
  encircles: {
    label: 'encircles',
    inverseLabel: 'is encircled by',
    polarity: 'hostile',
    description: 'Hems a state in from one side as part of an encirclement.',
  },
  provokes: {
    label: 'provokes',
    inverseLabel: 'is provoked by',
    polarity: 'hostile',
    description: 'Acts in a way another party finds provocative.',
  },
  'shows-no-desire-to-reconquer': {
    label: 'shows no desire to reconquer',
    inverseLabel: 'is not sought back by',
    polarity: 'neutral',
    description: 'Has shown no wish to retake territory it once held (a negated claim).',
  },
  'influence-in': {
    label: 'has influence in',
    inverseLabel: 'is under the influence of',
    polarity: 'neutral',
    description: 'Exercises economic, political or security influence in a region.',
  },
  'aimed-against': {
    label: 'is aimed against',
    inverseLabel: 'is the target of',
    polarity: 'hostile',
    description: 'Is an alliance, plan or operation directed against a state.',
  },
  // ── Strategy, ideas and history ─────────────────────────────────────────
  pursues: {
    label: 'pursues',
    inverseLabel: 'is pursued by',
    polarity: 'neutral',
    description: 'Aims at a goal, policy or alliance.',
  },
  emulates: {
    label: 'emulates',
    inverseLabel: 'is emulated by',
    polarity: 'neutral',
    description: 'Copies or echoes an earlier model, playbook or precedent.',
  },
  'named-after': {
    label: 'is named after',
    inverseLabel: 'gives its name to',
    polarity: 'neutral',
    description: 'An idea or thing that takes its name from a person.',
  },
  launched: {
    label: 'launched',
    inverseLabel: 'was launched by',
    polarity: 'neutral',
    description:
      'Founded, initiated or brokered an organization, campaign, policy, process or alliance.',
  },
  'led-to': {
    label: 'led to',
    inverseLabel: 'resulted from',
    polarity: 'neutral',
    description:
      'Caused, prompted, made possible or was the origin of a later event or development.',
  },
  'participant-in': {
    label: 'took part in',
    inverseLabel: 'involved',
    polarity: 'neutral',
    description: 'Was a party to, or spoke at, an event, meeting, conflict or process.',
  },
  'took-place-in': {
    label: 'took place in',
    inverseLabel: 'was the scene of',
    polarity: 'neutral',
    description: 'Where an event happened.',
  },
  'located-in': {
    label: 'is located in',
    inverseLabel: 'contains',
    polarity: 'neutral',
    description: 'Where a place or an organization is (based).',
  },
  // ── Authorship, journalism and expertise ───────────────────────────────
  interviewed: {
    label: 'interviewed',
    inverseLabel: 'was interviewed by',
    polarity: 'neutral',
    description: 'Interviewed a person (e.g. as a source for an article).',
  },
  'works-at': {
    label: 'works at',
    inverseLabel: 'employs',
    polarity: 'neutral',
    description:
      'Is employed by, or holds a post (fellow, columnist, photographer) at, an organization.',
  },
  'alumnus-of': {
    label: 'is an alumnus of',
    inverseLabel: 'has as an alumnus',
    polarity: 'neutral',
    description: 'Studied at an academic institution.',
  },
  'published-in': {
    label: 'has been published in',
    inverseLabel: 'has published work by',
    polarity: 'neutral',
    description: 'Has had work (writing, photographs) published by a publication.',
  },
  covers: {
    label: 'covers',
    inverseLabel: 'is covered by',
    polarity: 'neutral',
    description: 'Reports on, or specializes in, a subject as a journalist or analyst.',
  },
} as const satisfies Record<string, RelationType>;

export type RelationTypeId = keyof typeof RELATION_TYPES;

export function isRelationType(id: string): id is RelationTypeId {
  return Object.hasOwn(RELATION_TYPES, id);
}
