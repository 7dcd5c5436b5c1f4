import {
  APPROX_LOCATION_NOTE,
  GBT_4754,
  MEDZONE_SCORE_DEFAULT,
  MEDZONE_TAXONOMY,
  SEED_PLAN,
  SEED_PORTAL,
  TRANSLATED_NOTE,
} from './sources.js';

/**
 * Reference data: only what the two seed documents state, each record with its source.
 * Coordinates are not in the documents; they are approximate and say so (APPROX_LOCATION_NOTE).
 */

export type ZoneRef = {
  code: string;
  nameZh: string;
  nameEn: string;
  divisionCode: string;
  establishedMonth: string | null;
  positioningZh: string | null;
  sortOrder: number;
  source: string;
  sourceNote: string | null;
};

export const zoneRefs: ZoneRef[] = [
  {
    code: 'fuzhou-imcez',
    nameZh: '福州国际医疗综合实验区',
    nameEn: 'Fuzhou International Medical Comprehensive Experimental Zone',
    divisionCode: '350100',
    establishedMonth: '2021-10',
    positioningZh:
      '围绕前沿医疗技术开展先行先试，促进药品上市许可持有人聚集发展，打造现代医疗开放发展先行区、两岸医学医疗合作示范区；打造福州市前沿生物技术先导区。',
    sortOrder: 1,
    source: SEED_PORTAL,
    sourceNote: 'Settled in Fuzhou New Area in October 2021; also named in the provincial plan (000).',
  },
  {
    code: 'xiamen-bio-economy',
    nameZh: '厦门（国际）生物经济城',
    nameEn: 'Xiamen (International) Bio-Economic City',
    divisionCode: '350200',
    establishedMonth: null,
    positioningZh:
      '建设生物医药产业高地、两岸医疗器械检测研究中心，完善关键基础研发创新平台和产业公共服务平台。',
    sortOrder: 2,
    source: SEED_PLAN,
    sourceNote: TRANSLATED_NOTE,
  },
  {
    code: 'pingtan',
    nameZh: '平潭综合实验区',
    nameEn: 'Pingtan Comprehensive Experimental Zone',
    divisionCode: '350128',
    establishedMonth: null,
    positioningZh: '推动中药材交易中心和中药材跨境电子交易平台发展。',
    sortOrder: 3,
    source: SEED_PLAN,
    sourceNote: null,
  },
];

export type BlockRef = {
  code: string;
  zoneCode: string;
  nameZh: string;
  nameEn: string;
  divisionCode: string;
  source: string;
};

export const blockRefs: BlockRef[] = [
  {
    code: 'cangshan-nantai',
    zoneCode: 'fuzhou-imcez',
    nameZh: '仓山区南台岛区块',
    nameEn: 'Cangshan Nantai Island Block',
    divisionCode: '350104',
    source: SEED_PORTAL,
  },
  {
    code: 'changle-binhai',
    zoneCode: 'fuzhou-imcez',
    nameZh: '长乐区滨海新城区块',
    nameEn: 'Changle Binhai New City Block',
    divisionCode: '350112',
    source: SEED_PORTAL,
  },
];

export type ParkRef = {
  code: string;
  zoneCode: string;
  blockCode: string | null;
  kind: 'park' | 'centre' | 'facility' | 'platform';
  nameZh: string;
  nameEn: string;
  divisionCode: string;
  lng: string;
  lat: string;
  clusters: string[];
  descriptionZh: string | null;
  openedMonth: string | null;
  source: string;
  sourceNote: string | null;
};

// District centres (approximate), used as the map position of parks whose address the documents omit.
const CANGSHAN = { lng: 119.273, lat: 26.047 };
const FUZHOU_CITY = { lng: 119.296, lat: 26.074 };
const XIAMEN_CITY = { lng: 118.089, lat: 24.48 };
const PINGTAN = { lng: 119.791, lat: 25.503 };

