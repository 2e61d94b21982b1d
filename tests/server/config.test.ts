// The server's settings: parsed and checked once, refusing combinations that would harm a production server.
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config.js';

describe('readConfig', () => {
  it('should apply the defaults', () => {
    expect(readConfig({})).toMatchObject({ PORT: 3000, RATE_LIMIT: 600, TRUST_PROXY: false });
  });

  it('should refuse DEV_DATASETS in production', () => {
    expect(() => readConfig({ DEV_DATASETS: '1', NODE_ENV: 'production' })).toThrow(
      /DEV_DATASETS.*production/,
    );
    expect(readConfig({ DEV_DATASETS: '1', NODE_ENV: 'development' }).DEV_DATASETS).toBe(true);
  });

  it.each([
    ['1', 1],
    ['2', 2],
    ['0', false],
    ['false', false],
    ['true', true],
    ['loopback', ['loopback']],
    ['10.0.0.0/8, 192.168.1.7', ['10.0.0.0/8', '192.168.1.7']],
    ['::1,uniquelocal', ['::1', 'uniquelocal']],
  ])('should read TRUST_PROXY=%s', (value, expected) => {
    expect(readConfig({ TRUST_PROXY: value }).TRUST_PROXY).toEqual(expected);
  });

  it.each(['0x1', '-1', 'somewhere', '10.0.0.0/99', '1.2.3'])(
    'should refuse TRUST_PROXY=%s',
    (value) => {
      expect(() => readConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY/);
    },
  );

  it('should refuse a number that is not written in decimal digits', () => {
    expect(() => readConfig({ RATE_LIMIT: '0x10' })).toThrow(/RATE_LIMIT/);
  });
});
