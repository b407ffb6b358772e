import { describe, expect, it } from 'vitest';
import { forCommunity, meetingKindName } from './meetingKinds.ts';

describe('meetingKindName', () => {
  it.each([
    ['representativesMeeting', 'village', '村民代表会议'],
    ['representativesMeeting', 'community', '居民代表会议'],
    ['villagersAssembly', 'community', '居民会议'],
    ['twoCommitteesJointMeeting', 'village', '村“两委”联席会议'],
    ['twoCommitteesJointMeeting', 'community', '社区“两委”联席会议'],
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

describe('forCommunity', () => {
  it.each([
    ['村民会议或村民代表会议决议', '居民会议或居民代表会议决议'],
    ['村“两委”会议商议', '社区“两委”会议商议'],
    ['村党组织提议', '社区党组织提议'],
    ['“一般性事务”应由村民议事会会议决定', '“一般性事务”应由居民议事会会议决定'],
    [
      "Villagers' assembly or villagers' representatives",
      "Residents' assembly or residents' representatives",
    ],
    ['党员大会审议', '党员大会审议'],
  ])('%s → %s', (text, expected) => {
    expect(forCommunity(text)).toBe(expected);
  });
});
