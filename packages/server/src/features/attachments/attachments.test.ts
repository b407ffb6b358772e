import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_OWNER,
  MAX_FILES_PER_UPLOAD,
} from '@cunzhi/core/attachments/attachments';
import { can } from '@cunzhi/core/policies/village';
import { DomainError } from '@cunzhi/core/errors';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { testConfig } from '../../platform/config.ts';
import { systemContext, type CommandContext } from '../../platform/command.ts';
import { verifyChain } from '../../platform/audit/verifyChain.ts';
import { registerAttachmentOwner } from '../../platform/attachments/owners.ts';
import { attachmentTransaction } from '../../platform/attachments/attach.ts';
import { storeFor } from '../../platform/attachments/stores.ts';
import type { BlobStore } from '../../platform/attachments/store.ts';
import { attachFiles } from './commands/attachFiles.ts';

/**
 * A case's attachments (issue 13 item 8), through a kind of case made for the test: a "note"
 * about a person, read by the cadres who read supervision and by the person themself, closed
 * to additions when its id is in CLOSED. Run once per store (large objects, disk).
 */
const CLOSED = new Set<string>();
registerAttachmentOwner('testNote', {
  canRead: (actor, _villageId, ownerId, { scope, personId }) =>
    can(actor, 'readSupervision', scope) || ownerId === personId,
  canAttach: (_actor, _villageId, ownerId) => {
    if (ownerId === '00000000-0000-4000-8000-00000000dead') throw new DomainError('conflict_stale');
    return !CLOSED.has(ownerId);
  },
});

/** A JPEG whose Exif says where it was taken; `tag` makes each one different. */
const photo = (tag: string) =>
  Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    Buffer.from([0xff, 0xe0, 0, 7]),
    Buffer.from('JFIF\0'),
    Buffer.from([0xff, 0xe1, 0, 26]),
    Buffer.from('Exif\0\0GPS 31.2304N 1214E'),
    Buffer.from([0xff, 0xda, 0, 4, 1, 2]),
    Buffer.from(`pixels ${tag}`),
    Buffer.from([0xff, 0xd9]),
  ]);
