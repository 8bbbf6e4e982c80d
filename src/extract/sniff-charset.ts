/**
 * The encoding of page bytes that declare none, told as browsers tell it: strict UTF-8 if the bytes decode
 * as UTF-8; else the East Asian multi-byte encoding (GBK, Big5, Shift_JIS, EUC-KR) under which they read
 * most like text of its language; else windows-1252. "Like text" is measured on the decoded characters:
 * how many lie in the part of the encoding that real text uses (its symbols, kana or Hangul and
 * first-level ideographs — a wrong guess lands in rare characters, half-width kana or errors), and how
 * many are among the language's commonest characters.
 * Uses only TextDecoder, so it runs in Node (full ICU) and browsers alike.
 */

/** Bytes looked at, from the first non-ASCII one: enough for a verdict, fast on a 50 MB page. */
const SAMPLE_BYTES = 64 * 1024;
/** Below this score no candidate reads as text, and the bytes are taken for windows-1252. */
const MIN_SCORE = 0.5;
/** An undecodable sequence weighs against a candidate more than a plausible character counts for it. */
const ERROR_WEIGHT = 4;

interface Candidate {
  encoding: string;
  /** Lead-byte ranges and trail-byte ranges of the part of the encoding that ordinary text uses. */
  leads: [number, number][];
  trails: [number, number][];
  /** The language's commonest characters. */
  common: string;
}

// The commonest characters of news text (Chinese lists most frequent first).
const HANS =
  '的一是不了在人有我他这个们中来上大国为和地到以说时要就出会也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机' +
  '十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更' +
  '别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确' +
  '传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器' +
  '容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效' +
  '续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素' +
  '药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛' +
  '岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻';
const HANT =
  '的一是不了在人有我他這個們中來上大國為和地到以說時要就出會也你對生能而子那得於著下自之年過發後作裡用道行所然家種事成方多經麼去法學如都同現當沒動面起看定天分還進好小部其些主樣理心她本前開但因只從想實日軍者意無力它與長把機' +
  '十民第公此已工使情明性知全三又關點正業外將兩高間由問很最重並物手應戰向頭文體政美相見被利什二等產或新己制身果加西斯月話合回特代內信表化老給世位次度門任常先海通教兒原東聲提立及比員解水名真論處走義各入幾口認條平系氣題活爾更' +
  '別打女變四神總何電數安少報才結反受目太量再感建務做接必場件計管期市直德資命山金指克許統區保至隊形社便空決治展馬科司五基眼書非則聽白卻界達光放強即像難且權思王象完設式色路記南品住告類求據程北邊死張該交規萬取拉格望覺術領共確' +
  '傳師觀清今切院讓識候帶導爭運笑飛風步改收根幹造言聯持組每濟車親極林服快辦議往元英士證近失轉夫令準布始怎呢存未遠叫台單影具羅字愛擊流備兵連調深商算質團集百需價花黨華城石級整府離況亞請技際約示復病息究線似官火斷精滿支視消越器' +
  '容照須九增研寫稱企八功嗎包片史委乎查輕易早曾除農找裝廣顯吧阿李標談吃圖念六引歷首醫局突專費號盡另周較注語僅考落青隨選列武紅響雖推勢參希古眾構房半節土投某案黑維革劃敵致陳律足態護七興派孩驗責營星夠章音跟志底站嚴巴例防族供效' +
  '續施留講型料終答緊黃絕奇察母京段依批群項故按河米圍江織害鬥雙境客紀採舉殺攻父蘇密低朝友訴止細願千值仍男錢破網熱助倒育屬坐帝限船臉職速刻樂否剛威毛狀率甚獨球般普怕彈校苦創假久錯承印晚蘭試股拿腦預誰益陽若哪微尼繼送急血驚傷素' +
  '藥適波夜省初喜衛源食險待述陸習置居勞財環排福納歡雷警獲模充負雲停木遊龍樹疑層冷洲衝射略範竟句室異激漢村哈策演簡卡罪判擔州靜退既衣您宗積餘痛檢差富靈協角占配徵修皮揮勝降階審沉堅善媽劉讀啊超免壓銀買皇養伊懷執副亂抗犯追幫宣佛' +
  '歲航優怪香田鐵控稅左右份穿藝背陣草腳概惡塊頓敢守酒島托央戶烈洋哥索胡款靠評版寶座釋景顧弟登貨互付伯慢歐換聞';
const KANJI =
  '日本人年大中一国会社政府議員首相市長県東京事業経済問題発表記者時間今月前後上下出入内外同地方部分自米韓北朝鮮新生活動学校教育円万億党選挙警察件関係対応開技術情報世界全体合意決定結果必要可能実施調査理由場予現在以氏容疑逮捕' +
  '被害死亡午明代民主企株式価格金融銀行輸増加減少昨週末来見言思知作手気子女男性家族高安多最初続検討委際連携協力支援制度法案改正成立審提都区町村道視庁裁判所故火災震台風復興原電放送番組映画音楽野球試優勝監督';
