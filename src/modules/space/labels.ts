import type { cleanroomGrade, dealType, unitStatus, unitUse } from './tables.js';

type Label = { zh: string; en: string };
type Labels<E extends string> = Record<E, Label & { aliases?: string[] }>;

/**
 * Names of the enumerations as people write them in a spreadsheet. The first name (zh) is what the
 * template's dropdowns offer and exports write; any of zh, its traditional form, en, the code itself or
 * an alias is accepted on import.
 */
export const enumLabels = {
  use: {
    rd_lab: { zh: '研发实验室', en: 'R&D lab', aliases: ['研发', '实验室'] },
    gmp_production: { zh: 'GMP生产厂房', en: 'GMP production', aliases: ['生产厂房', '厂房', 'GMP厂房'] },
    office: { zh: '办公', en: 'Office', aliases: ['写字楼', '办公室'] },
    warehouse: { zh: '仓储', en: 'Warehouse', aliases: ['仓库'] },
    land_parcel: { zh: '地块', en: 'Land parcel', aliases: ['土地', '工业用地'] },
  } satisfies Labels<(typeof unitUse.enumValues)[number]>,
  cleanroomGrade: {
    none: { zh: '无', en: 'None', aliases: ['非洁净'] },
    gmp_a: { zh: 'GMP A级', en: 'GMP grade A', aliases: ['A级', 'A'] },
    gmp_b: { zh: 'GMP B级', en: 'GMP grade B', aliases: ['B级', 'B'] },
    gmp_c: { zh: 'GMP C级', en: 'GMP grade C', aliases: ['C级', 'C'] },
    gmp_d: { zh: 'GMP D级', en: 'GMP grade D', aliases: ['D级', 'D'] },
    iso_5: { zh: 'ISO 5级', en: 'ISO class 5', aliases: ['ISO5', '百级'] },
    iso_6: { zh: 'ISO 6级', en: 'ISO class 6', aliases: ['ISO6', '千级'] },
    iso_7: { zh: 'ISO 7级', en: 'ISO class 7', aliases: ['ISO7', '万级'] },
    iso_8: { zh: 'ISO 8级', en: 'ISO class 8', aliases: ['ISO8', '十万级'] },
  } satisfies Labels<(typeof cleanroomGrade.enumValues)[number]>,
  dealType: {
    lease: { zh: '出租', en: 'For lease', aliases: ['租', '租赁', 'lease'] },
    sale: { zh: '出售', en: 'For sale', aliases: ['售', '销售', 'sale'] },
  } satisfies Labels<(typeof dealType.enumValues)[number]>,
  status: {
    available: { zh: '可租售', en: 'Available', aliases: ['空置', '待租', '待售'] },
    reserved: { zh: '已预订', en: 'Reserved', aliases: ['预订', '意向'] },
    leased: { zh: '已出租', en: 'Leased', aliases: ['已租'] },
    sold: { zh: '已售出', en: 'Sold', aliases: ['已售'] },
  } satisfies Labels<(typeof unitStatus.enumValues)[number]>,
} as const;

export type EnumName = keyof typeof enumLabels;

export const booleanLabels = { true: { zh: '是', en: 'Yes' }, false: { zh: '否', en: 'No' } } as const;
