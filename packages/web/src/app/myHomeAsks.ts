/**
 * What the villager's home asks for first, shared by the page (MyHomePage), the app's preloading
 * (preload.ts) and the HTML's (build/routePreload.ts, which cannot import the app's modules): a
 * preload of another path would be fetched for nothing.
 */
/** The resolutions the villager's home lists. */
export const MY_HOME_RESOLUTIONS = 5;
/** And the notices: the latest five, not every notice's text. */
export const MY_HOME_NOTICES = 5;

/** The answers the villager's home starts with, for the village `villageId`. */
export function myHomeAsks(villageId: string): string[] {
  const v = `/api/villages/${villageId}`;
  return [
    `${v}/my-home`,
    `${v}/resolutions?limit=${MY_HOME_RESOLUTIONS}`,
    `${v}/notices?limit=${MY_HOME_NOTICES}`,
  ];
}
