import { describe, expect, it } from 'vitest';
import { loadConfig, servesHttps } from './config.ts';

describe('configuration', () => {
  it('defaults to the embedded database with secure cookies', () => {
    const c = loadConfig({});
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.COOKIE_SECURE).toBe(true);
    expect(c.PORT).toBe(3000);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });

  it('lists every bad setting by name', () => {
    const attempt = () =>
      loadConfig({ PORT: 'abc', COOKIE_SECURE: 'yes', DATABASE_URL: 'not a url' });
    expect(attempt).toThrow(/invalid configuration/);
    expect(attempt).toThrow(/PORT/);
    expect(attempt).toThrow(/COOKIE_SECURE/);
    expect(attempt).toThrow(/DATABASE_URL/);
  });

  it('trusts no proxy by default; TRUST_PROXY is a list of addresses, ranges or loopback, never "true"', () => {
    expect(loadConfig({}).TRUST_PROXY).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: ' 127.0.0.1, 10.0.0.0/8 ,::1,loopback' }).TRUST_PROXY).toEqual(
      ['127.0.0.1', '10.0.0.0/8', '::1', 'loopback'],
    );
    for (const bad of ['true', '1', '10.0.0.0/33', 'proxy.example', '10.0.0.1/8/2'])
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY/);
  });

  it('has no SMS gateway unless SMS_GATEWAY_URL names an http(s) address', () => {
    expect(loadConfig({}).SMS_GATEWAY_URL).toBeUndefined();
    const c = loadConfig({
      SMS_GATEWAY_URL: 'https://sms.example.cn/send',
      SMS_GATEWAY_TOKEN: 's3cret',
    });
    expect(c.SMS_GATEWAY_URL).toBe('https://sms.example.cn/send');
    expect(c.SMS_GATEWAY_TOKEN).toBe('s3cret');
    for (const bad of ['sms.example.cn', 'ftp://sms.example.cn/send'])
      expect(() => loadConfig({ SMS_GATEWAY_URL: bad }), bad).toThrow(/SMS_GATEWAY_URL/);
  });

  it('says HTTPS when HTTPS=1 or PUBLIC_ORIGIN is https://, not by default', () => {
    expect(servesHttps(loadConfig({}))).toBe(false);
    expect(servesHttps(loadConfig({ HTTPS: '1' }))).toBe(true);
    const c = loadConfig({ PUBLIC_ORIGIN: 'https://cunzhi.example.cn/' });
    expect(c.PUBLIC_ORIGIN).toBe('https://cunzhi.example.cn');
    expect(servesHttps(c)).toBe(true);
    expect(servesHttps(loadConfig({ PUBLIC_ORIGIN: 'http://192.168.1.5:3000' }))).toBe(false);
    expect(
      servesHttps(loadConfig({ PUBLIC_ORIGIN: 'https://cunzhi.example.cn', HTTPS: 'false' })),
    ).toBe(false);
  });
});
