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

  it('should leave writes to a generated token by default, limited to 30 a minute', () => {
    const config = readConfig({});
    expect(config.EDIT_TOKEN).toBeUndefined();
    expect(config).toMatchObject({ READ_ONLY: false, WRITE_RATE_LIMIT: 30 });
  });

  it('should read EDIT_TOKEN, READ_ONLY and WRITE_RATE_LIMIT', () => {
    const token = 'k3Wq9-vJ_2xYtB7mRzL0aPcN5sDfGhE4uIoU8nTwXy1';
    expect(readConfig({ EDIT_TOKEN: token, READ_ONLY: '1', WRITE_RATE_LIMIT: '5' })).toMatchObject({
      EDIT_TOKEN: token,
      READ_ONLY: true,
      WRITE_RATE_LIMIT: 5,
    });
    expect(readConfig({ READ_ONLY: 'false', WRITE_RATE_LIMIT: '0' })).toMatchObject({
      READ_ONLY: false,
      WRITE_RATE_LIMIT: 0,
    });
  });

  it.each([
    ['fifteen-charsxx', /at least 16/],
    ['', /at least 16/],
    ['sixteen characters', /only letters/],
    ['token-with-a-#-in-it', /only letters/],
  ])('should refuse EDIT_TOKEN=%j', (value, message) => {
    expect(() => readConfig({ EDIT_TOKEN: value })).toThrow(/EDIT_TOKEN/);
    expect(() => readConfig({ EDIT_TOKEN: value })).toThrow(message);
  });

  it.each([
    ['READ_ONLY', 'yes'],
    ['WRITE_RATE_LIMIT', '-1'],
    ['WRITE_RATE_LIMIT', '1e3'],
  ])('should refuse %s=%s', (name, value) => {
    expect(() => readConfig({ [name]: value })).toThrow(new RegExp(name));
  });
});