const KANA = String.fromCharCode(...Array.from({ length: 0x30ff - 0x3041 }, (_, i) => 0x3041 + i));
const HANGUL =
  '이다는의에가을하고로서지한기으도리사일자대니시어나정인국수아해부있전게성적들원요중상보만내주과라제면경장연구것화없문비동년은를와했던우신위무소여미실계까관생통발공분개세결방당등회학선며재행명저반금물용알터말간치출입오차거' +
  '러그현체래후단외영법조울북령된될됐습합규긴길김날남냐너넣네노놓누눈느늘능님달담더덕데독돌되두둘뒤드든디따때또뜻람랑략량런럼레려력련렬례록론료루류률르른름릉린림립마막많맞매머먹먼멀메모목몰몸못뭐민밀및바박받밝배백버번벌범벽' +
  '변별병복본볼봉불빠빨산살삼새색석설섬셈속손송숙순술숨쉽스슬승식심십싸쓰씨악안않앞애야약양억언얼엄업었역열염예온올완왔왜욕운움월유육윤음응익임작잘절점접족존종좋죽준줄즉증직진질집짓착참창채책처천철청초총최추축충취친칙카커코' +
  '크큰타태테토투트특파판팔패편평포표품프피필할함항향허형혜호혹확환활황효훈휘희히';

const CANDIDATES: readonly Candidate[] = [
  // GB2312's symbol rows and its two levels of hanzi.
  { encoding: 'gbk', leads: [[0xa1, 0xa3], [0xb0, 0xf7]], trails: [[0xa1, 0xfe]], common: HANS },
  // Big5's symbols and its frequently used characters (level 1).
  { encoding: 'big5', leads: [[0xa1, 0xa3], [0xa4, 0xc6]], trails: [[0x40, 0x7e], [0xa1, 0xfe]], common: HANT },
  // JIS X 0208's symbols, kana and level-1 kanji.
  { encoding: 'shift_jis', leads: [[0x81, 0x84], [0x88, 0x98]], trails: [[0x40, 0x7e], [0x80, 0xfc]], common: KANA + KANJI },
  // KS X 1001's symbols and its 2350 Hangul syllables.
  { encoding: 'euc-kr', leads: [[0xa1, 0xa3], [0xb0, 0xc8]], trails: [[0xa1, 0xfe]], common: HANGUL },
];

export function sniffCharset(bytes: Uint8Array): string {
  const start = bytes.findIndex((b) => b >= 0x80);
  if (start < 0) return 'utf-8';
  const sample = bytes.subarray(start, start + SAMPLE_BYTES);
  if (isUtf8(sample)) return 'utf-8';
  let best = { encoding: 'windows-1252', score: MIN_SCORE };
  for (const candidate of CANDIDATES) {
    const score = textLikeness(candidate, sample);
    if (score > best.score) best = { encoding: candidate.encoding, score };
  }
  return best.encoding;
}

function isUtf8(sample: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true }); // stream: a character cut at the end is no error
    return true;
  } catch {
    return false;
  }
}

/** Per non-ASCII character decoded: 1 if it is in the part real text uses, 1 more if it is common, minus errors. */
function textLikeness(candidate: Candidate, sample: Uint8Array): number {
  const { plausible, common } = charactersOf(candidate);
  let count = 0;
  let score = 0;
  for (const ch of new TextDecoder(candidate.encoding).decode(sample, { stream: true })) {
    if (ch < '\u0080') continue;
    count++;
    if (ch === '\ufffd') score -= ERROR_WEIGHT;
    else if (plausible.has(ch)) score += common.has(ch) ? 2 : 1;
  }
  return count ? score / count : 0;
}

const characterSets = new Map<string, { plausible: Set<string>; common: Set<string> }>();

/** The characters of the candidate's ordinary part, decoded once from every byte pair in its ranges. */
function charactersOf(candidate: Candidate): { plausible: Set<string>; common: Set<string> } {
  let sets = characterSets.get(candidate.encoding);
  if (!sets) {
    const pairs: number[] = [];
    for (const [leadFrom, leadTo] of candidate.leads) {
      for (let lead = leadFrom; lead <= leadTo; lead++) {
        for (const [trailFrom, trailTo] of candidate.trails) for (let trail = trailFrom; trail <= trailTo; trail++) pairs.push(lead, trail);
      }
    }
    const decoded = new TextDecoder(candidate.encoding).decode(Uint8Array.from(pairs));
    const plausible = new Set([...decoded].filter((ch) => ch >= '\u0080' && ch !== '\ufffd'));
    sets = { plausible, common: new Set(candidate.common) };
    characterSets.set(candidate.encoding, sets);
  }
  return sets;
}
