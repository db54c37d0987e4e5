import { describe, expect, it } from 'vitest';
import { checkVietnamesePhone, formatPhone, telHref } from '../../src/lib/phone';

describe('checkVietnamesePhone', () => {
  it.each([
    ['1900 0368', '19000368'],
    ['1900.0368', '19000368'],
    ['0903.858.668', '0903858668'],
    ['0983131185', '0983131185'],
    ['+84 907 028 318', '0907028318'],
    ['028 3829 7009', '02838297009'],
  ])('accepts %s as %s', (input, digits) => {
    expect(checkVietnamesePhone(input)).toEqual({ ok: true, digits });
  });

  it.each([
    // The Công an TP.HCM number as transcribed in CV 4998 is garbled: it must not pass.
    '0693.187.111',
    '113',
    '0903 858 66',
    '12345',
    'gọi 0903858668',
    '0903858668; alert(1)',
  ])('rejects %s with a reason that says how to write a number', (input) => {
    const result = checkVietnamesePhone(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/ví dụ|số điện thoại Việt Nam/);
  });
});

describe('formatting', () => {
  it('groups digits the way people read them', () => {
    expect(formatPhone('19000368')).toBe('1900 0368');
    expect(formatPhone('0903858668')).toBe('0903 858 668');
  });
  it('makes tel: links with national digits so 1900 numbers dial', () => {
    expect(telHref('19000368')).toBe('tel:19000368');
    expect(telHref('0903 858 668')).toBe('tel:0903858668');
  });
});