function near(base: { lng: number; lat: number }, dLng: number, dLat: number) {
  return { lng: (base.lng + dLng).toFixed(6), lat: (base.lat + dLat).toFixed(6) };
}

const cangshanPark = {
  zoneCode: 'fuzhou-imcez',
  blockCode: 'cangshan-nantai',
  divisionCode: '350104',
  source: SEED_PORTAL,
};

export const parkRefs: ParkRef[] = [
  {
    ...cangshanPark,
    code: 'ruike',
    kind: 'park',
    nameZh: '瑞科医药健康产业园',
    nameEn: 'Ruike Medicine & Health Industrial Park',
    ...near(CANGSHAN, -0.012, 0.006),
    clusters: ['医疗医药'],
    descriptionZh: '仓山区块“三园两中心”之一。一期已全面运营，入驻安布瑞、壹药网等60多家企业。',
    openedMonth: null,
    sourceNote: null,
  },
  {
    ...cangshanPark,
    code: 'caimao',
    kind: 'park',
    nameZh: '财茂生物医药科技园',
    nameEn: 'Caimao Biomedical Science Park',
    ...near(CANGSHAN, 0.01, 0.008),
    clusters: ['医疗医药'],
    descriptionZh: '仓山区块“三园两中心”之一。',
    openedMonth: null,
    sourceNote: null,
  },
  {
    ...cangshanPark,
    code: 'jinshan',
    kind: 'park',
    nameZh: '金山医药产业园',
    nameEn: 'Jinshan Pharmaceutical Industrial Park',
    ...near(CANGSHAN, -0.02, -0.008),
    clusters: ['医疗医药'],
    descriptionZh: '仓山区块“三园两中心”之一。2022年7月正式揭牌运营，新增产业空间4.5万平方米。',
    openedMonth: '2022-07',
    sourceNote: null,
  },
  {
    ...cangshanPark,
    code: 'haixi-new-drug',
    kind: 'centre',
    nameZh: '海西新药研发及转化中心',
    nameEn: 'Haixi New Drug R&D and Transformation Centre',
    ...near(CANGSHAN, 0.018, -0.006),
    clusters: ['医疗医药'],
    descriptionZh: '仓山区块“三园两中心”之一。已有7项高端仿制药产品获批上市。',
    openedMonth: null,
    sourceNote: null,
  },
  {
    ...cangshanPark,
    code: 'anbrui',
    kind: 'centre',
    nameZh: '安布瑞肿瘤精准医学研究中心',
    nameEn: 'Anbrui Tumour Precision Medicine Research Centre',
    ...near(CANGSHAN, 0.002, -0.014),
    clusters: ['医疗医药'],
    descriptionZh: '仓山区块“三园两中心”之一。已成功研发200多种PDX模型，正处于转临床阶段。',
    openedMonth: null,
    sourceNote: null,
  },
  {
    code: 'national-regional-medical-centre',
    zoneCode: 'fuzhou-imcez',
    blockCode: null,
    kind: 'facility',
    nameZh: '国家区域医疗中心',
    nameEn: 'National Regional Medical Centre',
    divisionCode: '350100',
    ...near(FUZHOU_CITY, 0.01, 0.01),
    clusters: [],
    descriptionZh: '福州实验区已建成的设施。',
    openedMonth: null,
    source: SEED_PORTAL,
    sourceNote: 'The document does not say which block; placed at Fuzhou city level.',
  },
  {
    code: 'southeast-health-big-data-centre',
    zoneCode: 'fuzhou-imcez',
    blockCode: null,
    kind: 'facility',
    nameZh: '国家东南健康医疗大数据中心',
    nameEn: 'National Southeast Health & Medical Big Data Centre',
    divisionCode: '350100',
    ...near(FUZHOU_CITY, -0.012, 0.014),
    clusters: [],
    descriptionZh: '福州实验区已建成的设施。',
    openedMonth: null,
    source: SEED_PORTAL,
    sourceNote: 'The document does not say which block; placed at Fuzhou city level.',
  },
  {
    code: 'overseas-chinese-hospital-crb',
    zoneCode: 'fuzhou-imcez',
    blockCode: null,
    kind: 'facility',
    nameZh: '华侨医院临床研究基地',
    nameEn: 'Overseas Chinese Hospital Clinical Research Base',
    divisionCode: '350100',
    ...near(FUZHOU_CITY, 0.02, -0.004),
    clusters: [],
    descriptionZh: '福州实验区已建成的设施。',
    openedMonth: null,
    source: SEED_PORTAL,
    sourceNote: 'The document does not say which block; placed at Fuzhou city level.',
  },
  {
    code: 'fujian-innovation-institute',
    zoneCode: 'fuzhou-imcez',
    blockCode: null,
    kind: 'platform',
    nameZh: '福建省创新研究院',
    nameEn: 'Fujian Innovation Research Institute',
    divisionCode: '350100',
    ...near(FUZHOU_CITY, -0.02, -0.01),
    clusters: [],
    descriptionZh: '生物医药产业平台，福州实验区借助其推动项目落户。',
    openedMonth: null,
    source: SEED_PORTAL,
    sourceNote: null,
  },
  {
    code: 'xiamen-device-testing-centre',
    zoneCode: 'xiamen-bio-economy',
    blockCode: null,
    kind: 'centre',
    nameZh: '两岸医疗器械检测研究中心',
    nameEn: 'Cross-Strait Medical Device Testing and Research Centre',
    divisionCode: '350200',
    ...near(XIAMEN_CITY, 0.01, 0.01),
    clusters: ['医疗器械'],
    descriptionZh: '厦门建设的两岸医疗器械检测研究中心。',
    openedMonth: null,
    source: SEED_PLAN,
    sourceNote: TRANSLATED_NOTE,
  },
  {
    code: 'xiamen-tcm-innovation-district',
    zoneCode: 'xiamen-bio-economy',
    blockCode: null,
    kind: 'platform',
    nameZh: '国家中医药产学研协同创新试验区',
    nameEn: 'National TCM Industry-University-Research Collaborative Innovation Test District',
    divisionCode: '350200',
    ...near(XIAMEN_CITY, -0.012, 0.02),
    clusters: ['中药'],
    descriptionZh: '厦门建设的国家中医药产学研协同创新试验区。',
    openedMonth: null,
    source: SEED_PLAN,
    sourceNote: TRANSLATED_NOTE,
  },
  {
    code: 'pingtan-medicinal-materials-centre',
    zoneCode: 'pingtan',
    blockCode: null,
    kind: 'platform',
    nameZh: '台中药材交易中心',
    nameEn: 'Taichung Medicinal Materials Trading Center',
    divisionCode: '350128',
    ...near(PINGTAN, 0.01, 0.01),
    clusters: ['中药材'],
    descriptionZh: '平潭综合实验区重点推动发展的中药材交易中心。',
    openedMonth: null,
    source: SEED_PLAN,
    sourceNote: TRANSLATED_NOTE,
  },
  {
    code: 'pingtan-cross-border-tcm-platform',
    zoneCode: 'pingtan',
    blockCode: null,
    kind: 'platform',
    nameZh: '中药材跨境电子交易平台',
    nameEn: 'Cross-Border E-Trading Platform for Chinese Medicinal Materials',
    divisionCode: '350128',
    ...near(PINGTAN, -0.01, -0.008),
    clusters: ['中药材'],
    descriptionZh: '平潭综合实验区重点推动发展的中药材跨境电子交易平台。',
    openedMonth: null,
    source: SEED_PLAN,
    sourceNote: TRANSLATED_NOTE,
  },
];

