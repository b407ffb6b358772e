import type { CommandContext } from '../../../platform/command.ts';
import { removeAttachment } from '../../../platform/attachments/remove.ts';

/**
 * A file taken off a case from its page: only by the one who added it, and only while the case
 * still takes files (the kind's `canAttach`, asked by the route) — once a case is closed its
 * record stays as it was. Cadres do not remove villagers' files: the record is theirs to read.
 */
export async function removeFile(
  cmd: CommandContext,
  input: { ownerKind: string; ownerId: string; attachmentId: string; caseTakesFiles: boolean },
): Promise<void> {
  await removeAttachment(
    cmd,
    { kind: input.ownerKind, id: input.ownerId },
    input.attachmentId,
    (row) => input.caseTakesFiles && row.attached_by === cmd.actorAccountId,
  );
}
