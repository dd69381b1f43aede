/**
 * Reads and checks `geodata/feature-aliases.yaml`, the linking rules.
 */
import { readFileSync } from 'node:fs';
import { DataError } from '../errors.js';
import {
  idsForKey,
  type LinkRules,
  type LinkTarget,
  type PostRule,
  type SeatRule,
} from '../../text/link-rules.js';
import { parseYamlWithLines, type YamlWithLines } from './yaml-lines.js';

/** The keys the rules file may hold. */
const KEYS = [
  'vocab',
  'aliases',
  'ignore',
  'prefer',
  'kindPriority',
  'roads',
  'roadTriggers',
  'roadNouns',
  'roadWindow',
  'roadVerbs',
  'settlementPrefixes',
  'settlementSuffixes',
  'capitalPhrases',
  'retarget',
  'provinceOf',
  'listNouns',
  'listPrefixes',
  'listAfter',
  'listAdjectives',
  'posts',
  'seats',
  'newPosts',
  'groupYield',
  'mentionsUntil',
] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown): value is string[] {
  return (
    Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '')
  );
}

type Fail = (path: (string | number)[], problem: string, fix: string) => never;

/** Checks the `posts` rule: lists of nouns, preps and placeNouns, and an `at` mapping. */
function checkPosts(value: unknown, fail: Fail): PostRule | undefined {
  if (value === undefined) return undefined;
  const fix =
    'write posts: { nouns: [...], preps: [...], placeNouns: [...], at: { city-id: post-id } }';
  if (!isRecord(value)) return fail(['posts'], '"posts" is not a mapping', fix);
  for (const key of ['nouns', 'preps', 'placeNouns'] as const) {
    if (!stringList(value[key]))
      fail(['posts', key], `"posts.${key}" is not a list of phrases`, fix);
  }
  const optional = ['fillers', 'relatives', 'copulas'] as const;
  for (const key of optional) {
    if (value[key] !== undefined && !stringList(value[key]))
      fail(['posts', key], `"posts.${key}" is not a list of phrases`, fix);
  }
  const at = value.at;
  if (!isRecord(at) || !Object.values(at).every((v) => typeof v === 'string'))
    return fail(['posts', 'at'], '"posts.at" is not a mapping of town id to post id', fix);
  return {
    nouns: value.nouns as string[],
    preps: value.preps as string[],
    placeNouns: value.placeNouns as string[],
    ...Object.fromEntries(optional.filter((k) => value[k] !== undefined).map((k) => [k, value[k]])),
    at: at as Record<string, string>,
  };
}

/** Checks a rule that is a mapping of lists (`seats`, `newPosts`): each of `keys` a list. */
function checkLists<K extends string>(
  name: string,
  value: unknown,
  keys: readonly K[],
  fail: Fail,
): Record<K, string[]> {
  const fix = `write ${name}: { ${keys.map((key) => `${key}: [...]`).join(', ')} }`;
  if (!isRecord(value)) return fail([name], `"${name}" is not a mapping`, fix);
  for (const key of keys)
    if (!stringList(value[key])) fail([name, key], `"${name}.${key}" is not a list`, fix);
  return value as Record<K, string[]>;
}

/** Checks the `seats` rule: the capitals' feature ids and the words that place a thing in them. */
function checkSeats(value: unknown, fail: Fail): SeatRule {
  const seats = checkLists('seats', value, ['features', 'before'] as const, fail);
  return {
    features: seats.features,
    before: seats.before.map((word) => word.toLowerCase()),
  };
}