export const locationNote = APPROX_LOCATION_NOTE;

export type FigureRef = {
  code: string;
  subjectType: 'province' | 'zone' | 'block' | 'park';
  subjectCode: string;
  metric: string;
  value: string;
  comparator: 'eq' | 'at_least';
  unit: string;
  asOf: string | null;
  labelZh: string;
  labelEn: string;
  source: string;
};

export const figureRefs: FigureRef[] = [
  {
    code: 'fuzhou-imcez-enterprises',
    subjectType: 'zone',
    subjectCode: 'fuzhou-imcez',
    metric: 'enterprises_settled',
    value: '100',
    comparator: 'at_least',
    unit: 'enterprises',
    asOf: null,
    labelZh: '入驻健康医疗企业',
    labelEn: 'health and medical enterprises settled',
    source: SEED_PORTAL,
  },
  {
    code: 'ruike-phase1-enterprises',
    subjectType: 'park',
    subjectCode: 'ruike',
    metric: 'enterprises_settled',
    value: '60',
    comparator: 'at_least',
    unit: 'enterprises',
    asOf: null,
    labelZh: '一期入驻优质企业',
    labelEn: 'enterprises settled in phase one',
    source: SEED_PORTAL,
  },
  {
    code: 'jinshan-new-space',
    subjectType: 'park',
    subjectCode: 'jinshan',
    metric: 'new_space_m2',
    value: '45000',
    comparator: 'eq',
    unit: 'm2',
    asOf: '2022-07',
    labelZh: '新增产业空间',
    labelEn: 'new industrial space',
    source: SEED_PORTAL,
  },
  {
    code: 'haixi-generics-approved',
    subjectType: 'park',
    subjectCode: 'haixi-new-drug',
    metric: 'generics_approved',
    value: '7',
    comparator: 'eq',
    unit: 'products',
    asOf: null,
    labelZh: '高端仿制药产品获批上市',
    labelEn: 'high-end generic drugs approved for market',
    source: SEED_PORTAL,
  },
  {
    code: 'anbrui-pdx-models',
    subjectType: 'park',
    subjectCode: 'anbrui',
    metric: 'pdx_models',
    value: '200',
    comparator: 'at_least',
    unit: 'models',
    asOf: null,
    labelZh: '已研发PDX模型',
    labelEn: 'PDX models developed',
    source: SEED_PORTAL,
  },
];

