/** Shapes of the work-admission API, taken from the contract (packages/contract/src/workAdmission.ts). */
import type { z } from 'zod';
import type { BodyIn, ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/workAdmission';

export type ListVersion = z.output<typeof contract.ListVersion>;
export type WorkTask = z.output<typeof contract.WorkTask>;
export type Overview = ResponseOf<typeof contract.getOverview>;
export type TasksResponse = ResponseOf<typeof contract.listTasks>;
export type ByTown = ResponseOf<typeof contract.countsByTown>;
export type VillageTasks = ResponseOf<typeof contract.listVillageTasks>;
export type PublishInput = BodyIn<typeof contract.publishLists>;
export type SendInput = BodyIn<typeof contract.sendTask>;
export type Sent = ResponseOf<typeof contract.sendTask>;
export type DecideInput = BodyIn<typeof contract.decideTask>;

export const ADMISSION_API = '/api/work-admission';
export const villageTasksApi = (villageId: string) => `/api/villages/${villageId}/work-tasks`;
