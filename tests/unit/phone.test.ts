import { describe, expect, it } from 'vitest';
import { checkVietnamesePhone, formatPhone, telHref } from '../../src/lib/phone';
import { reasonOf } from '../support/refusal';
import vietnam from '../../src/lib/phone-metadata.vn.json' with { type: 'json' };
import { readWorldMetadata, vietnamOnly } from '../../scripts/phone-metadata.mjs';

describe('checkVietnamesePhone', () => {
  it.each([
    ['1900 0368', '19000368'],
    ['1900.0368', '19000368'],
    ['0903.858.668', '0903858668'],
    ['0983131185', '0983131185'],
    ['+84 907 028 318', '0907028318'],
    ['028 3829 7009', '02838297009'],
    // The Ministry of Public Security's network (069…): valid office lines libphonenumber does not list.
    ['069 232 6555', '0692326555'],
    ['0693.187.255', '0693187255'],
    ['+84 69 232 6555', '0692326555'],
    // The international prefix as dialled from abroad.
    ['0084 69 232 6555', '0692326555'],
    ['0084 903 858 668', '0903858668'],
  ])('accepts %s as %s', (input, digits) => {
    expect(checkVietnamesePhone(input)).toEqual({ ok: true, digits });
  });

  it.each([
    '113',
    '069 2326 55555',
    '0123 456 789',
    '0903 858 66',
    '12345',
    'gọi 0903858668',
    '0903858668; alert(1)',
    // Numbers of other countries: refused with the same reason as before the metadata was cut.
    '+44 20 7946 0958',
    '+1 202 555 0143',
    '+66 2 123 4567',
  ])('rejects %s with a reason that says how to write a number', (input) => {
    expect(reasonOf(checkVietnamesePhone(input))).toMatch(/Sửa: .*(ví dụ 0903 858 668|một số)/);
  });

  it.each([
    ['   ', 'Chưa ghi số điện thoại. Sửa: ghi một số'],
    ['0903 858 668 abc', '"0903 858 668 abc" có ký tự không phải chữ số'],
    ['0903 858 668 x12', 'có ký tự không phải chữ số'],
    // Looks like a police line, but is not one (a digit before 069).
    ['1069 232 6555', 'không phải số điện thoại Việt Nam hợp lệ'],
    // A police line with digits missing: never a call link without its leading 0 (6912345).
    ['069 123 45', '"069 123 45" không đủ số: số 069 của ngành Công an có 10 chữ số'],
    ['0691 234 5', 'có 10 chữ số (069 và 7 chữ số)'],
    ['+84 69 123 45', 'có 10 chữ số (069 và 7 chữ số)'],
    // A valid Vietnamese number of a kind no office publishes (internet telephony).
    ['0672 123 456', '"0672 123 456" là loại số VOIP, không dùng làm số liên hệ'],
  ])('refuses %j and says why', (input, reason) => {
    expect(reasonOf(checkVietnamesePhone(input))).toContain(reason);
  });

  it('says that two numbers in one cell must be split, whatever joins them', () => {
    for (const input of ['0903 858 668, 028 3829 7009', '0903858668 / 0983131185', '0903 858 668 hoặc 0983 131 185']) {
      const result = checkVietnamesePhone(input);
      expect(result.ok, input).toBe(false);
      if (!result.ok) expect(result.reason).toContain('có 2 số điện thoại trong một ô');
    }
  });
});

describe('formatting', () => {
  it('groups digits the way people read them', () => {
    expect(formatPhone('19000368')).toBe('1900 0368');
    expect(formatPhone('0903858668')).toBe('0903 858 668');
    expect(formatPhone('0692326555')).toBe('069 232 6555');
  });
  it('makes tel: links with national digits so 1900 numbers dial', () => {
    expect(telHref('19000368')).toBe('tel:19000368');
    expect(telHref('0903 858 668')).toBe('tel:0903858668');
  });
});

describe('the Vietnam metadata', () => {
  it('is exactly Vietnam’s part of the installed libphonenumber-js metadata (run npm run phone:metadata after an upgrade)', () => {
    expect(vietnam).toEqual(vietnamOnly(readWorldMetadata()));
  });
});