export type TargetRef = {
  code: string;
  scopeType: 'province' | 'zone' | 'block' | 'park';
  scopeCode: string;
  metric: string;
  targetValue: string;
  unit: string;
  dueYear: number;
  labelZh: string;
  labelEn: string;
  source: string;
};

export const targetRefs: TargetRef[] = [
  {
    code: 'fujian-pharma-revenue-2025',
    scopeType: 'province',
    scopeCode: '350000',
    metric: 'pharma_operating_revenue_yuan',
    targetValue: '120000000000',
    unit: 'yuan',
    dueYear: 2025,
    labelZh: '全省医药工业营业收入',
    labelEn: 'Provincial pharmaceutical industry operating revenue',
    source: SEED_PLAN,
  },
];

export const directionRefs = [
  {
    code: 'high_quality_medicine',
    nameZh: '高品质医药',
    nameEn: 'High-quality medicine',
    source: SEED_PORTAL,
  },
  {
    code: 'specialty_medical_devices',
    nameZh: '特色医疗器械',
    nameEn: 'Specialty medical devices',
    source: SEED_PORTAL,
  },
  {
    code: 'internet_medicine',
    nameZh: '互联网+医药医疗',
    nameEn: 'Internet + medicine',
    source: SEED_PORTAL,
  },
];

/** A milestone a document reports of an enterprise, with the figure it gives (no date: the documents give none). */
export type EnterpriseMilestoneRef = {
  kind: 'pdx_models' | 'approval' | 'clinical_trial' | 'platform' | 'product' | 'funding' | 'award';
  title: string;
  stage: string | null;
  quantity: string | null;
  source: string;
};

