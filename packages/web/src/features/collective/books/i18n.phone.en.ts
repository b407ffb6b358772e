import type { collectiveBooksPhoneZhCN } from './i18n.phone.zh-CN.ts';

export const collectiveBooksPhoneEn: Record<keyof typeof collectiveBooksPhoneZhCN, string> = {
  'collectiveBooks.menu': 'Collective accounts and book',
  'collectiveBooks.mine.title': 'My collective organisation',
  'collectiveBooks.mine.link':
    'My shares and dividends: membership, shares, dividends, accounts and resolutions',
  'collectiveBooks.mine.none':
    'You are not on the register of the village’s collective organisation. If you think you should be, ask the council to put it to the members’ assembly.',
  'collectiveBooks.mine.registerNo': 'Register no. {no}',
  'collectiveBooks.mine.status.member': 'Member since {since}',
  'collectiveBooks.mine.status.lost': 'No longer a member since {since}',
  'collectiveBooks.mine.status.exited': 'Left voluntarily on {since}',
  'collectiveBooks.mine.shares': 'My shares',
  'collectiveBooks.mine.noShares': 'No shares quantified to you yet.',
  'collectiveBooks.mine.units': '{units} shares',
  'collectiveBooks.mine.class.population': 'Population shares',
  'collectiveBooks.mine.class.farmingYears': 'Farming-years shares',
  'collectiveBooks.mine.class.land': 'Land shares',
  'collectiveBooks.mine.dividends': 'Dividends',
  'collectiveBooks.mine.noDividends': 'No distribution plan adopted yet.',
  'collectiveBooks.mine.dividend': '{year}: {shares} shares, ¥{amount}',
  'collectiveBooks.mine.dividendHousehold': ' (per household)',
  'collectiveBooks.mine.paid': 'Received on {on}',
  'collectiveBooks.mine.unpaid': 'Not yet received',
  'collectiveBooks.mine.paidShort': 'Received',
  'collectiveBooks.mine.year': 'The organisation’s book in {year}',
  'collectiveBooks.mine.income': 'Income',
  'collectiveBooks.mine.spending': 'Spending',
  'collectiveBooks.mine.reserve': 'Reserve set aside',
  'collectiveBooks.mine.distributed': 'Distributed (incl. to the villagers’ committee)',
  'collectiveBooks.mine.accounts': 'The organisation’s bank accounts',
  'collectiveBooks.mine.resolutions': 'Resolutions of the assembly and council',
  'collectiveBooks.mine.noResolutions': 'No resolutions yet.',
  'collectiveBooks.mine.list': 'Dividend list for {year} (open to members)',
  'collectiveBooks.mine.listRow': 'No. {no} {name} ¥{amount}',
  'collectiveBooks.mine.rights':
    'As a member you may inspect and copy the organisation’s financial reports and minutes (Art. 13).',
} as const;
