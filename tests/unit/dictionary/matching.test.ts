/**
 * The dictionary as a reader meets it: scanned with the extension's matcher, on pages that
 * spell phrases differently from the seeds, and on everyday Chinese that must stay dark.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../../lib/corpus';
import { createStockScanner } from '../../../lib/dictionary';
import { dictionary, readRootFile, ROOT } from './artifacts';

const scanner = createStockScanner(dictionary);
const found = (text: string) => scanner.scan(text).matches.map((m) => m.text);
const kinds = (text: string) => scanner.scan(text).matches.map((m) => m.kind);

describe('matching pages with the dictionary', () => {
  it('finds a list formulation however its marks are written, and in traditional script', () => {
    expect(found('要不忘初心，牢记使命。')).toEqual(['不忘初心，牢记使命']);
    expect(found('要不忘初心牢记使命。')).toEqual(['不忘初心牢记使命']);
    expect(found('堅持不忘初心、牢記使命')).toContain('不忘初心、牢記使命');
    expect(found('以習近平新時代中國特色社會主義思想為指引')).toEqual([
      '以習近平新時代中國特色社會主義思想為指引',
      '習近平新時代中國特色社會主義思想',
    ]);
  });

  it('finds frames whose gap differs from the seeds, and the stock phrases inside the gap', () => {
    const text = '以党的二十大精神为指引，坚持和发展新时代“枫桥经验”不动摇。';
    expect(kinds(text)).toEqual(['frame', 'slogan', 'frame', 'slogan']);
    expect(found(text)[1]).toBe('党的二十大精神');
    expect(found(text)[3]).toBe('枫桥经验');
    // Density counts the frames' fixed parts and the nested slogans, never a gap twice.
    expect(scanner.scan(text).stockChars).toBe('以为指引坚持不动摇党的二十大精神枫桥经验'.length);
  });

  it('leaves everyday uses of frame words alone', () => {
    expect(found('本书以主人公的成长为主线，把花瓶摆在显眼的位置。')).toEqual([]);
  });

  it('finds the speech ritual', () => {
    expect(kinds('同志们：下面，我讲三点意见。')).toEqual(['ritual', 'ritual']);
  });

  it('keeps everyday Chinese near zero density (≤ 0.5% per text)', () => {
    const dir = `${ROOT}tests/fixtures/everyday/`;
    const names = readdirSync(dir).filter((n) => n.endsWith('.txt'));
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) {
      const text = readFileSync(dir + name, 'utf8');
      expect(text.length).toBeGreaterThanOrEqual(1500);
      expect(scanner.scan(text).density, name).toBeLessThanOrEqual(0.005);
    }
  });

  it('lights up no curated phrase in the everyday texts (the build checks only mined ones there)', () => {
    const dir = `${ROOT}tests/fixtures/everyday/`;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const curated = scanner.scan(readFileSync(dir + name, 'utf8')).matches.filter((m) => dictionary.entries.find((e) => e.id === m.entryId)!.source === 'canonical');
      expect(curated.map((m) => m.text), name).toEqual([]);
    }
  });

  it('lights up a real share of every seed speech', () => {
    for (const s of parseCorpus(readRootFile('seeds/speeches.txt')).speeches) {
      expect(scanner.scanBlocks(s.paragraphs.map((p) => p.text)).density).toBeGreaterThan(0.03);
    }
  });
});
