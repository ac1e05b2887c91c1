/** Emergency numbers a person can choose in Settings (the common ones, by region). */
export const emergencyNumbers = ['112', '911', '999', '000', '111', '119', '110'] as const;

// Region (ISO 3166 alpha-2) -> the number to call. 112 works across the EU and on most mobile
// networks, so it is the fallback. Sources: national emergency services' own pages (999 UK and
// Ireland also answer 112; 000 Australia; 111 New Zealand; 119 Japan and Korea for ambulance).
const byRegion: Readonly<Record<string, string>> = {
  US: '911',
  CA: '911',
  MX: '911',
  GB: '999',
  IE: '112',
  AU: '000',
  NZ: '111',
  JP: '119',
  KR: '119',
  CN: '120',
  IN: '112',
  ZA: '112',
  BR: '192',
  HK: '999',
  SG: '995',
  MY: '999',
};

/**
 * The emergency number for a BCP 47 locale's region ("en-GB" -> "999", "en-US" -> "911"); 112
 * when the locale names no region or one not in the table.
 */
export function defaultEmergencyNumber(locale: string | undefined): string {
  const region = locale
    ?.split(/[-_]/)
    .slice(1)
    .find((part) => /^[A-Za-z]{2}$/.test(part))
    ?.toUpperCase();
  return (region && byRegion[region]) ?? '112';
}

/** A phone number as a tel: link target (digits and a leading + only). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}
