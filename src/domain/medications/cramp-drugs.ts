/**
 * Medicines associated with muscle cramps or muscle pain (docs/domain.md §4), by class.
 * Sources:
 * - GARRISON: Garrison SR et al. Arch Intern Med 2012;172(2):120-6: cramp treatment in the year after
 *   starting a drug vs the year before (the ratio below).
 * - CTT: Cholesterol Treatment Trialists' Collaboration, Lancet 2022;400:832-45.
 * - EAS: Stroes ES et al. (European Atherosclerosis Society), Eur Heart J 2015;36:1012-22; 2018 update.
 * - MERCK: Merck Manual Consumer Version, "Muscle Cramps", table "Some Causes of Muscle Cramps".
 * The generic names under each class are that class's usual members (our list); brand names are a
 * few common ones, matched only as a convenience.
 */
export type CrampDrugClass = {
  /** Stored in a medication's drugClass: never rename an id. */
  id: string;
  label: string;
  /** Generic names, brand names and words for the class, each lower case; '|'-separated. */
  names: string;
  /** What is known, in plain words. */
  evidence: string;
  source: string;
  /** Garrison 2012: times as likely to be treated for cramps in the year after starting. */
  ratio?: number;
  /** Whether starting (and dose changes) or stopping (withdrawal) is the change to watch. */
  watch: 'starting' | 'stopping';
};

const GARRISON = 'Garrison et al., Archives of Internal Medicine 2012';
const MERCK = 'Merck Manual, "Muscle Cramps": Some Causes of Muscle Cramps';
const MERCK_LISTED = 'The Merck Manual lists it among drugs that can cause muscle cramps.';
const garrison = (ratio: number, extra = '') =>
  `In a large study, people were ${ratio.toFixed(2)} times as likely to be treated for cramps in the year after starting as in the year before${extra}.`;

const merckDrug = (id: string, label: string, names: string): CrampDrugClass => ({
  id,
  label,
  names,
  evidence: MERCK_LISTED,
  source: MERCK,
  watch: 'starting',
});

