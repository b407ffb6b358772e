import { describe, expect, it } from 'vitest';
import { meetingKindName } from './meetingKinds.ts';

describe('meetingKindName', () => {
  it.each([
    ['representativesMeeting', 'village', '村民代表会议'],
    ['representativesMeeting', 'community', '居民代表会议'],
    ['villagersAssembly', 'community', '居民会议'],
    ['twoCommitteesJointMeeting', 'village', '村"两委"联席会议'],
    ['twoCommitteesJointMeeting', 'community', '社区"两委"联席会议'],
    ['partyMembersMeeting', 'community', '党员大会'],
  ] as const)('%s in a %s is called %s', (kind, villageKind, zh) => {
    expect(meetingKindName(kind, villageKind).zh).toBe(zh);
  });

  it('says residents in English for a community', () => {
    expect(meetingKindName('representativesMeeting', 'community').en).toBe(
      "residents' representatives' meeting",
    );
  });
});
