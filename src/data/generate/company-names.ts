import type { DemoRandom } from '../demo-random.js';

/**
 * Trade-name characters as Chinese pharmaceutical firms use them (康, 瑞, 华 …), two per name, and the
 * business words that say what a firm does, each with the direction and GB/T 4754 code it implies.
 */
const TRADE_CHARS = [...'康瑞泰华源和安健恒博医生普济仁德明科创新美诺信达嘉润盛欣宏远天海正元益'];

export type Business = {
  words: string;
  direction: 'high_quality_medicine' | 'specialty_medical_devices' | 'internet_medicine';
  industryCode: string | null;
  /** Relative frequency among firms of a biomedical target universe. */
  weight: number;
};

export const BUSINESSES: readonly Business[] = [
  { words: '生物科技', direction: 'high_quality_medicine', industryCode: 'C2761', weight: 14 },
  { words: '生物制药', direction: 'high_quality_medicine', industryCode: 'C2762', weight: 5 },
  { words: '医药', direction: 'high_quality_medicine', industryCode: 'C272', weight: 14 },
  { words: '制药', direction: 'high_quality_medicine', industryCode: 'C272', weight: 10 },
  { words: '药业', direction: 'high_quality_medicine', industryCode: 'C271', weight: 6 },
  { words: '中药饮片', direction: 'high_quality_medicine', industryCode: 'C273', weight: 3 },
  { words: '中药', direction: 'high_quality_medicine', industryCode: 'C274', weight: 3 },
  { words: '药用辅料', direction: 'high_quality_medicine', industryCode: 'C278', weight: 2 },
  { words: '医疗器械', direction: 'specialty_medical_devices', industryCode: 'C3584', weight: 12 },
  { words: '医疗科技', direction: 'specialty_medical_devices', industryCode: 'C3581', weight: 8 },
  { words: '诊断技术', direction: 'specialty_medical_devices', industryCode: 'C3583', weight: 5 },
  { words: '口腔医疗', direction: 'specialty_medical_devices', industryCode: 'C3582', weight: 2 },
  { words: '康复器械', direction: 'specialty_medical_devices', industryCode: 'C3586', weight: 2 },
  { words: '互联网医院', direction: 'internet_medicine', industryCode: null, weight: 3 },
  { words: '健康科技', direction: 'internet_medicine', industryCode: null, weight: 6 },
  { words: '医疗数据', direction: 'internet_medicine', industryCode: null, weight: 2 },
];
const BUSINESS_WEIGHTS = BUSINESSES.map((b) => [b, b.weight] as const);

const FORMS = [
  ['有限公司', 80],
  ['股份有限公司', 15],
  ['集团有限公司', 5],
] as const;

/** 闽瑞康 医药 有限公司 — place, two trade characters, business, legal form; plus what the business implies. */
export function companyName(random: DemoRandom, place: string): { name: string; business: Business } {
  const business = random.weighted(BUSINESS_WEIGHTS);
  const trade = random.pick(TRADE_CHARS) + random.pick(TRADE_CHARS);
  return { name: `${place}${trade}${business.words}${random.weighted(FORMS)}`, business };
}
