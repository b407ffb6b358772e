import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES } from '@cunzhi/core/supervision/evidence';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { FIXTURE_TODAY } from '../../testing/fixtures.ts';
import { addAdults, seatIn } from '../../testing/meetings.ts';
import { verifyChain } from '../../platform/audit/verifyChain.ts';
import { demoEvidencePng } from '../../demo/evidencePhoto.ts';

/**
 * A finding's photos and documents (issue 11 item 2): read by their bytes, limited in size and
 * number, each hash on the audit chain in the finding's event, read by whoever reads the
 * inspection, and on the portal only when the committee published it with a report.
 */

/** A file of `size` bytes that starts as a JPEG does (the type is read from the first bytes). */
const jpegOf = (size: number) => {
  const bytes = Buffer.alloc(size);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
};
const PDF = Buffer.from('%PDF-1.4\n% 检查记录\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const HEIC = Buffer.concat([
  Buffer.from([0, 0, 0, 0x18]),
  Buffer.from('ftypheic'),
  Buffer.alloc(40),
]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]);

function form(
  text: string,
  files: Array<[string, Buffer, string?]>,
  more: Record<string, string> = {},
) {
  const f = new FormData();
  f.append('text', text);
  for (const [key, value] of Object.entries(more)) f.append(key, value);
  for (const [name, bytes, type] of files)
    f.append('files', new Blob([bytes], { type: type ?? 'image/jpeg' }), name);
  return f;
}

