import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it.each([
    [
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      '\ufeff姓名,户号\n张三,1',
      [
        ['姓名', '户号'],
        ['张三', '1'],
      ],
    ],
    ['"幸福路1号,东",b', [['幸福路1号,东', 'b']]],
    ['"说""是""",x', [['说"是"', 'x']]],
    [
      '"两\r\n行",x\r\ny,z',
      [
        ['两\r\n行', 'x'],
        ['y', 'z'],
      ],
    ],
    [
      'a,,c\n,,\n',
      [
        ['a', '', 'c'],
        ['', '', ''],
      ],
    ],
    [
      '姓名\t户号\n张三\t1',
      [
        ['姓名', '户号'],
        ['张三', '1'],
      ],
    ],
    ['a,"",c', [['a', '', 'c']]],
    ['', []],
  ])('%j', (text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it('a quote inside an unquoted field is kept as written', () => {
    expect(parseCsv('5"8,x')).toEqual([['5"8', 'x']]);
  });
});
