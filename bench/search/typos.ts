import type { DemoRandom } from '../../src/data/demo-random.js';

/**
 * Typos as people make them. Chinese is typed through pinyin, so the plausible slip is a homophone the input
 * method offered first (瑞 → 锐, 医 → 依); the table covers the characters the corpus's titles are made of
 * (places, trade names, business words, legal forms, buildings, policy and news titles). Latin is typed on
 * a keyboard: a letter becomes a neighbouring key's.
 */
const HOMOPHONES: Readonly<Record<string, string>> = {
  // trade-name characters
  康: '抗',
  瑞: '锐',
  泰: '太',
  华: '化',
  源: '元',
  和: '合',
  安: '按',
  健: '建',
  恒: '衡',
  博: '搏',
  医: '依',
  生: '声',
  普: '谱',
  济: '记',
  仁: '人',
  德: '得',
  明: '名',
  科: '可',
  创: '闯',
  新: '心',
  美: '每',
  诺: '若',
  信: '心',
  达: '大',
  嘉: '佳',
  润: '闰',
  盛: '胜',
  欣: '新',
  宏: '洪',
  远: '园',
  天: '田',
  海: '还',
  正: '政',
  元: '园',
  益: '义',
  鑫: '新',
  泓: '洪',
  峰: '锋',
  // business words and legal forms
  药: '要',
  业: '叶',
  物: '务',
  技: '记',
  制: '治',
  疗: '聊',
  器: '气',
  械: '谢',
  诊: '珍',
  断: '段',
  术: '树',
  腔: '枪',
  复: '付',
  互: '户',
  联: '连',
  网: '往',
  院: '愿',
  数: '树',
  据: '具',
  饮: '引',
  片: '偏',
  辅: '府',
  料: '了',
  股: '古',
  份: '分',
  限: '线',
  司: '私',
  集: '级',
  // places
  福: '富',
  州: '洲',
  厦: '夏',
  门: '们',
  泉: '全',
  漳: '张',
  莆: '蒲',
  田: '甜',
  宁: '凝',
  龙: '隆',
  岩: '延',
  南: '难',
  平: '评',
  三: '山',
  仓: '苍',
  山: '三',
  长: '常',
  乐: '了',
  江: '将',
  苏: '酥',
  浙: '这',
  广: '光',
  深: '申',
  圳: '镇',
  北: '被',
  京: '经',
  上: '尚',
  成: '城',
  都: '督',
  武: '五',
  汉: '汗',
  杭: '航',
  台: '抬',
  湾: '弯',
  高: '糕',
  雄: '熊',
  桃: '逃',
  竹: '主',
  // buildings, parks, units
  号: '好',
  研: '言',
  发: '法',
  产: '铲',
  楼: '搂',
  园: '元',
  区: '曲',
  中: '钟',
  心: '新',
  实: '时',
  验: '言',
  综: '总',
  合: '和',
  国: '过',
  际: '记',
  金: '今',
  茂: '贸',
  财: '才',
  // policies and news
  关: '管',
  于: '与',
  支: '之',
  持: '池',
  若: '弱',
  干: '赶',
  措: '错',
  施: '师',
  办: '半',
  法: '发',
  政: '正',
  策: '测',
  加: '家',
  快: '块',
  展: '战',
  推: '退',
  动: '东',
  进: '近',
  促: '醋',
  扶: '服',
  励: '力',
  奖: '讲',
  补: '不',
  贴: '铁',
  企: '起',
  质: '制',
  量: '亮',
  会: '汇',
  议: '意',
  召: '照',
  开: '凯',
  举: '局',
  公: '工',
  告: '高',
  通: '同',
  知: '之',
  活: '火',
  招: '着',
  商: '伤',
  投: '头',
  资: '姿',
};

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** A letter next to this one on a QWERTY keyboard, same case. */
function neighbourKey(random: DemoRandom, letter: string): string {
  const lower = letter.toLowerCase();
  const row = KEYBOARD_ROWS.find((r) => r.includes(lower))!;
  const at = row.indexOf(lower);
  const options = [row[at - 1], row[at + 1]].filter((c): c is string => Boolean(c));
  const picked = random.pick(options);
  return letter === lower ? picked : picked.toUpperCase();
}

const HAN = /\p{Script=Han}/u;

/**
 * The title with one character replaced as a slip of the input method (or of the keyboard for a title
 * without Chinese), or null when no character of it has a plausible slip.
 */
export function typoOf(random: DemoRandom, title: string): string | null {
  const chars = [...title];
  const hasHan = chars.some((c) => HAN.test(c));
  const positions = chars
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => (hasHan ? HOMOPHONES[c] !== undefined && HOMOPHONES[c] !== c : /[A-Za-z]/.test(c)));
  if (positions.length === 0) return null;
  const { c, i } = random.pick(positions);
  chars[i] = hasHan ? HOMOPHONES[c]! : neighbourKey(random, c);
  return chars.join('');
}
