// Subject: who or what a figure is about — an entity (a port, project,
// company, factory, event, platform) or a place, as a clean noun phrase, or
// null. Read from the claim's sentence before its number; the nearest wins.
// With none there, the claim's area stands for it (全区实现… is about 衢江区).
// Never a clause fragment, a verb phrase, a heading, a time word or a
// person's title. Cases: SUBJECT_CASES below (subject.test.ts).

/** Words an entity's name ends with. Longer first: 超级工厂 before 工厂. */
const ENTITY_SUFFIXES = [
  "有限公司", "股份公司", "公司", "集团", "超级工厂", "工厂", "产业园", "园区", "基地", "项目", "景区", "旅游区", "度假区",
  "中心", "平台", "医院", "卫生院", "学校", "合作社", "工坊", "驿站", "街区", "码头", "作业区", "综合体", "仪式", "活动",
  "大会", "博览会", "马拉松", "锦标赛", "运动会", "赛事", "工程", "商场", "酒店",
];
/** The suffixes alone (longest first), found in one linear pass; a name is read back from each. */
const SUFFIX_AT = new RegExp([...ENTITY_SUFFIXES].sort((a, b) => b.length - a.length).join("|"), "g");
const NAME_CHAR = /[A-Za-z0-9\u4e00-\u9fff“”"·（）()]/;
/** How far back a name may reach from its suffix. */
const NAME_REACH = 24;

/**
 * Where a name cannot start: what comes before these belongs to the clause, not the name
 * (…获悉,|今年|全区|位于|由|对…). The name is what follows the last of them.
 */
const BOUNDARY =
  /^.*(?:位于|是|为|在|于|对|把|将|让|从|向|和|与|及|等|了|据|经|由|以|通过|依托|围绕|实现|完成|开展|建设|打造|推进|举行|召开|获悉|表示|介绍|显示|拥有|设有|组建|成立|启动|参加|参与|来到|走进|看到|今年|去年|明年|目前|上半年|下半年|前三季度|一季度|二季度|三季度|四季度|全年|同期|其中|此外|另外|同时|全区|全市|全省|全县|全国|我区|我市|我省|我县|本地|当地|各类|各地|多家|一批|一家|一个|首批|一场|多个|这个|该|此|本|这|其|的|,|，|、|:|：|;|；)/;
/** Inside a name these mean the match ran over a verb phrase. */
const VERB_INSIDE = /完成|实现|增长|下降|达到|突破|超过|拍摄|接待|带动|吸引|举办|开工|签约(?!仪式)|引进|招引|投资(?!项目|公司|集团)|培育|新建|建成|改造|累计|共计|已经|正在|提供|发放|获得|荣获|入选|计划|力争|预计|推动|促进|加快|深化|聚焦/;
/** A name that is only its suffix with a one-character modifier (单村, 该项目, 片区) is no name. */
const BARE = new RegExp(`^[\\u4e00-\\u9fff]?(?:${ENTITY_SUFFIXES.join("|")})$`);
/** 该项目, 此次活动, 这个工厂: a name said before. */
const ANAPHOR = new RegExp(`^(?:该|此次|本次|这次|此|这个|这)(${ENTITY_SUFFIXES.join("|")})$`);
/** Person's titles and roles: 总经理, 负责人, 书记 … never a subject. */
const PERSON = /负责人|经理|书记|主任|局长|区长|县长|市长|代表|委员|记者|通讯员|主管|部长|董事长|创始人|专家/;

export interface Named {
  start: number;
  end: number;
  text: string;
}

/** Entity names in `text` (offsets relative to it), cleaned; anaphors (该项目) resolved against `earlier`. */
export function entitiesIn(text: string): Named[] {
  const out: Named[] = [];
  SUFFIX_AT.lastIndex = 0;
  let lastEnd = -1;
  for (let m = SUFFIX_AT.exec(text); m; m = SUFFIX_AT.exec(text)) {
    let end = m.index + m[0].length;
    // a name may chain suffixes (码头工程, 产业园项目): take the last suffix within a few characters
    for (;;) {
      SUFFIX_AT.lastIndex = end;
      const next = SUFFIX_AT.exec(text);
      if (!next || next.index - end > 4 || !/^[\u4e00-\u9fff]*$/.test(text.slice(end, next.index))) break;
      end = next.index + next[0].length;
    }
    SUFFIX_AT.lastIndex = end;
    if (end <= lastEnd) continue;
    let start = m.index;
    const floor = Math.max(0, m.index - NAME_REACH, lastEnd);
    while (start > floor && NAME_CHAR.test(text[start - 1])) start--;
    lastEnd = end;
    const raw = text.slice(start, end);
    const cut = BOUNDARY.exec(raw);
    // a closing quote or bracket left of the name belongs to the text before it; an opening one is the name's
    const name = (cut ? raw.slice(cut[0].length) : raw).replace(/^[”)）·\s]+/, "");
    const at = end - name.length;
    if (ANAPHOR.test(name)) {
      out.push({ start: at, end, text: name });
      continue;
    }
    if (name.length < 3 || BARE.test(name) || VERB_INSIDE.test(name) || PERSON.test(name) || /^\d/.test(name)) continue;
    if ((name.match(/[“"]/g)?.length ?? 0) % 2 === 1 && !/[”"]$/.test(name)) continue; // a quote opened and not closed
    out.push({ start: at, end, text: name });
  }
  return out;
}

/** The name an anaphor (该项目) points back to: the last name before it with the same suffix. */
export function resolveAnaphor(name: string, earlier: string): string | null {
  const m = ANAPHOR.exec(name);
  if (!m) return name;
  const before = entitiesIn(earlier).filter((e) => e.text.endsWith(m[1]) && !ANAPHOR.test(e.text));
  return before.length ? before[before.length - 1].text : null;
}

export interface SubjectInput {
  /** The sentence up to the number. */
  sentenceBefore: string;
  /** Its names, when the caller read the whole sentence once (offsets into it; only those ending before the number count). */
  names?: readonly Named[];
  /** Port and town mentions of the sentence (衢江港区, 杜泽镇), offsets relative to sentenceBefore. */
  places: readonly Named[];
  /** The text before the sentence, for 该项目. */
  earlier: () => string;
  /** The claim's area name, the subject when the sentence names nothing. */
  area: string | null;
}

export function chooseSubject(input: SubjectInput): string | null {
  const own = input.names ? input.names.filter((n) => n.end <= input.sentenceBefore.length) : entitiesIn(input.sentenceBefore);
  const names = [...own, ...input.places].sort((a, b) => a.end - b.end);
  for (let i = names.length - 1; i >= 0; i--) {
    const n = names[i];
    if (!ANAPHOR.test(n.text)) return n.text;
    const resolved = resolveAnaphor(n.text, input.earlier() + input.sentenceBefore.slice(0, n.start));
    if (resolved) return resolved;
  }
  return input.area;
}

/** [sentence before the number, area, expected subject] */
export const SUBJECT_CASES: readonly [string, string | null, string | null][] = [
  ["樟潭街道社区卫生服务中心位于衢江城区,服务近", "衢江区", "樟潭街道社区卫生服务中心"],
  ["美高短剧超级工厂全年拍摄短剧", "衢江区", "美高短剧超级工厂"],
  ["年产12万吨高端聚烯烃特种材料项目总投资", "衢江区", "年产12万吨高端聚烯烃特种材料项目"],
  ["全区固定资产投资增长", "衢江区", "衢江区"],
  ["服务近", null, null],
  // never a clause fragment, a verb phrase, a heading or a time word
  ["一季度全区实现地区生产总值", "衢江区", "衢江区"],
  ["坚持产业兴市,全市规上工业增加值", "衢州市", "衢州市"],
  ["消费市场持续回暖。全区社会消费品零售总额", "衢江区", "衢江区"],
  ["施工人员正紧张有序地开展作业,30余名", "衢江区", "衢江区"],
  ["区委书记表示,设计团队", "衢江区", "衢江区"],
  ["促消费培育动能扩内需衢江区", "衢江区", "衢江区"],
  ["浙江衢烯新材料有限公司总经理陈立表示,该公司营收", "衢江区", "浙江衢烯新材料有限公司"],
];
