import { describe, expect, it } from 'vitest';
import { csvRow, neutraliseFormula, quoteCsvCell, writeCsv } from '../../../lib/files/csv';

describe('CSV writer', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(quoteCsvCell('plain')).toBe('plain');
    expect(quoteCsvCell('a,b')).toBe('"a,b"');
    expect(quoteCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCsvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(quoteCsvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutraliseFormula('真抓实干 = 口号')).toBe('真抓实干 = 口号');
    expect(neutraliseFormula(-5)).toBe('-5');
    expect(neutraliseFormula(null)).toBe('');
    expect(csvRow(['=cmd|" /C calc"!A0', 'ok'])).toBe(`"'=cmd|"" /C calc""!A0",ok`);
    expect(csvRow(['\rx'])).toBe(`"'\rx"`);
  });

  it('neutralises formulas behind leading spaces or line breaks, and full-width ones', () => {
    for (const cell of ['  =1+1', '\n=HYPERLINK("http://x")', ' \n +1', '\u3000@SUM(A1)', '＝1+1', '＋1', '－1', '＠x', ' ＝1']) {
      expect(neutraliseFormula(cell), JSON.stringify(cell)).toBe(`'${cell}`);
    }
    expect(neutraliseFormula('  真抓实干')).toBe('  真抓实干');
    expect(neutraliseFormula('口号＝提法')).toBe('口号＝提法');
  });

  it('writes a BOM, a header and CRLF rows', () => {
    expect(writeCsv(['a', 'b'], [[1, '中文'], [null, 'x,y']])).toBe('\uFEFFa,b\r\n1,中文\r\n,"x,y"\r\n');
  });
});
