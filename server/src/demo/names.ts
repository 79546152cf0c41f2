// Plausible Chinese people: names, gender, birth, ethnicity (民族) and education (学历).
import type { Gender } from '@xianfeng/shared/domain';
import { type Day, dayOfYear } from './dates';
import { type Rng, WeightedPicker } from './random';

/** Surnames with their approximate share of the population (per mille), most common first. */
// prettier-ignore
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 71], ['李', 70], ['张', 67], ['刘', 51], ['陈', 46], ['杨', 32], ['黄', 25], ['赵', 23],
  ['吴', 21], ['周', 20], ['徐', 15], ['孙', 15], ['马', 14], ['朱', 13], ['胡', 12], ['郭', 11],
  ['何', 11], ['林', 11], ['高', 10], ['罗', 9], ['郑', 9], ['梁', 8], ['谢', 8], ['宋', 7],
  ['唐', 7], ['许', 6], ['韩', 6], ['冯', 6], ['邓', 6], ['曹', 6], ['彭', 6], ['曾', 5],
  ['肖', 5], ['田', 5], ['董', 5], ['袁', 5], ['潘', 5], ['于', 5], ['蒋', 5], ['蔡', 4],
  ['余', 4], ['杜', 4], ['叶', 4], ['程', 4], ['苏', 4], ['魏', 4], ['吕', 4], ['丁', 4],
  ['任', 4], ['沈', 3], ['姚', 3], ['卢', 3], ['姜', 3], ['崔', 3], ['钟', 3], ['谭', 3],
  ['陆', 3], ['汪', 3], ['范', 3], ['金', 2], ['石', 2], ['廖', 2], ['贾', 2], ['夏', 2],
  ['韦', 2], ['付', 2], ['方', 2], ['白', 2], ['邹', 2], ['孟', 2], ['熊', 1], ['秦', 1],
  ['邱', 1], ['江', 1], ['尹', 1], ['薛', 1], ['闫', 1], ['段', 1], ['雷', 1], ['侯', 1],
  // Polyphonic surnames (单 shàn, 解 xiè, 仇 qiú, 查 zhā), so search keys meet them.
  ['单', 0.5], ['解', 0.3], ['仇', 0.2], ['查', 0.2],
];

const MALE_CHARS = [
  ...'伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦奇固翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士建家致树德行时泰盛雄琛钧冠策腾楠航弘',
];
const FEMALE_CHARS = [
  ...'秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱霞香月媛艳瑞佳嘉琼勤珍莉桂叶璐娅琦晶妍茜秋珊莎锦青倩婷婉娴瑾颖露瑶怡雁蓓仪荷丹蓉君琴蕊薇菁梦岚婕馨韵园艺卿澜悦昭冰爽茗羽欣滢筠柔凝晓欢芸菲宜舒丽妮晴睿雯萱彦雨曼紫逸蝶',
];
/** Characters common to both, used for the first of two given-name characters. */
const SHARED_CHARS = [...'小晓文建国海春金玉永志家子思宇俊立红亚新嘉明'];

const ETHNICITIES = {
  general: [
    ['汉族', 930],
    ['回族', 15],
    ['满族', 15],
    ['壮族', 10],
    ['蒙古族', 7],
    ['土家族', 7],
    ['苗族', 6],
    ['彝族', 5],
    ['朝鲜族', 3],
  ],
  northeast: [
    ['汉族', 900],
    ['满族', 60],
    ['朝鲜族', 20],
    ['回族', 12],
    ['蒙古族', 8],
  ],
  yunnan: [
    ['汉族', 840],
    ['彝族', 60],
    ['哈尼族', 30],
    ['白族', 20],
    ['回族', 20],
    ['苗族', 15],
    ['壮族', 10],
    ['傣族', 5],
  ],
} as const satisfies Record<string, readonly (readonly [string, number])[]>;
export type Region = keyof typeof ETHNICITIES;

const EDUCATION_BY_ERA: readonly (readonly (readonly [string, number])[])[] = [
  // born before 1970 / 1970–1984 / 1985 and later
  [
    ['初中', 8],
    ['高中', 15],
    ['中专', 20],
    ['大学专科', 30],
    ['大学本科', 24],
    ['硕士研究生', 3],
  ],
  [
    ['高中', 4],
    ['中专', 10],
    ['大学专科', 28],
    ['大学本科', 46],
    ['硕士研究生', 11],
    ['博士研究生', 1],
  ],
  [
    ['中专', 2],
    ['大学专科', 18],
    ['大学本科', 60],
    ['硕士研究生', 18],
    ['博士研究生', 2],
  ],
];

const PHONE_PREFIXES = [
  '130',
  '131',
  '132',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '158',
  '159',
  '177',
  '186',
  '187',
  '188',
  '189',
  '199',
];

const surnamePicker = new WeightedPicker(SURNAMES);
const ethnicityPickers = Object.fromEntries(
  Object.entries(ETHNICITIES).map(([k, v]) => [k, new WeightedPicker<string>(v)]),
) as Record<Region, WeightedPicker<string>>;
const educationPickers = EDUCATION_BY_ERA.map((v) => new WeightedPicker(v));

export function makeName(rng: Rng, gender: Gender): string {
  const surname = surnamePicker.pick(rng);
  const chars = gender === 'male' ? MALE_CHARS : FEMALE_CHARS;
  if (rng.chance(0.22)) return surname + rng.pick(chars);
  const first = rng.chance(0.25) ? rng.pick(SHARED_CHARS) : rng.pick(chars);
  let second = rng.pick(chars);
  if (second === first && rng.chance(0.7)) second = rng.pick(chars); // 叠字 names exist, but rarely
  return surname + first + second;
}

export interface Profile {
  name: string;
  gender: Gender;
  birthDate: Day;
  ethnicity: string;
  education: string;
  phone: string;
}

export interface ProfileOptions {
  region?: Region;
  /** Share of men; industrial party members are mostly men. */
  maleShare?: number;
  /** Birth years, inclusive. */
  bornFrom?: number;
  bornTo?: number;
}

export function makeProfile(rng: Rng, options: ProfileOptions = {}): Profile {
  const gender: Gender = rng.chance(options.maleShare ?? 0.7) ? 'male' : 'female';
  const from = dayOfYear(options.bornFrom ?? 1960);
  const to = dayOfYear((options.bornTo ?? 2000) + 1) - 1;
  const birthDate = rng.int(from, to);
  const year = new Date(birthDate * 86_400_000).getUTCFullYear();
  const era = year < 1970 ? 0 : year < 1985 ? 1 : 2;
  const phone = rng.pick(PHONE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
  return {
    name: makeName(rng, gender),
    gender,
    birthDate,
    ethnicity: ethnicityPickers[options.region ?? 'general'].pick(rng),
    education: (educationPickers[era] as WeightedPicker<string>).pick(rng),
    phone,
  };
}
