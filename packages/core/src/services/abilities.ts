import { CADRE, defineAbilities, OVERSEERS } from '../policies/groups.ts';

/**
 * The service station (便民服务站). The station works under the villagers' committee's
 * supervision and management (seed 002 §三 5: 日常工作上接受社区居委会的监督和管理), so the
 * cadres and the town read its queue; only its staff move requests, and only they see the
 * requester's phone number.
 */
export const SERVICES_ABILITIES = defineAbilities({
  /** The queue, a request's timeline, the catalogue, the prints and the 台账. */
  readServices: ['stationStaff', ...CADRE, ...OVERSEERS],
  /** Windows and catalogue items (set up and changed by the station and the committee's chair). */
  manageServiceCatalogue: ['stationStaff', 'committeeChair'],
  /** Order at the counter, accept (首问责任人), ask for materials, hand to the town, complete. */
  handleServiceRequests: ['stationStaff'],
  /** The requester's phone number on a request. */
  viewServiceRequesters: ['stationStaff'],
  /** A villager's own requests on the phone: the catalogue, order, follow, rate, withdraw. */
  orderOwnServices: ['villager'],
});