describe(`supervision: a finding's photos and documents (${describeDatabase()})`, () => {
  let s: TestServer;
  let base: string;
  let chair: HttpClient;
  let memberIds: string[];
  let inspectionId: string;

  beforeAll(async () => {
    s = await startTestServer();
    const v = s.fixture.villageA;
    base = `/api/villages/${v.id}/supervision`;
    const six = await addAdults(s.db, v, 6, { prefix: '监委' });
    await seatIn(s.db, v, 'villageAffairsSupervisionCommittee', six, 'member');
    memberIds = [s.fixture.accounts.supervisionChair.personId!, ...six];
    chair = await s.as('supervisionChair');
    const plan = await chair.post(`${base}/plans`, {
      year: 2026,
      items: [
        { month: 10, subject: 'financePeriod', title: '十月财务收支检查' },
        { month: 11, subject: 'project', title: '道路硬化工程检查' },
      ],
    });
    expect(plan.status, JSON.stringify(plan.body)).toBe(201);
    const opened = await chair.post(`${base}/inspections`, {
      title: '道路硬化工程检查',
      subject: 'project',
      subjectRef: '村道硬化',
      assigned: memberIds.slice(0, 3),
      planId: plan.body.plan.id,
      planItem: 1,
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    inspectionId = opened.body.inspection.id;
  });
  afterAll(async () => {
    await s.close();
  });

  const upload = (body: FormData, client = chair, id = inspectionId) =>
    client.request('POST', `${base}/inspections/${id}/findings/upload`, body);
  const findingsCount = async () =>
    (await chair.get(`${base}/inspections/${inspectionId}`)).body.findingsList.length as number;

  it('names the plan item the inspection carries out; an item the plan lacks is refused', async () => {
    const page = await chair.get(`${base}/inspections/${inspectionId}`);
    expect(page.body.plan).toMatchObject({
      year: 2026,
      item: { index: 1, month: 11, title: '道路硬化工程检查' },
    });
    const wrong = await chair.post(`${base}/inspections`, {
      title: 'x',
      subject: 'work',
      assigned: memberIds.slice(0, 1),
      planId: page.body.plan.id,
      planItem: 2,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields[0]).toMatchObject({ field: 'planItem' });
  });

  it.each([
    ['n−1', MAX_EVIDENCE_BYTES - 1, 201],
    ['n', MAX_EVIDENCE_BYTES, 201],
    ['n+1', MAX_EVIDENCE_BYTES + 1, 400],
  ])('a photo of the limit %s bytes: %s', async (_label, size, status) => {
    const before = await findingsCount();
    const res = await upload(form('路面厚度不足', [['路面.jpg', jpegOf(size)]]));
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    if (status === 400) {
      expect(res.body.error.fields[0]).toMatchObject({ field: 'files', id: 'file_too_large' });
      expect(res.body.error.fields[0].reason).toContain('10 MB');
      expect(await findingsCount()).toBe(before);
    } else expect(await findingsCount()).toBe(before + 1);
  });

  it('reads the type from the bytes: a renamed program, an iPhone HEIC and one file too many are refused, nothing written', async () => {
    const before = await findingsCount();
    const exe = await upload(form('x', [['照片.jpg', EXE, 'image/jpeg']]));
    expect(exe.status).toBe(400);
    expect(exe.body.error.fields[0]).toMatchObject({ field: 'files', id: 'file_type' });
    expect(exe.body.error.fields[0].reason).toContain('JPG、PNG、PDF');
    const heic = await upload(form('x', [['IMG_0001.HEIC', HEIC, 'image/heic']]));
    expect(heic.body.error.fields[0]).toMatchObject({ field: 'files', id: 'file_heic' });
    expect(heic.body.error.fields[0].reason).toContain('兼容性最佳');
    const many = Array.from({ length: MAX_EVIDENCE_FILES + 1 }, (_, i): [string, Buffer] => [
      `${i}.jpg`,
      jpegOf(100),
    ]);
    const tooMany = await upload(form('x', many));
    expect(tooMany.body.error.fields[0]).toMatchObject({ field: 'files', id: 'file_too_many' });
    const noText = await upload(form('', [['a.jpg', jpegOf(100)]]));
    expect(noText.body.error.fields[0]).toMatchObject({ field: 'text', id: 'field_required' });
    expect(await findingsCount()).toBe(before);
  });

  it('keeps photos and a PDF with the finding, each SHA-256 on the audit chain in the finding’s event', async () => {
    const png = demoEvidencePng();
    const res = await upload(
      form(
        '护栏未按设计安装',
        [
          ['护栏.png', png, 'image/png'],
          ['验收单.pdf', PDF, 'application/pdf'],
        ],
        {
          voucherNumbers: '',
          evidence: '现场照片两张；验收单',
        },
      ),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const finding = res.body.inspection.findingsList.at(-1);
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    expect(finding.files).toMatchObject([
      { name: '护栏.png', mediaType: 'image/png', sizeBytes: png.length, sha256: sha(png) },
      { name: '验收单.pdf', mediaType: 'application/pdf', sha256: sha(PDF) },
    ]);
    const [event] = await s.db.query<{
      data: { findingId: string; files: Array<{ sha256: string }> };
    }>(
      `SELECT data FROM audit_event WHERE chain_id = $1 AND action = 'supervision.findingRecorded'
       AND data->>'findingId' = $2`,
      [s.fixture.villageA.id, finding.id],
    );
    expect(event!.data.files.map((f) => f.sha256)).toEqual([sha(png), sha(PDF)]);
    expect(await verifyChain(s.db, s.fixture.villageA.id)).toMatchObject({ ok: true });
    const file = await chair.get(finding.files[0].url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(sha(file.body as unknown as Buffer)).toBe(sha(png));
  });

  it('keeps a phone photo without where it was taken: the Exif goes, the fingerprint is of the kept file', async () => {
    const segment = (marker: number, body: Buffer) =>
      Buffer.concat([
        Buffer.from([0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff]),
        body,
      ]);
    const exif = Buffer.from('Exif\0\0GPS 30.6586N 104.0647E Xiaomi 13 SN-88123');
    const photo = Buffer.concat([
      Buffer.from([0xff, 0xd8]),
      segment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
      segment(0xe1, exif),
      segment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])),
      Buffer.from([0x12, 0x34, 0x56, 0xff, 0xd9]),
    ]);
    const res = await upload(
      form('排水沟盖板缺失', [['现场.jpg', photo]], { evidence: '手机照片' }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const [kept] = res.body.inspection.findingsList.at(-1).files;
    expect(kept.sizeBytes).toBe(photo.length - exif.length - 4);
    const file = await chair.get(kept.url);
    const bytes = file.body as unknown as Buffer;
    expect(bytes.includes(Buffer.from('GPS'))).toBe(false);
    expect(bytes.includes(Buffer.from('JFIF'))).toBe(true);
    expect(bytes.subarray(-5)).toEqual(Buffer.from([0x12, 0x34, 0x56, 0xff, 0xd9]));
    expect(kept.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('is read by the committee, the cadres and the town; not by a villager, another village or another town', async () => {
    const page = await chair.get(`${base}/inspections/${inspectionId}`);
    const url: string = page.body.findingsList.at(-1).files[0].url;
    for (const role of ['committeeChair', 'partySecretary', 'townOfficial'] as const)
      expect((await (await s.as(role)).get(url)).status, role).toBe(200);
    for (const role of [
      'villager',
      'councilMember',
      'otherVillageVillager',
      'otherTownOfficial',
    ] as const)
      expect((await (await s.as(role)).get(url)).status, role).toBe(403);
    // village B's address with village A's file: the reader of B does not reach A's file
    const other = url.replace(s.fixture.villageA.id, s.fixture.villageB.id);
    expect((await (await s.as('otherVillageVillager')).get(other)).status).toBe(403);
    expect((await (await s.as('townOfficial')).get(other)).status).toBe(404);
    // the file under another inspection's address is not found
    const wrong = url.replace(inspectionId, '00000000-0000-4000-8000-000000000000');
    expect((await chair.get(wrong)).status).toBe(404);
    // a villager cannot add evidence
    expect((await upload(form('x', []), await s.as('villager'))).status).toBe(403);
  });

  it('on the portal only the photos a published report chose, only once published', async () => {
    const page = await chair.get(`${base}/inspections/${inspectionId}`);
    const files = page.body.findingsList.flatMap(
      (f: { files: Array<{ id: string; mediaType: string }> }) => f.files,
    );
    const photo = files.find((f: { mediaType: string }) => f.mediaType === 'image/png');
    const pdf = files.find((f: { mediaType: string }) => f.mediaType === 'application/pdf');
    const report = {
      kind: 'supervision',
      title: '道路硬化工程监督报告',
      body: '护栏未按设计安装。',
      inspectionIds: [inspectionId],
    };
    const withPdf = await chair.post(`${base}/reports`, { ...report, publicEvidenceIds: [pdf.id] });
    expect(withPdf.status).toBe(400);
    expect(withPdf.body.error.fields[0]).toMatchObject({ field: 'publicEvidenceIds' });
    const draft = await chair.post(`${base}/reports`, { ...report, publicEvidenceIds: [photo.id] });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    expect(draft.body.report.evidence.filter((e: { public: boolean }) => e.public)).toHaveLength(1);
    const reportId = draft.body.report.id;
    const carried = await chair.post(`${base}/motions`, {
      proposal: { kind: 'report', reportId },
      sitting: {
        mode: 'inPerson',
        heldOn: FIXTURE_TODAY,
        attendance: memberIds.slice(0, 4),
        votes: memberIds.slice(0, 4).map((personId) => ({ personId, choice: 'yes' })),
      },
    });
    expect(carried.body.motion?.status, JSON.stringify(carried.body)).toBe('carried');
    const published = await chair.get(`${base}/reports/${reportId}`);
    const notice = `${s.baseUrl}/p/${s.fixture.villageA.id}/n/${published.body.noticeId}`;
    const html = await (await fetch(notice)).text();
    expect(html).toContain('检查照片');
    expect(html).toContain(photo.id);
    expect(html).not.toContain(pdf.id);
    expect((await fetch(`${notice}/e/${photo.id}`)).status).toBe(200);
    expect((await fetch(`${notice}/e/${pdf.id}`)).status).toBe(404);
    // a photo not chosen stays off the portal
    const other = files.find(
      (f: { id: string; mediaType: string }) =>
        f.id !== photo.id && f.mediaType !== 'application/pdf',
    );
    expect((await fetch(`${notice}/e/${other.id}`)).status).toBe(404);
  });
});
