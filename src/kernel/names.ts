/**
 * Chinese surnames with their English (pinyin) form, [Chinese, English], for the people the sandbox
 * seeds (drivers, riders). Order and length are part of the seed: services take a prefix of this list,
 * so a seed picks the same people as before English forms existed.
 */
export const SURNAMES: readonly (readonly [string, string])[] = [
  ["王", "Wang"],
  ["李", "Li"],
  ["张", "Zhang"],
  ["刘", "Liu"],
  ["陈", "Chen"],
  ["杨", "Yang"],
  ["赵", "Zhao"],
  ["黄", "Huang"],
  ["周", "Zhou"],
  ["吴", "Wu"],
  ["徐", "Xu"],
  ["孙", "Sun"],
  ["胡", "Hu"],
  ["朱", "Zhu"],
  ["高", "Gao"],
];