const withoutExif = (jpeg: Buffer) => Buffer.concat([jpeg.subarray(0, 11), jpeg.subarray(11 + 28)]);
/** A PNG of `size` bytes (only its signature is read). */
const pngOf = (size: number, fill = 0) => {
  const bytes = Buffer.alloc(size, fill);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
};
const WEBP = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([12, 0, 0, 0]),
  Buffer.from('WEBPVP8 '),
]);
const PDF = Buffer.from('%PDF-1.4\n% 调解协议书\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]);
const GIF = Buffer.from('GIF89a............');
const HEIC = Buffer.concat([
  Buffer.from([0, 0, 0, 0x18]),
  Buffer.from('ftypheic'),
  Buffer.alloc(40),
]);
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function form(files: Array<[string, Buffer, string?]>) {
  const f = new FormData();
  for (const [name, bytes, type] of files)
    f.append('files', new Blob([bytes], { type: type ?? 'image/jpeg' }), name);
  return f;
}

/** Every file under a directory (the disk store's), by name. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

describe.each(['database', 'disk'] as const)(
  `attachments kept in the %s store (${describeDatabase()})`,
  (store) => {
    let s: TestServer;
    let dir: string;
    let cmd: CommandContext;
    let chair: HttpClient;
    let villager: HttpClient;
    let base: string;
    let villagerNote: string;
    const noteA = '11111111-1111-4111-8111-111111111111';
    const noteB = '22222222-2222-4222-8222-222222222222';

    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'cunzhi-attachments-'));
      const settings = { ATTACHMENT_STORE: store, ATTACHMENTS_DIR: dir };
      s = await startTestServer(settings);
      const v = s.fixture.villageA;
      cmd = systemContext({ db: s.db, clock: s.clock, config: testConfig(settings) }, v.id);
      base = `/api/villages/${v.id}/attachments/testNote`;
      chair = await s.as('committeeChair');
      villager = await s.as('villager');
      villagerNote = s.fixture.accounts.villager.personId!;
    });
    afterAll(async () => {
      await s.close();
      await rm(dir, { recursive: true, force: true });
    });

    const blobCount = async () =>
      Number((await s.db.query<{ n: number }>('SELECT count(*) AS n FROM attachment_blob'))[0]!.n);
    const largeObjects = async () =>
      Number(
        (await s.db.query<{ n: number }>('SELECT count(*) AS n FROM pg_largeobject_metadata'))[0]!
          .n,
      );

    it('a photo is kept without where it was taken; its hash is on the audit chain', async () => {
      const jpeg = photo('road');
      const res = await chair.post(`${base}/${noteA}`, form([['村道塌方.jpg', jpeg]]));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      const [file] = res.body.attachments;
      expect(file).toMatchObject({ name: '村道塌方.jpg', mediaType: 'image/jpeg', mine: true });
      expect(res.body.added).toEqual([file.id]);
      const kept = withoutExif(jpeg);
      expect(file.sha256).toBe(sha(kept));
      expect(file.sizeBytes).toBe(kept.length);

      const got = await chair.get(file.url);
      expect(got.status).toBe(200);
      expect(got.headers.get('content-type')).toBe('image/jpeg');
      expect(Buffer.compare(got.body, kept)).toBe(0);
      expect(got.body.toString('latin1')).not.toContain('GPS');

      const [event] = await s.db.query<{ data: { files: Array<{ sha256: string }> } }>(
        `SELECT data FROM audit_event WHERE chain_id = $1 AND action = 'attachments.added'
         AND target_id = $2`,
        [s.fixture.villageA.id, noteA],
      );
      expect(event!.data.files).toEqual([
        { id: file.id, sha256: sha(kept), mediaType: 'image/jpeg', sizeBytes: kept.length },
      ]);
      // the name may be a person's: it stays off the chain
      expect(JSON.stringify(event!.data)).not.toContain('村道');
      expect(await verifyChain(s.db, s.fixture.villageA.id)).toMatchObject({ ok: true });
    });

    it('WebP, PNG and PDF are taken; the list keeps the order they came in', async () => {
      const res = await chair.post(
        `${base}/${noteA}`,
        form([
          ['a.webp', WEBP, 'image/webp'],
          ['b.png', pngOf(100)],
          ['协议.pdf', PDF, 'application/pdf'],
        ]),
      );
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.attachments.map((a: { name: string }) => a.name)).toEqual([
        '村道塌方.jpg',
        'a.webp',
        'b.png',
        '协议.pdf',
      ]);
      expect(res.body.room).toBe(MAX_ATTACHMENTS_PER_OWNER - 4);
      const pdf = await chair.get(res.body.attachments[3].url);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(pdf.headers.get('cache-control')).toBe('private, no-store');
    });

    it('one copy per village: the same file on two cases is one blob; sent again, the same attachment', async () => {
      const before = await blobCount();
      const jpeg = photo('road');
      const again = await chair.post(`${base}/${noteA}`, form([['again.jpg', jpeg]]));
      expect(again.status).toBe(201);
      const first = again.body.attachments[0];
      expect(again.body.added).toEqual([first.id]);
      expect(again.body.attachments).toHaveLength(4);
      const other = await chair.post(`${base}/${noteB}`, form([['same.jpg', jpeg]]));
      expect(other.status).toBe(201);
      expect(other.body.attachments[0].sha256).toBe(first.sha256);
      expect(other.body.attachments[0].id).not.toBe(first.id);
      expect(await blobCount()).toBe(before);
    });

    it('the same new photo sent to two cases at once is kept once, and both cases hold it', async () => {
      const before = await blobCount();
      const jpeg = photo('both at once');
      const owners = [
        '77777777-7777-4777-8777-777777777777',
        '88888888-8888-4888-8888-888888888888',
      ];
      const answers = await Promise.all(
        owners.map((o) => chair.post(`${base}/${o}`, form([['同时.jpg', jpeg]]))),
      );
      expect(answers.map((a) => a.status)).toEqual([201, 201]);
      expect(answers[0]!.body.attachments[0].sha256).toBe(answers[1]!.body.attachments[0].sha256);
      expect(await blobCount()).toBe(before + 1);
      const got = await chair.get(answers[1]!.body.attachments[0].url);
      expect(Buffer.compare(got.body, withoutExif(jpeg))).toBe(0);
    });

    it('size: n−1 and n bytes are taken, n+1 refused naming the field', async () => {
      const owner = '33333333-3333-4333-8333-333333333333';
      for (const [size, status] of [
        [MAX_ATTACHMENT_BYTES - 1, 201],
        [MAX_ATTACHMENT_BYTES, 201],
        [MAX_ATTACHMENT_BYTES + 1, 400],
      ] as const) {
        const res = await chair.post(
          `${base}/${owner}`,
          form([[`${size}.png`, pngOf(size, size % 7)]]),
        );
        expect(res.status, `${size}: ${JSON.stringify(res.body)}`).toBe(status);
        if (status === 400) {
          expect(res.body.error.fields[0]).toMatchObject({ field: 'files', id: 'file_too_large' });
          expect(res.body.error.fields[0].message).toBe('照片和文件：文件过大（上限 10 MB）');
        }
      }
    });

    it('disguised and unaccepted files are refused by their bytes, not their names', async () => {
      const owner = '44444444-4444-4444-8444-444444444444';
      for (const [bytes, id] of [
        [EXE, 'file_type'],
        [GIF, 'file_type'],
        [HEIC, 'file_heic'],
      ] as const) {
        const res = await chair.post(`${base}/${owner}`, form([['照片.jpg', bytes, 'image/jpeg']]));
        expect(res.status).toBe(400);
        expect(res.body.error.fields[0]).toMatchObject({ field: 'files', id });
      }
      const exe = await chair.post(`${base}/${owner}`, form([['照片.jpg', EXE]]));
      expect(exe.body.error.fields[0].message).toContain('JPG、PNG、WebP、PDF');
      const none = await chair.post(`${base}/${owner}`, new FormData());
      expect(none.body.error.fields[0]).toMatchObject({ field: 'files', id: 'field_required' });
      expect((await chair.get(`${base}/${owner}`)).body.attachments).toEqual([]);
    });

    it('count: six files at once are taken, seven refused; a case keeps at most thirty', async () => {
      const owner = '55555555-5555-4555-8555-555555555555';
      const files = (n: number, from: number) =>
        Array.from(
          { length: n },
          (_, i) => [`${from + i}.png`, pngOf(40, from + i)] as [string, Buffer],
        );
      const seven = await chair.post(`${base}/${owner}`, form(files(MAX_FILES_PER_UPLOAD + 1, 0)));
      expect(seven.status).toBe(400);
      expect(seven.body.error.fields[0]).toMatchObject({ field: 'files', id: 'file_too_many' });
      // up to n−1 kept in all, then one (n) is taken and one more (n+1) is refused
      for (let from = 0; from < MAX_ATTACHMENTS_PER_OWNER - 1; from += MAX_FILES_PER_UPLOAD) {
        const n = Math.min(MAX_FILES_PER_UPLOAD, MAX_ATTACHMENTS_PER_OWNER - 1 - from);
        expect((await chair.post(`${base}/${owner}`, form(files(n, from)))).status).toBe(201);
      }
      const two = await chair.post(`${base}/${owner}`, form(files(2, 100)));
      expect(two.status).toBe(400);
      expect(two.body.error.fields[0]).toMatchObject({
        field: 'files',
        id: 'attachment_owner_full',
      });
      expect(two.body.error.fields[0].message).toBe(
        '照片和文件：每件最多保存 30 个附件，还能再添加 1 个',
      );
      const nth = await chair.post(`${base}/${owner}`, form(files(1, 100)));
      expect(nth.status).toBe(201);
      expect(nth.body.room).toBe(0);
      const over = await chair.post(`${base}/${owner}`, form(files(1, 101)));
      expect(over.body.error.fields[0]).toMatchObject({ id: 'attachment_owner_full' });
      // one already kept is no addition
      expect((await chair.post(`${base}/${owner}`, form(files(1, 100)))).status).toBe(201);
    });

    it('served only through the case: its own person and its readers; others meet a 404', async () => {
      const mine = await villager.post(
        `${base}/${villagerNote}`,
        form([['家门口.jpg', photo('door')]]),
      );
      expect(mine.status, JSON.stringify(mine.body)).toBe(201);
      const url = mine.body.attachments[0].url;
      expect((await villager.get(url)).status).toBe(200);
      expect((await chair.get(url)).body.attachments).toBeUndefined();
      expect((await chair.get(`${base}/${villagerNote}`)).body.attachments[0].mine).toBe(false);
      // a villager reading another person's case, a council member without the right, a kind no
      // one registered: the same 404, which tells nothing about what exists
      const council = await s.as('councilMember');
      for (const [client, path] of [
        [villager, `${base}/${noteA}`],
        [council, url],
        [chair, url.replace('/testNote/', '/otherKind/')],
      ] as const) {
        const res = await client.get(path);
        expect(res.status, path).toBe(404);
      }
      // outside the village: refused at the door
      expect((await (await s.as('otherVillageVillager')).get(url)).status).toBe(403);
      expect((await s.anonymous().get(url)).status).toBe(401);
    });

    it('a closed case takes no more files (403); the kind may say why itself', async () => {
      const owner = '66666666-6666-4666-8666-666666666666';
      CLOSED.add(owner);
      const res = await chair.post(`${base}/${owner}`, form([['x.jpg', photo('closed')]]));
      expect(res.status).toBe(403);
      expect(res.body.error.id).toBe('attachment_not_attachable');
      expect((await chair.get(`${base}/${owner}`)).body.canAttach).toBe(false);
      const said = await chair.post(
        `${base}/00000000-0000-4000-8000-00000000dead`,
        form([['x.jpg', photo('closed')]]),
      );
      expect(said.status).toBe(409);
    });

    it('the one who added a file removes it while the case takes files; its bytes go with the last case holding them', async () => {
      const [x, y] = [
        '99999999-9999-4999-8999-999999999991',
        '99999999-9999-4999-8999-999999999992',
      ];
      const jpeg = photo('sent by mistake');
      const sha256 = sha(withoutExif(jpeg));
      const first = (
        await chair.post(
          `${base}/${x}`,
          form([
            ['错发.jpg', jpeg],
            ['b.png', pngOf(50, 77)],
          ]),
        )
      ).body;
      const onY = (await chair.post(`${base}/${y}`, form([['错发.jpg', jpeg]]))).body;
      const [id, keptId] = first.attachments.map((a: { id: string }) => a.id);
      const lobjects = await largeObjects();
      const del = (client: HttpClient, owner: string, attachment: string) =>
        client.request('DELETE', `${base}/${owner}/${attachment}`);
      // another reader of the case may not; one who cannot read it meets the 404
      const secretary = await s.as('partySecretary');
      const refused = await del(secretary, x, id);
      expect(refused.status).toBe(403);
      expect(refused.body.error.id).toBe('attachment_not_removable');
      expect((await del(villager, x, id)).status).toBe(404);
      // removed from one case, the bytes stay for the other
      const gone = await del(chair, x, id);
      expect(gone.status, JSON.stringify(gone.body)).toBe(200);
      expect(gone.body.attachments.map((a: { id: string }) => a.id)).toEqual([keptId]);
      expect((await chair.get(`${base}/${y}/${onY.attachments[0].id}`)).status).toBe(200);
      expect((await del(chair, x, id)).status).toBe(404);
      // removed from the last, they go too
      expect((await del(chair, y, onY.attachments[0].id)).status).toBe(200);
      const blobs = await s.db.query('SELECT 1 FROM attachment_blob WHERE sha256 = $1', [sha256]);
      expect(blobs).toHaveLength(0);
      if (store === 'disk') expect(await filesUnder(dir)).not.toContain(sha256);
      else expect(await largeObjects()).toBe(lobjects - 1);
      const [event] = await s.db.query<{ data: unknown }>(
        `SELECT data FROM audit_event WHERE action = 'attachments.removed' AND target_id = $1`,
        [x],
      );
      expect(event!.data).toEqual({ id, sha256 });
      // sent again, it takes the place after the last, and is kept anew
      const again = await chair.post(`${base}/${x}`, form([['重发.jpg', jpeg]]));
      expect(again.status, JSON.stringify(again.body)).toBe(201);
      expect(again.body.attachments.map((a: { name: string }) => a.name)).toEqual([
        'b.png',
        '重发.jpg',
      ]);
      expect(
        Buffer.compare((await chair.get(again.body.attachments[1].url)).body, withoutExif(jpeg)),
      ).toBe(0);
      // a closed case keeps its files
      CLOSED.add(x);
      expect((await del(chair, x, keptId)).status).toBe(403);
      CLOSED.delete(x);
      expect(await verifyChain(s.db, s.fixture.villageA.id)).toMatchObject({ ok: true });
    });

    /** What a failure must leave as it was: rows, blobs, files on disk, large objects. */
    const state = async () => ({
      rows: (await s.db.query('SELECT id FROM attachment')).length,
      blobs: await blobCount(),
      files: await filesUnder(dir),
      largeObjects: await largeObjects(),
    });

    it('a failure after the file write leaves neither row nor file', async () => {
      const before = await state();
      const real = storeFor(cmd.config);
      const failing: BlobStore = {
        ...real,
        async write(tx, key, bytes, undo) {
          await real.write(tx, key, bytes, undo);
          throw new Error('the disk filled up after the write');
        },
      };
      const files = [{ name: 'new.jpg', bytes: photo('after write') }];
      await expect(
        attachFiles(cmd, { ownerKind: 'testNote', ownerId: noteB, files }, failing),
      ).rejects.toThrow('after the write');
      expect(await state()).toEqual(before);
    });

    it('a failure after the rows are written (the owning command fails) leaves neither', async () => {
      const before = await state();
      await expect(
        attachmentTransaction(cmd, async (_tx, attach) => {
          const ids = await attach({ kind: 'testNote', id: noteB }, [
            { name: 'one.png', bytes: pngOf(64, 201) },
            { name: 'two.jpg', bytes: photo('after rows') },
          ]);
          expect(ids).toHaveLength(2);
          throw new Error('the case could not be saved');
        }),
      ).rejects.toThrow('could not be saved');
      expect(await state()).toEqual(before);
      if (store === 'disk') expect(before.files.length).toBeGreaterThan(0);
      expect(await verifyChain(s.db, s.fixture.villageA.id)).toMatchObject({ ok: true });
    });
  },
);
