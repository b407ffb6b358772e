import { defineErrors, defineNouns } from '../../errorCatalog.ts';

/** The errors of 股权量化 that are not a rule's refusal (those cite their rule). */
export const SHARES_ERRORS = defineErrors({
  shares_already_quantified: {
    status: 409,
    zh: '本组织的股权已于{on}量化；此后的变动请登记配股、转让或继承，重新量化须成员大会另行决议并先作废原量化',
    en: "The organisation's shares were quantified on {on}: later changes are grants, transfers or inheritances",
  },
  shares_not_held: {
    status: 422,
    zh: '{name}在{on}持有的{shareClass}为{held}股，不足{units}股',
    en: '{name} holds {held} {shareClass} on {on}, fewer than {units}',
  },
  shares_import_duplicate_file: {
    status: 409,
    zh: '该文件（SHA-256 {sha256}）已于{on}导入，不能重复导入',
    en: 'This file (SHA-256 {sha256}) was imported on {on}; it cannot be imported twice',
  },
  shares_reform_date: {
    status: 400,
    zh: '没有成员大会决议的股东名册只能是2025年5月1日《农村集体经济组织法》施行前产权制度改革量化的，改革日期须早于该日',
    en: 'A register without a members’ assembly resolution can only be the earlier reform’s: its date must be before 2025-05-01',
  },
  shares_nothing_held: {
    status: 422,
    zh: '该户在{on}没有任何成员持股，不能发放股权证',
    en: 'No one in this household holds shares on {on}: there is no certificate to issue',
  },
  shares_certificate_voided: {
    status: 409,
    zh: '该股权证已于{on}作废',
    en: 'This certificate was voided on {on}',
  },
  shares_same_person: {
    status: 400,
    zh: '转出人和受让人不能是同一人',
    en: 'The giver and the receiver cannot be the same person',
  },
});

/** What these messages can name. */
export const SHARES_NOUNS = defineNouns({
  shareCertificate: { zh: '股权证', en: 'share certificate' },
  shareRegisterFile: { zh: '股东名册文件', en: 'register of shareholders file' },
});
