import { describe, expect, it } from 'vitest';
import { defaultEmergencyNumber, telHref } from './emergency-number';

describe('the emergency number', () => {
  it('is defaulted from the locale region', () => {
    expect(defaultEmergencyNumber('en-US')).toBe('911');
    expect(defaultEmergencyNumber('en-GB')).toBe('999');
    expect(defaultEmergencyNumber('de-DE')).toBe('112');
    expect(defaultEmergencyNumber('en-AU')).toBe('000');
    expect(defaultEmergencyNumber('zh-Hant-HK')).toBe('999');
  });

  it('falls back to 112 when the locale names no known region', () => {
    expect(defaultEmergencyNumber('en')).toBe('112');
    expect(defaultEmergencyNumber(undefined)).toBe('112');
    expect(defaultEmergencyNumber('xx-ZZ')).toBe('112');
  });

  it('makes a tel: link of digits only', () => {
    expect(telHref('999')).toBe('tel:999');
    expect(telHref('+44 20 7946')).toBe('tel:+44207946');
  });
});