/**
 * Enterprises the documents name, with what they say of them (no credit codes: the documents give none).
 * Figures the documents give for a park (Haixi's 7 approved generics, Ruike's 60+ firms) stay the park's
 * reference figures; Anbrui's 200+ PDX models are also its research centre's, kept as that park's figure too.
 */
export const enterpriseRefs: {
  nameZh: string;
  nameEn: string;
  status: 'settled' | 'in_contact';
  parkCode: string | null;
  isLeading?: boolean;
  milestones?: EnterpriseMilestoneRef[];
  source: string;
}[] = [
  {
    nameZh: '安布瑞',
    nameEn: 'Anbrui',
    status: 'settled' as const,
    parkCode: 'ruike',
    source: SEED_PORTAL,
    milestones: [
      {
        // "安布瑞肿瘤精准医学研究中心已成功研发200多种PDX模型，正处于转临床阶段": 200 is the lower bound.
        kind: 'pdx_models',
        title: '已成功研发200多种PDX模型，正处于转临床阶段',
        stage: '转临床阶段',
        quantity: '200',
        source: SEED_PORTAL,
      },
    ],
  },
  {
    nameZh: '壹药网',
    nameEn: 'Yiyaowang',
    status: 'settled' as const,
    parkCode: 'ruike',
    source: SEED_PORTAL,
  },
  {
    // "主动与因美纳等多家生物医药龙头企业建立联系": in contact, and named among the leading firms.
    nameZh: '因美纳',
    nameEn: 'Illumina',
    status: 'in_contact' as const,
    parkCode: null,
    isLeading: true,
    source: SEED_PORTAL,
  },
];

type IndustryCodeRef = {
  code: string;
  nameZh: string;
  nameEn: string;
  parentCode: string | null;
  source: string;
};

function gbt(code: string, nameZh: string, nameEn: string, parentCode: string | null): IndustryCodeRef {
  return { code, nameZh, nameEn, parentCode, source: GBT_4754 };
}

