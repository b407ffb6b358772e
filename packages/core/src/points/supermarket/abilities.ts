import { CADRE, defineAbilities, OVERSEERS } from '../../policies/groups.ts';

/**
 * The points supermarket (积分超市) and the import of a village's paper points ledger. The shop
 * is the villagers' committee's (it runs the points scheme the representatives adopted) and is
 * usually kept at the service station, so its staff or a committee member keeps it; every act is
 * logged, and the supervision committee and the town read the log. A villager redeems for their
 * own household on the phone.
 */
export const SUPERMARKET_ABILITIES = defineAbilities({
  /** Goods, stock movements and stocktakes, the redemption log. */
  readPointsSupermarket: [
    'stationStaff',
    ...CADRE,
    'supervisionChair',
    'supervisionMember',
    ...OVERSEERS,
  ],
  /** Goods and prices, stock received and counted, redemption at the counter, hand-over, cancel. */
  keepPointsSupermarket: ['stationStaff', 'committeeChair', 'committeeMember'],
  /** The shop on the phone: redeem for one's own household, cancel before pick-up. */
  redeemOwnPoints: ['villager'],
  /** Bring an existing paper / Excel points ledger into the platform (its lines then go to publicity). */
  importPointsLedger: ['committeeChair', 'committeeMember'],
});
