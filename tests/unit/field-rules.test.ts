// The one table of field rules, checked directly: each kind's acceptance, its normalised value and
// its Vietnamese message (the schemas, importers, generator and editing app all show these).
import { describe, expect, it } from 'vitest';
import { checkField, checkTimeRange, missingMessage, parseTime } from '../../src/lib/field-rules';

const NOW = new Date('2026-12-03T05:00:00Z');

describe('checkField', () => {
  it('text: trims, refuses empty and what print fonts cannot draw on printed fields only', () => {
    expect(checkField('contact.name', '  Công an phường Bàn Cờ  ')).toEqual({ ok: true, value: 'Công an phường Bàn Cờ' });
    expect(checkField('contact.name', '   ')).toMatchObject({ ok: false, reason: 'Tên nơi liên hệ (name) đang trống. Sửa: điền nội dung hoặc xóa hẳn trường này.' });
    const emoji = checkField('session.place', 'Nhà văn hóa 🏠');
    expect(emoji.ok).toBe(false);
    if (!emoji.ok) expect(emoji.reason).toMatch(/^Địa điểm \(place\) có ký tự "🏠" .* ở vị trí 13\) mà phông chữ khi in không vẽ được/);
    expect(checkField('session.bring', 'Điện thoại 📱')).toEqual({ ok: true, value: 'Điện thoại 📱' });
  });
  it('phone: national digits, or the phone message after the field name', () => {
    expect(checkField('contact.phone', '069 232 6555')).toEqual({ ok: true, value: '0692326555' });
    const bad = checkField('contact.phone', '12345');
    expect(!bad.ok && bad.reason.startsWith('Số điện thoại (phone): "12345" không phải số điện thoại Việt Nam')).toBe(true);
  });
  it('day: a verified day in the future is refused, a registration day may be any day', () => {
    expect(checkField('contact.verified', '2026-12-01', { now: NOW })).toEqual({ ok: true, value: '2026-12-01' });
    const future = checkField('contact.verified', '2026-12-31', { now: NOW });
    expect(!future.ok && future.reason.startsWith('Ngày xác minh (verified): ')).toBe(true);
    expect(checkField('session.date', '2026-12-31', { now: NOW })).toEqual({ ok: true, value: '2026-12-31' });
    expect(checkField('session.date', '2026-01-02', { now: NOW })).toEqual({ ok: true, value: '2026-01-02' });
  });
  it('time: "7h30" is stored as 07:30; a wrong time says how to write one', () => {
    expect(checkField('session.start', '7h30')).toEqual({ ok: true, value: '07:30' });
    expect(checkField('session.end', ' 25:00 ')).toEqual({ ok: false, reason: 'Giờ kết thúc (end): "25:00" không phải giờ hợp lệ. Sửa: ghi giờ:phút theo 24 giờ, ví dụ 07:30 hoặc 14:00.' });
  });
  it('unit code: five digits, trimmed; a code that lost its leading zero says why', () => {
    expect(checkField('unit.code', ' 00004 ')).toEqual({ ok: true, value: '00004' });
    const lost = checkField('unit.code', '4');
    expect(!lost.ok && lost.reason).toContain('"4" không phải mã 5 chữ số');
    expect(!lost.ok && lost.reason).toContain('giữ số 0 đầu');
  });
  it('map link: official map hosts only', () => {
    expect(checkField('contact.mapUrl', 'https://www.openstreetmap.org/#map=18/10.77/106.69').ok).toBe(true);
    expect(checkField('contact.mapUrl', 'https://maps.evil.example/x').ok).toBe(false);
  });
});

describe('the other rules of the table', () => {
  it('missingMessage names the field and its hint, or only the field', () => {
    expect(missingMessage('unit.code')).toBe('Thiếu mã phường/xã (code). Sửa: điền trường này (Mã 5 chữ số, ví dụ "27664".).');
    expect(missingMessage('print.headline')).toBe('Thiếu Tiêu đề. Sửa: điền trường này.');
  });
  it('parseTime reads the ways people write a time', () => {
    expect(['7:30', '07:30', '7h30', '7g30', '7h', '7 giờ 30', '19.05'].map(parseTime)).toEqual([450, 450, 450, 450, 420, 450, 1145]);
    expect(['24:00', '7:60', 'bảy giờ', ''].map(parseTime)).toEqual([undefined, undefined, undefined, undefined]);
  });
  it('checkTimeRange: the end comes after the start; a wrong time is left to its own message', () => {
    expect(checkTimeRange('07:30', '11:00')).toBeUndefined();
    expect(checkTimeRange('11:00', '07:30')).toBe('Giờ kết thúc (07:30) không sau giờ bắt đầu (11:00). Sửa: kiểm tra lại hai giờ.');
    expect(checkTimeRange('07:30', '07:30')).toBeDefined();
    expect(checkTimeRange('x', '07:30')).toBeUndefined();
  });
});
