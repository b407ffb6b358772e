import { FIXTURE_LAYER } from './fixtureDatabase.ts';
import { prepareTestTemplate } from './testDatabase.ts';

/**
 * Vitest's global setup for the server project: the migrated schema's template and the fixture
 * county's are built here once, before the workers start. Otherwise, on a cold cache,
 * each worker's first file built the same templates at the same time inside its setup, which on
 * a loaded machine ran past the 60 s hook limit.
 */
export default async function setup(): Promise<void> {
  await prepareTestTemplate();
  await prepareTestTemplate(FIXTURE_LAYER);
}
