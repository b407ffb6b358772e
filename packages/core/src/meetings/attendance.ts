/**
 * Attendance as the server records it and every face shows it: the types the
 * server's answers and the web's views share.
 */

/** Whom a person attends as: a counted member, a household's representative, a supervisor, a guest. */
export type Capacity = 'member' | 'householdRepresentative' | 'supervisor' | 'observer';

/** One line of the sign-in sheet: a person due at the meeting, their household and group, and whether they are in. */
export interface SheetRow {
  personId: string;
  name: string;
  householdId: string;
  householdNumber: string;
  groupNumber: number;
  groupName: string;
  capacity: Capacity | null;
  counted: boolean;
  byProxy: boolean;
  /** Serving as a villagers' representative; at the representatives' meeting the others are committee members (Art. 30). */
  representative: boolean;
}