/** Checks the shape of the parsed file; each problem names its line. */
function checkShape(file: string, yaml: YamlWithLines): LinkRules {
  const fail = (path: (string | number)[], problem: string, fix: string): never => {
    throw new DataError(file, yaml.lineOf(path), problem, fix);
  };
  const data = yaml.data;
  if (!isRecord(data))
    return fail([], 'the rules file is not a YAML mapping', 'restore the keys of the file');
  for (const key of Object.keys(data)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      fail([key], `unknown key "${key}"`, `use one of ${KEYS.join(', ')}`);
    }
  }
  const listMap = (key: string): Record<string, string[]> => {
    const value = data[key] ?? {};
    if (!isRecord(value))
      return fail([key], `"${key}" is not a mapping`, `write "${key}:" with one entry per line`);
    for (const [name, list] of Object.entries(value)) {
      if (!stringList(list))
        fail(
          [key, name],
          `"${key}.${name}" is not a list of non-empty strings`,
          'write a YAML list of phrases, e.g. [a, b]',
        );
    }
    return value as Record<string, string[]>;
  };
  const list = (key: string): string[] => {
    const value = data[key] ?? [];
    return stringList(value)
      ? value
      : fail([key], `"${key}" is not a list of non-empty strings`, 'write a YAML list of phrases');
  };
  const prefer = data.prefer ?? {};
  if (!isRecord(prefer) || !Object.values(prefer).every((v) => typeof v === 'string')) {
    fail(
      ['prefer'],
      '"prefer" is not a mapping of alias to feature id',
      'write "alias: feature-id" lines',
    );
  }
  const roads: LinkRules['roads'] = {};
  const rawRoads = data.roads ?? {};
  if (!isRecord(rawRoads))
    fail(['roads'], '"roads" is not a mapping', 'write "road-id: { pairs: [[a, b]] }"');
  for (const [road, rule] of Object.entries(rawRoads as Record<string, unknown>)) {
    const pairs = isRecord(rule) ? rule.pairs : undefined;
    if (!Array.isArray(pairs) || !pairs.every((p) => stringList(p) && p.length === 2)) {
      fail(
        ['roads', road],
        `"roads.${road}.pairs" is not a list of [place-id, place-id] pairs`,
        'write pairs as [city-a, city-b]',
      );
    }
    roads[road] = { pairs: pairs as [string, string][] };
  }
  const rawRetarget = data.retarget ?? [];
  if (!Array.isArray(rawRetarget))
    fail(['retarget'], '"retarget" is not a list', 'write a list of { feature, from, cues }');
  const retarget = (rawRetarget as unknown[]).map((rule, i) => {
    if (
      !isRecord(rule) ||
      !(rule.feature === undefined || typeof rule.feature === 'string') ||
      !stringList(rule.from) ||
      !stringList(rule.cues)
    ) {
      return fail(
        ['retarget', i],
        `retarget rule ${i + 1} needs "feature" (an id), "from" (ids) and "cues" (phrases)`,
        'complete the rule',
      );
    }
    return typeof rule.feature === 'string'
      ? { feature: rule.feature, from: rule.from, cues: rule.cues }
      : { from: rule.from, cues: rule.cues };
  });
  const roadWindow = data.roadWindow ?? 100;
  if (typeof roadWindow !== 'number' || !(roadWindow > 0))
    fail(
      ['roadWindow'],
      '"roadWindow" is not a positive number',
      'write a number of characters, e.g. 100',
    );
  const provinceOf = data.provinceOf ?? {};
  if (!isRecord(provinceOf) || !Object.values(provinceOf).every((v) => typeof v === 'string')) {
    fail(
      ['provinceOf'],
      '"provinceOf" is not a mapping of city id to province id',
      'write "city-id: province-id" lines',
    );
  }
  const mentionsUntil = data.mentionsUntil ?? {};
  if (
    !isRecord(mentionsUntil) ||
    !Object.values(mentionsUntil).every(
      (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(v),
    )
  ) {
    fail(
      ['mentionsUntil'],
      '"mentionsUntil" is not a mapping of feature id to a quoted date',
      'write "feature-id: \'YYYY-MM-DD\'" lines',
    );
  }
  return {
    ...(data.mentionsUntil === undefined
      ? {}
      : { mentionsUntil: mentionsUntil as Record<string, string> }),
    posts: checkPosts(data.posts, fail),
    ...(data.seats === undefined ? {} : { seats: checkSeats(data.seats, fail) }),
    ...(data.newPosts === undefined
      ? {}
      : {
          newPosts: checkLists(
            'newPosts',
            data.newPosts,
            ['adjectives', 'adverbs', 'verbs'] as const,
            fail,
          ),
        }),
    groupYield: list('groupYield'),
    provinceOf: provinceOf as Record<string, string>,
    listNouns: list('listNouns').map((noun) => noun.toLowerCase()),
    listPrefixes: list('listPrefixes').map((prefix) => prefix.toLowerCase()),
    listAfter: list('listAfter').map((word) => word.toLowerCase()),
    listAdjectives: list('listAdjectives').map((word) => word.toLowerCase()),
    vocab: listMap('vocab'),
    aliases: listMap('aliases'),
    ignore: list('ignore'),
    prefer: prefer as Record<string, string>,
    kindPriority: list('kindPriority'),
    roads,
    roadTriggers: list('roadTriggers'),
    roadNouns: list('roadNouns'),
    roadWindow: roadWindow as number,
    roadVerbs: list('roadVerbs'),
    settlementPrefixes: list('settlementPrefixes'),
    settlementSuffixes: list('settlementSuffixes'),
    capitalPhrases: list('capitalPhrases'),
    retarget,
  };
}

