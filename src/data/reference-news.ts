import { SEED_PLAN, SEED_PORTAL } from './sources.js';

/**
 * Reference news: what the two seed documents report, restated in the platform's own words (a headline
 * and a short factual summary, never the documents' sentences), each with its document as source. Keyed
 * by title and source when loaded.
 *
 * Neither document prints its year. The provincial plan's press conference (000) is dated 21 April of the
 * first year of the 14th Five-Year Plan, so 2021; the Fuzhou article (002) reports the park openings of
 * 2022 as past and the plans of "this year", so the regulation conference it covers is placed in 2023.
 */
export type NewsRef = {
  kind: 'news' | 'event' | 'notice';
  titleZh: string;
  summaryZh: string;
  publishedOn: string;
  eventStartsOn?: string;
  eventEndsOn?: string;
  location?: string;
  zoneCode: string | null;
  source: string;
};

export const newsRefs: NewsRef[] = [
  {
    kind: 'news',
    titleZh: '福建发布生物医药高质量发展实施方案，2025年全省医药工业营收目标1200亿元',
    summaryZh:
      '福建省政府新闻办召开发布会，介绍《福建省加快生物医药产业高质量发展实施方案》。方案提出，到2025年全省医药工业营业收入达到1200亿元，并形成一批龙头骨干企业、重点创新产品、研发与公共服务平台和特色产业集群。',
    publishedOn: '2021-04-21',
    zoneCode: null,
    source: SEED_PLAN,
  },
  {
    kind: 'news',
    titleZh: '闽台生物医药融合发展：合作领域、台湾人才与药品特别审评审批',
    summaryZh:
      '按照省级实施方案，福建将在生物医学工程、精准诊疗、智慧医疗等方向加深与台湾的合作，着重引进台湾的新型生物医药和现代医疗装备投资项目，并支持台湾医师来闽执业。台资独资或控股企业在闽落户后于大陆研发申报的药品，福建将向国家药品监管部门争取特别审评审批。',
    publishedOn: '2021-04-21',
    zoneCode: null,
    source: SEED_PLAN,
  },
  {
    kind: 'news',
    titleZh: '“两核多区”布局：福州、平潭、厦门各有侧重',
    summaryZh:
      '省级方案为各地分工：福州国际医疗综合实验区以前沿医疗技术先行先试，推动药品上市许可持有人集聚；平潭综合实验区重点发展台中药材交易中心和中药材跨境电子交易平台；厦门建设两岸医疗器械检测研究中心和厦门（国际）生物经济城。',
    publishedOn: '2021-04-21',
    zoneCode: null,
    source: SEED_PLAN,
  },
  {
    kind: 'event',
    titleZh: '福州国际医疗综合实验区首次亮相中国医疗器械监督管理国际会议',
    summaryZh:
      '第十三届中国医疗器械监督管理国际会议在福州举行，实验区作为全国第三个国家支持设立的医疗政策先行先试区首次参会。福州市在会上以推介发言、座谈和专门展区介绍实验区，并与因美纳等生物医药龙头企业建立了联系。',
    publishedOn: '2023-03-04',
    eventStartsOn: '2023-03-02',
    eventEndsOn: '2023-03-04',
    location: '福州市',
    zoneCode: 'fuzhou-imcez',
    source: SEED_PORTAL,
  },
  {
    kind: 'news',
    titleZh: '仓山区块“三园两中心”：瑞科、财茂、金山三园与两大研发中心',
    summaryZh:
      '福州实验区仓山区块已形成瑞科医药健康产业园、财茂生物医药科技园、金山医药产业园和海西新药研发及转化中心、安布瑞肿瘤精准医学研究中心的格局。瑞科一期已全面运营、入驻企业逾60家；金山园2022年7月揭牌，新增产业空间4.5万平方米；海西中心已有7个高端仿制药获批上市。',
    publishedOn: '2023-03-04',
    zoneCode: 'fuzhou-imcez',
    source: SEED_PORTAL,
  },
];
