/**
 * Nothing is dropped: every word of a letter is somewhere in its draft's values (not counting the
 * comments), except the words of the parts the model rebuilds itself: the national name and motto,
 * "Số:", "V/v", "Kính gửi:", "Nơi nhận:", the words of the date line, the item markers, and the
 * header row of a plan's task table (STT · Nhiệm vụ · Chủ trì · …: the plan's annex prints its own).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/import/import-text.js';
import { registryAndDirective } from './cascades.js';

const REBUILT = new Set(
  'cộng hòa hoà xã hội chủ nghĩa việt nam độc lập tự do hạnh phúc số v kính gửi nơi nhận ngày tháng năm'.split(' '),
);

const wordsOf = (s: string): Set<string> =>
  new Set((s.normalize('NFC').toLowerCase().match(/[\p{L}\p{M}\p{Nd}]+/gu) ?? []).filter((w) => w.length > 1 && !REBUILT.has(w)));

const FILES = [
  ...readdirSync('test/fixtures/seeds').filter((f) => f.endsWith('.txt')).map((f) => `test/fixtures/seeds/${f}`),
  ...readdirSync('test/fixtures/import').filter((f) => /\.(?:txt|md)$/.test(f)).map((f) => `test/fixtures/import/${f}`),
];

describe('nothing is dropped', () => {
  for (const path of FILES) {
    it(path, async () => {
      const full = readFileSync(path, 'utf8');
      const source = full.replace(/^\|\s*STT\s*\|.*$/gimu, '');
      const ctx = await registryAndDirective();
      const { document, notes } = importText(source, ctx, { fileName: path });
      // The values of the draft, the registry's names of the agencies it refers to by id alone, and
      // what the report lists as not placed (a second signing authority).
      const json = JSON.stringify(document);
      const names = [...json.matchAll(/"([a-z0-9-]+(?:\.[a-z0-9-]+)?)"/g)].map((m) => ctx.nameOf(m[1] ?? '') ?? '');
      const kept = wordsOf(`${json} ${names.join(' ')} ${notes.unplaced.map((u) => u.text).join(' ')}`);
      const lost = [...wordsOf(source)].filter((w) => !kept.has(w));
      expect(lost).toEqual([]);
    });
  }
});