/** Checks every feature id the rules name against the features that exist. */
function checkIds(
  file: string,
  yaml: YamlWithLines,
  rules: LinkRules,
  targets: readonly LinkTarget[],
): void {
  const known = new Set(targets.map((t) => t.id));
  const fix = `use an id of a published feature (${[...known].slice(0, 6).join(', ')}, …)`;
  const need = (id: string, path: (string | number)[]): void => {
    if (!known.has(id))
      throw new DataError(file, yaml.lineOf(path), `"${id}" is not a feature`, fix);
  };
  const needPattern = (pattern: string, path: (string | number)[]): void => {
    if (idsForKey(pattern.trim(), targets).length === 0)
      throw new DataError(file, yaml.lineOf(path), `"${pattern.trim()}" matches no feature`, fix);
  };
  for (const key of Object.keys(rules.aliases))
    for (const part of key.split(',')) needPattern(part, ['aliases', key]);
  for (const [alias, id] of Object.entries(rules.prefer)) need(id, ['prefer', alias]);
  for (const [road, { pairs }] of Object.entries(rules.roads))
    for (const id of [road, ...pairs.flat()]) need(id, ['roads', road]);
  for (const [city, province] of Object.entries(rules.provinceOf ?? {}))
    for (const id of [city, province]) need(id, ['provinceOf', city]);
  for (const id of Object.keys(rules.mentionsUntil ?? {})) need(id, ['mentionsUntil', id]);
  for (const [town, post] of Object.entries(rules.posts?.at ?? {}))
    for (const id of [town, post]) need(id, ['posts', 'at', town]);
  for (const [i, id] of (rules.seats?.features ?? []).entries()) need(id, ['seats', 'features', i]);
  for (const [i, pattern] of (rules.groupYield ?? []).entries())
    needPattern(pattern, ['groupYield', i]);
  rules.retarget.forEach((rule, i) => {
    for (const id of [...(rule.feature ? [rule.feature] : []), ...rule.from])
      need(id, ['retarget', i]);
  });
}

/**
 * Reads the linking rules from `path` (shown as `file` in errors) and checks them against the
 * features they may link to.
 */
export function loadLinkRules(
  path: string,
  file: string,
  targets: readonly LinkTarget[],
): LinkRules {
  const yaml = parseYamlWithLines(readFileSync(path, 'utf8'), file);
  const rules = checkShape(file, yaml);
  checkIds(file, yaml, rules, targets);
  return rules;
}
