// The print formats a sheet's address may name, and where a ward's print details are read from: a
// format that is not one of them is refused (never a blank or wrong sheet), and a ward's shard is
// the file of its province code.
import { describe, expect, it } from 'vitest';
import { PRINT_FORMAT_IDS, isPrintFormat, wardShardPath } from '../../src/lib/print-formats';

describe('print formats', () => {
  it('knows each of its formats by its exact id, and nothing else', () => {
    for (const id of PRINT_FORMAT_IDS) expect(isPrintFormat(id), id).toBe(true);
    for (const value of ['A4', 'a6', '', ' a4', 'toString', 'constructor', 4, null, undefined, { a4: true }]) expect(isPrintFormat(value), String(value)).toBe(false);
  });

  it('reads a ward\'s print details from the shard of its first two digits', () => {
    expect(wardShardPath('27664')).toBe('/in-an/phuong-xa-27.json');
    expect(wardShardPath('00004')).toBe('/in-an/phuong-xa-00.json');
  });
});