// Order matters: the first class that matches wins, so specific classes come before general words
// ("loop diuretic" before "diuretic"), and statins come first.
export const crampDrugClasses: readonly CrampDrugClass[] = [
  {
    id: 'statin',
    label: 'Statin (cholesterol medicine)',
    names:
      'atorvastatin|simvastatin|rosuvastatin|pravastatin|fluvastatin|lovastatin|pitavastatin|lipitor|zocor|crestor|pravachol|lescol|mevacor|livalo|statin|statins',
    evidence:
      'Muscle symptoms are reported by 7–29% of people on statins in everyday use but by 1–5% in blinded trials, and only about 1 in 15 reports is caused by the statin itself. ' +
      garrison(1.16),
    source: `Cholesterol Treatment Trialists' Collaboration, Lancet 2022; European Atherosclerosis Society 2015 and 2018; ${GARRISON}`,
    ratio: 1.16,
    watch: 'starting',
  },
  {
    id: 'long-acting-beta-agonist',
    label: 'Long-acting beta-2 agonist (inhaler)',
    names:
      'salmeterol|formoterol|eformoterol|vilanterol|indacaterol|olodaterol|arformoterol|bambuterol|serevent|seretide|advair|symbicort|foradil|oxis|relvar|breo|long acting beta agonist|laba',
    evidence: garrison(2.42),
    source: GARRISON,
    ratio: 2.42,
    watch: 'starting',
  },
  {
    id: 'potassium-sparing-diuretic',
    label: 'Potassium-sparing diuretic (water tablet)',
    names: 'spironolactone|eplerenone|amiloride|triamterene|aldactone|inspra|potassium sparing',
    evidence: garrison(2.12),
    source: GARRISON,
    ratio: 2.12,
    watch: 'starting',
  },
  {
    id: 'thiazide-diuretic',
    label: 'Thiazide or thiazide-like diuretic (water tablet)',
    names:
      'hydrochlorothiazide|chlorthalidone|chlortalidone|indapamide|bendroflumethiazide|bendrofluazide|metolazone|chlorothiazide|hctz|thiazide|thiazides',
    evidence: garrison(1.48),
    source: GARRISON,
    ratio: 1.48,
    watch: 'starting',
  },
  {
    id: 'loop-diuretic',
    label: 'Loop diuretic (water tablet)',
    names:
      'furosemide|frusemide|bumetanide|torasemide|torsemide|ethacrynic acid|etacrynic acid|lasix|bumex|demadex|loop diuretic',
    evidence: garrison(1.2, ', a difference too small to be sure of'),
    source: GARRISON,
    ratio: 1.2,
    watch: 'starting',
  },
  {
    id: 'diuretic',
    label: 'Diuretic (water tablet)',
    names: 'diuretic|diuretics|water tablet|water tablets|water pill|water pills',
    evidence:
      "Diuretics are on the Merck Manual's list. How often depends on the type: in a large study the ratio ranged from 1.20 (loop) to 2.12 (potassium-sparing).",
    source: `${MERCK}; ${GARRISON}`,
    watch: 'starting',
  },
  {
    id: 'angiotensin-receptor-blocker',
    label: 'Angiotensin receptor blocker (blood pressure medicine)',
    names:
      'losartan|valsartan|candesartan|irbesartan|olmesartan|telmisartan|azilsartan|eprosartan|cozaar|diovan|atacand|avapro|benicar|micardis|angiotensin receptor blocker|angiotensin ii receptor blocker|arb',
    evidence: MERCK_LISTED,
    source: MERCK,
    watch: 'starting',
  },
  {
    id: 'beta-blocker',
    label: 'Beta-blocker',
    names:
      'atenolol|bisoprolol|metoprolol|propranolol|carvedilol|nebivolol|labetalol|nadolol|sotalol|beta blocker|beta blockers|betablocker',
    evidence:
      'The Merck Manual lists some beta-blockers among drugs that can cause muscle cramps, without naming which.',
    source: MERCK,
    watch: 'starting',
  },
  {
    id: 'bronchodilator',
    label: 'Bronchodilator (asthma or COPD medicine)',
    names:
      'salbutamol|albuterol|levalbuterol|terbutaline|theophylline|aminophylline|ventolin|proventil|bricanyl|bronchodilator|bronchodilators|reliever inhaler',
    evidence: MERCK_LISTED,
    source: MERCK,
    watch: 'starting',
  },
  merckDrug('cisplatin', 'Cisplatin (chemotherapy)', 'cisplatin'),
  merckDrug('vincristine', 'Vincristine (chemotherapy)', 'vincristine'),
  merckDrug('clofibrate', 'Clofibrate (cholesterol medicine)', 'clofibrate'),
  {
    id: 'fibrate',
    label: 'Fibrate (cholesterol medicine)',
    names:
      'fenofibrate|fenofibric acid|gemfibrozil|bezafibrate|ciprofibrate|tricor|trilipix|lipidil|lopid|bezalip|fibrate|fibrates',
    evidence:
      'Muscle pain and weakness (myopathy) are listed side effects of fenofibrate and gemfibrozil, more likely when taken with a statin, above all gemfibrozil.',
    source:
      'US FDA prescribing information for fenofibrate (Tricor) and gemfibrozil (Lopid), Warnings: myopathy and rhabdomyolysis',
    watch: 'starting',
  },
  {
    id: 'proton-pump-inhibitor',
    label: 'Proton pump inhibitor (stomach acid medicine)',
    names:
      'omeprazole|esomeprazole|lansoprazole|dexlansoprazole|pantoprazole|rabeprazole|losec|prilosec|nexium|zoton|prevacid|protonix|pariet|aciphex|proton pump inhibitor|ppi',
    evidence:
      'Taken for a long time (usually more than a year), these can lower the blood magnesium level, and low magnesium can cause muscle cramps and spasms. A doctor can check the level with a blood test.',
    source:
      'US FDA Drug Safety Communication, 2 March 2011: low magnesium levels with long-term use of proton pump inhibitors',
    watch: 'starting',
  },
  merckDrug('donepezil', 'Donepezil (memory medicine)', 'donepezil|aricept'),
  merckDrug('tolcapone', "Tolcapone (Parkinson's medicine)", 'tolcapone|tasmar'),
  merckDrug('raloxifene', 'Raloxifene (bone medicine)', 'raloxifene|evista'),
  merckDrug('teriparatide', 'Teriparatide (bone medicine)', 'teriparatide|forteo|forsteo'),
  merckDrug('pyrazinamide', 'Pyrazinamide (tuberculosis medicine)', 'pyrazinamide'),
  merckDrug(
    'oral-contraceptive',
    'Oral contraceptive (the pill)',
    'ethinylestradiol|ethinyl estradiol|ethinyloestradiol|drospirenone|oral contraceptive|contraceptive pill|birth control pill|combined pill',
  ),
  merckDrug(
    'stimulant',
    'Stimulant',
    'amphetamine|amfetamine|dexamfetamine|dextroamphetamine|lisdexamfetamine|methylphenidate|caffeine|ephedrine|pseudoephedrine|nicotine|adderall|vyvanse|elvanse|ritalin|concerta|sudafed',
  ),
  {
    id: 'sedative',
    label: 'Sedative (benzodiazepine or barbiturate)',
    names:
      'diazepam|lorazepam|alprazolam|clonazepam|temazepam|chlordiazepoxide|nitrazepam|oxazepam|phenobarbital|phenobarbitone|valium|xanax|benzodiazepine|benzodiazepines|barbiturate|sleeping pill|sleeping tablet',
    evidence:
      'The Merck Manual lists stopping sedatives suddenly (withdrawal) as a cause of muscle cramps: reducing or stopping is the change to watch.',
    source: MERCK,
    watch: 'stopping',
  },
];

/** Lower case, accents removed, anything but letters turned into single spaces. */
function words(text: string): string {
  const plain = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return ` ${plain
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim()} `;
}

export type DrugMatch = { drugClass: CrampDrugClass; matchedName: string };

/**
 * The class of a medicine as the person typed it, or null. Case-insensitive and tolerant of doses,
 * brand-style capitals and extra words ("Atorvastatin 20mg", "LIPITOR", "my statin"): a name
 * matches when its words appear whole in the text. The first class in table order wins.
 */
export function matchDrug(name: string): DrugMatch | null {
  const text = words(name);
  for (const drugClass of crampDrugClasses) {
    for (const candidate of drugClass.names.split('|')) {
      if (text.includes(words(candidate))) return { drugClass, matchedName: candidate };
    }
  }
  return null;
}

/** A class by the id stored on a medication; undefined for an unknown id. */
export function crampDrugClass(id: string | undefined): CrampDrugClass | undefined {
  return crampDrugClasses.find((drugClass) => drugClass.id === id);
}

/** Statin onset (EAS 2015/2018): typically within 4-6 weeks; after 12 weeks a statin is less likely. */
export const STATIN_ONSET = { typicalWeeks: [4, 6], lessLikelyAfterWeeks: 12 } as const;
