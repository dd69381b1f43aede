import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLinkRules } from '../../../../src/pipeline/articles/load-rules.js';
import { fixtureTargets, root } from '../../text/corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'rules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const original = readFileSync(join(root, 'geodata/feature-aliases.yaml'), 'utf8');

/** Loads a variant of the project's rules file; returns the error message or ''. */
function messageFor(text: string): string {
  const path = join(dir, 'feature-aliases.yaml');
  writeFileSync(path, text);
  try {
    loadLinkRules(path, 'geodata/feature-aliases.yaml', fixtureTargets());
    return '';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

describe('loadLinkRules', () => {
  it('accepts the project rules', () => {
    expect(messageFor(original)).toBe('');
  });

  it('names the line of an alias key that matches no feature', () => {
    const text = original.replace('  city-hama:\n', '  city-hamma:\n');
    expect(messageFor(text)).toMatch(
      new RegExp(
        `^geodata/feature-aliases\\.yaml:${lineOf(text, 'city-hamma') + 1}: "city-hamma" matches no feature\\. Fix: `,
        'u',
      ),
    );
  });

  it('names the line of a bad road pair, a bad prefer target and an unknown key', () => {
    expect(messageFor(original.replace('[city-aleppo, city-latakia]', '[city-aleppo]'))).toMatch(
      /pairs/u,
    );
    expect(messageFor(original.replace('idlib: idlib-province', 'idlib: idlib-provinse'))).toMatch(
      /:\d+: "idlib-provinse" is not a feature/u,
    );
    expect(messageFor(`${original}\nalias:\n  m4: [x]\n`)).toMatch(/unknown key "alias"/u);
    expect(messageFor(original.replace('roadWindow: 100', 'roadWindow: far'))).toMatch(
      /roadWindow/u,
    );
    const verbs = original.replace(/^roadVerbs:.*\n(?: .*\n)*/mu, 'roadVerbs: linking\n');
    expect(messageFor(verbs)).toMatch(
      new RegExp(`:${lineOf(verbs, 'roadVerbs')}: "roadVerbs" is not a list`, 'u'),
    );
    const prefixes = original.replace(
      /^settlementPrefixes:.*\n(?: .*\n)*/mu,
      'settlementPrefixes: Kafr\n',
    );
    expect(messageFor(prefixes)).toMatch(
      new RegExp(
        `:${lineOf(prefixes, 'settlementPrefixes')}: "settlementPrefixes" is not a list`,
        'u',
      ),
    );
  });

  it('names the line of a bad settlementSuffixes list', () => {
    const text = original.replace('settlementSuffixes: [camp, al]', 'settlementSuffixes: camp');
    expect(messageFor(text)).toMatch(
      new RegExp(`:${lineOf(text, 'settlementSuffixes')}: "settlementSuffixes" is not a list`, 'u'),
    );
  });

  it('names the line of a bad post rule and a group that matches nothing', () => {
    expect(messageFor(original.replace('city-morek: op-morek', 'city-morek: op-murek'))).toMatch(
      /:\d+: "op-murek" is not a feature/u,
    );
    expect(messageFor(original.replace('  preps: [', '  preps: 3\n  x: ['))).toMatch(
      /"posts\.preps" is not a list/u,
    );
    expect(
      messageFor(original.replace('  relatives: [where', '  relatives: 3\n  x: [where')),
    ).toMatch(/"posts\.relatives" is not a list/u);
    expect(messageFor(original.replace('  copulas:\n', '  copulas: 3\n  x:\n'))).toMatch(
      /"posts\.copulas" is not a list/u,
    );
    expect(
      messageFor(original.replace('  adverbs: [recently', '  adverbs: 3\n  x: [recently')),
    ).toMatch(/:\d+: "newPosts\.adverbs" is not a list/u);
    expect(messageFor(original.replace("groupYield: ['op-*']", "groupYield: ['ob-*']"))).toMatch(
      /:\d+: "ob-\*" matches no feature/u,
    );
  });

  it('names the line of a bad seats rule', () => {
    const text = original.replace('features: [city-damascus]', 'features: [city-damascos]');
    expect(messageFor(text)).toMatch(
      new RegExp(`:${lineOf(text, 'city-damascos')}: "city-damascos" is not a feature`, 'u'),
    );
    expect(messageFor(original.replace('features: [city-damascus]', 'features: 3'))).toMatch(
      /"seats\.features" is not a list/u,
    );
  });
});