/** GB/T 4754-2017: C27 pharmaceutical manufacturing and C358 medical instruments and equipment. */
export const industryCodeRefs: IndustryCodeRef[] = [
  gbt('C27', '医药制造业', 'Pharmaceutical manufacturing', null),
  gbt('C271', '化学药品原料药制造', 'Chemical APIs', 'C27'),
  gbt('C272', '化学药品制剂制造', 'Chemical drug formulations', 'C27'),
  gbt('C273', '中药饮片加工', 'Processed TCM decoction pieces', 'C27'),
  gbt('C274', '中成药生产', 'Proprietary Chinese medicines', 'C27'),
  gbt('C275', '兽用药品制造', 'Veterinary drugs', 'C27'),
  gbt('C276', '生物药品制品制造', 'Biological drugs and products', 'C27'),
  gbt('C2761', '生物药品制造', 'Biological drugs', 'C276'),
  gbt('C2762', '基因工程药物和疫苗制造', 'Genetically engineered drugs and vaccines', 'C276'),
  gbt('C277', '卫生材料及医药用品制造', 'Sanitary materials and medical supplies', 'C27'),
  gbt('C278', '药用辅料及包装材料制造', 'Pharmaceutical excipients and packaging', 'C27'),
  gbt('C35', '专用设备制造业', 'Special-purpose equipment manufacturing', null),
  gbt('C358', '医疗仪器设备及器械制造', 'Medical instruments and equipment', 'C35'),
  gbt('C3581', '医疗诊断、监护及治疗设备制造', 'Diagnostic, monitoring and therapy equipment', 'C358'),
  gbt('C3582', '口腔科用设备及器具制造', 'Dental equipment and instruments', 'C358'),
  gbt('C3583', '医疗实验室及医用消毒设备和器具制造', 'Medical laboratory and disinfection equipment', 'C358'),
  gbt('C3584', '医疗、外科及兽医用器械制造', 'Medical, surgical and veterinary instruments', 'C358'),
  gbt('C3585', '机械治疗及病房护理设备制造', 'Mechanical therapy and ward care equipment', 'C358'),
  gbt('C3586', '康复辅具制造', 'Rehabilitation aids', 'C358'),
  gbt('C3587', '眼镜制造', 'Eyewear', 'C358'),
  gbt('C3589', '其他医疗设备及器械制造', 'Other medical equipment and instruments', 'C358'),
  // Outside C27/C358, the codes the chain's other links sit at (checked against the 2017 code list).
  gbt(
    'C354',
    '印刷、制药、日化及日用品生产专用设备制造',
    'Printing, pharmaceutical, daily-chemical and daily-goods production equipment',
    'C35',
  ),
  gbt('C3544', '制药专用设备制造', 'Pharmaceutical production equipment', 'C354'),
  gbt('F51', '批发业', 'Wholesale', null),
  gbt('F515', '医药及医疗器材批发', 'Wholesale of medicines and medical equipment', 'F51'),
  gbt('F5151', '西药批发', 'Wholesale of Western medicines', 'F515'),
  gbt('F5152', '中药批发', 'Wholesale of Chinese medicines', 'F515'),
  gbt('F5154', '医疗用品及器材批发', 'Wholesale of medical supplies and equipment', 'F515'),
  gbt('F52', '零售业', 'Retail', null),
  gbt('F525', '医药及医疗器材专门零售', 'Specialised retail of medicines and medical equipment', 'F52'),
  gbt('F5251', '西药零售', 'Retail of Western medicines', 'F525'),
  gbt('F5252', '中药零售', 'Retail of Chinese medicines', 'F525'),
  gbt('F5254', '医疗用品及器材零售', 'Retail of medical supplies and equipment', 'F525'),
  gbt('I64', '互联网和相关服务', 'Internet and related services', null),
  gbt('I6450', '互联网数据服务', 'Internet data services', 'I64'),
  gbt('M73', '研究和试验发展', 'Research and experimental development', null),
  gbt('M7340', '医学研究和试验发展', 'Medical research and experimental development', 'M73'),
  gbt('Q84', '卫生', 'Health', null),
  gbt('Q841', '医院', 'Hospitals', 'Q84'),
  gbt('Q842', '基层医疗卫生服务', 'Primary health care', 'Q84'),
  gbt('Q849', '其他卫生活动', 'Other health activities', 'Q84'),
  gbt('Q8492', '临床检验服务', 'Clinical laboratory services', 'Q849'),
];

type ChainLinkRef = {
  code: string;
  segment: 1 | 2 | 3;
  position: number;
  nameZh: string;
  nameEn: string;
  industryPrefixes: string[];
  directionCodes: string[];
  source: string;
};

const MEDICINE = 'high_quality_medicine';
const DEVICES = 'specialty_medical_devices';
const INTERNET = 'internet_medicine';

function link(
  code: string,
  segment: ChainLinkRef['segment'],
  names: [zh: string, en: string],
  industryPrefixes: string[],
  directionCodes: string[],
): Omit<ChainLinkRef, 'position'> {
  return {
    code,
    segment,
    nameZh: names[0],
    nameEn: names[1],
    industryPrefixes,
    directionCodes,
    source: MEDZONE_TAXONOMY,
  };
}

/**
 * The biomedical chain as the platform classifies it (upstream → midstream → downstream, the issue's
 * list), with the GB/T 4754-2017 codes whose enterprises sit at each link and the zone's directions each
 * serves; a classification, not a fact from the documents. The longest matching prefix decides (C2762 is
 * biologics, not generics). Codes are kept once given: matching, demands and leads store them. Links
 * without a code of their own (innovative drugs: a stage, not an industry) are set on the enterprise.
 * Admins maintain names, codes and directions (PATCH /api/chain/links/:code); a link they edited is no
 * longer overwritten by this list (see load-reference.ts).
 */
