import { describe, expect, it } from 'vitest';
import { styleLine } from '../../src/ui/editor/highlight';

/** `text:style` for each coloured span of a line. */
function styled(line: string): string[] {
  return styleLine(line).map((s) => `${line.slice(s.from, s.to)}:${s.style}`);
}

describe('rule editor colouring (from the rules lexer)', () => {
  it('colours declarations, their names, keywords, values and comments', () => {
    expect(styled('condition seriousRisk = case.risk.level is serious   -- Part II')).toEqual([
      'condition:keyword',
      'seriousRisk:def',
      '=:operator',
      'case:variable',
      '.:operator',
      'risk:variable',
      '.:operator',
      'level:variable',
      'is:keyword',
      'serious:variable',
      '-- Part II:comment',
    ]);
  });

  it('colours numbers, dates, texts, true/false/none and brackets', () => {
    expect(styled('expect risk(27/160000, 4) is none and x = 2026-03-27 or "a" or true')).toEqual([
      'expect:keyword',
      'risk:variable',
      '(:bracket',
      '27/160000:number',
      ',:operator',
      '4:number',
      '):bracket',
      'is:keyword',
      'none:atom',
      'and:keyword',
      'x:variable',
      '=:operator',
      '2026-03-27:number',
      'or:keyword',
      '"a":string',
      'or:keyword',
      'true:atom',
    ]);
  });

  it('colours a language code after a label text as meta, and names with hyphens whole', () => {
    expect(styled('low label "Low" de "Gering" for-information')).toEqual([
      'low:variable',
      'label:keyword',
      '"Low":string',
      'de:meta',
      '"Gering":string',
      'for-information:variable',
    ]);
  });

  it('marks an unterminated text and a bad character as invalid', () => {
    expect(styled('x § "open')).toEqual(['x:variable', '§:invalid', '"open:invalid']);
  });

  it('leaves nothing uncoloured but whitespace', () => {
    const line = 'table risk (band : probabilityBand) -> riskLevel hit unique';
    const covered = styleLine(line).reduce((n, s) => n + (s.to - s.from), 0);
    expect(covered).toBe(line.replace(/\s/g, '').length);
  });
});
