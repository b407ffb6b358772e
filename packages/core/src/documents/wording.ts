/**
 * How names and titles read on the village's documents (notices, resolutions, sign-in
 * sheets): Chinese quotation marks and brackets, a body named once after its place, an
 * adopted resolution without its draft mark. Pure text rules, used by server and web alike.
 */

const CJK = /[\u3400-\u9fff]/;

/** Straight double quotes in Chinese text become “ ”, in pairs: 村"两委" → 村“两委”. */
export function chineseQuotes(text: string): string {
  let open = true;
  return text.replace(/"/g, () => {
    const mark = open ? '“' : '”';
    open = !open;
    return mark;
  });
}

/** ASCII brackets around Chinese become full-width: 村(社区) → 村（社区）; (2026) stays. */
export function fullWidthBrackets(text: string): string {
  return text.replace(/\(([^()]*)\)/g, (whole, inner: string) =>
    CJK.test(inner) ? `（${inner}）` : whole,
  );
}

/** Text as printed on a Chinese document. */
export function documentText(text: string): string {
  return fullWidthBrackets(chineseQuotes(text));
}

/**
 * A body of a place, named once: 花乡社区 + 社区"两委"联席会议 → 花乡社区"两委"联席会议, 甲村 +
 * 村党组织 → 甲村党组织; but 甲村 + 村民会议 → 甲村村民会议 (村民 is the members, not the place).
 */
export function withPlace(place: string, bodyName: string): string {
  for (const prefix of ['社区', '村']) {
    const rest = bodyName.slice(prefix.length);
    if (place.endsWith(prefix) && bodyName.startsWith(prefix) && /^["“党]/.test(rest))
      return `${place}${rest}`;
  }
  return `${place}${bodyName}`;
}

/** An adopted resolution is no longer a draft: …的决议（草案） → …的决议. */
export function withoutDraftMark(title: string): string {
  return title.replace(/\s*[（(]\s*草案\s*[）)]\s*$/, '').trim();
}

/**
 * The title of a meeting's notice. A meeting titled after its kind gives 关于召开第三季度村民代表
 * 会议的通知; a title that adds its subject after a colon (居民代表会议：停车场改造方案) keeps the
 * meeting part, the subject being in the agenda; a title that names no meeting falls back to the
 * kind's name (关于召开居民代表会议的通知), never 关于召开停车场改造方案的通知.
 */
export function meetingNoticeTitle(meetingTitle: string, kindName: string): string {
  const head = (meetingTitle.split(/[：:]/)[0] ?? '').trim();
  return `关于召开${/会议?$/.test(head) ? head : kindName}的通知`;
}