export const chainLinkRefs: ChainLinkRef[] = [
  link('api', 1, ['原料药及中间体', 'APIs and intermediates'], ['C271'], [MEDICINE]),
  link('excipients', 1, ['药用辅料与包材', 'Excipients and packaging'], ['C278'], [MEDICINE]),
  link('reagents', 1, ['试剂与耗材', 'Reagents and consumables'], ['C277'], [MEDICINE, DEVICES]),
  link('equipment', 1, ['制药与检测设备', 'Equipment'], ['C3544'], [MEDICINE, DEVICES]),
  link('innovative_drugs', 2, ['创新药', 'Innovative drugs'], [], [MEDICINE]),
  link('generics', 2, ['化学药', 'Chemical drugs'], ['C272'], [MEDICINE]),
  link('biologics', 2, ['生物药', 'Biologics'], ['C276'], [MEDICINE]),
  link('tcm', 2, ['中药', 'Traditional Chinese medicine'], ['C273', 'C274'], [MEDICINE]),
  link('devices', 2, ['医疗器械', 'Medical devices'], ['C358'], [DEVICES]),
  link('diagnostics', 2, ['诊断与检验', 'Diagnostics'], ['Q8492'], [DEVICES]),
  link('cro_cdmo', 2, ['CRO/CDMO 研发生产外包', 'CRO / CDMO'], ['M7340'], [MEDICINE]),
  link('hospitals', 3, ['医院与诊所', 'Hospitals and clinics'], ['Q841', 'Q842'], [INTERNET]),
  link(
    'distribution',
    3,
    ['医药流通与零售', 'Distribution and retail'],
    ['F515', 'F525'],
    [MEDICINE, INTERNET],
  ),
  link('internet_medical', 3, ['互联网医疗', 'Internet medical services'], [], [INTERNET]),
  link('health_data', 3, ['健康医疗数据', 'Health data'], ['I6450'], [INTERNET]),
].map((l, position) => ({ ...l, position }));

/** The factors of the target score and their default weights: the platform's default, not the documents'. */
export const targetScoreFactorRefs = [
  { code: 'revenue_growth', weight: '25', labelZh: '营收增长', labelEn: 'Revenue growth' },
  { code: 'rd_growth', weight: '20', labelZh: '研发投入增长', labelEn: 'R&D growth' },
  { code: 'approvals', weight: '20', labelZh: '近三年获批', labelEn: 'Approvals (3 years)' },
  { code: 'funding', weight: '15', labelZh: '融资', labelEn: 'Funding' },
  { code: 'chain_gap', weight: '10', labelZh: '补链', labelEn: 'Fills a chain gap' },
  { code: 'taiwan_link', weight: '10', labelZh: '涉台', labelEn: 'Taiwan link' },
].map((f, position) => ({ ...f, position, source: MEDZONE_SCORE_DEFAULT }));

/** A chain link as classification needs it: its code and the GB/T 4754 prefixes of its enterprises. */
export type LinkPrefixes = { code: string; industryPrefixes: readonly string[] };

/**
 * The chain link of an industry code: the link with the longest prefix of it (null: none). `links`: the
 * links as maintained (chain_links, which admins edit); the reference list when loading reference data.
 */
export function chainLinkOfIndustry(
  industryCode: string | null,
  links: readonly LinkPrefixes[] = chainLinkRefs,
): string | null {
  if (!industryCode) return null;
  let best: { code: string; length: number } | null = null;
  for (const l of links) {
    for (const prefix of l.industryPrefixes) {
      if (industryCode.startsWith(prefix) && prefix.length > (best?.length ?? 0))
        best = { code: l.code, length: prefix.length };
    }
  }
  return best?.code ?? null;
}

/** An enterprise's link: by its industry code, else internet medical services for that direction. */
export function chainLinkOf(
  direction: string | null,
  industryCode: string | null,
  links: readonly LinkPrefixes[] = chainLinkRefs,
): string | null {
  return (
    chainLinkOfIndustry(industryCode, links) ??
    (direction === 'internet_medicine' ? 'internet_medical' : null)
  );
}
