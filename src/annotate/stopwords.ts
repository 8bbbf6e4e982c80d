/**
 * Words too common to tag or to tell sentences apart. English function words plus newsroom verbs;
 * Chinese function words and newsroom boilerplate (trade vocabulary, not any one page's words).
 */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost also although always am among an and another any are
  around as at be because been before being below between both but by can cannot could did do does doing
  done down during each either else even ever every few for from further had has have having he her here
  hers herself him himself his how however i if in into is it its itself just last least less let like
  made make many may me might more most much must my myself near neither new next no nor not now of off
  often on once one only or other others our ours ourselves out over own per perhaps rather same say said
  says see seen several shall she should since so some still such than that the their theirs them
  themselves then there these they this those though through thus to too toward towards under until up
  upon us very was we were what whatever when where whether which while who whom whose why will with
  within without would yet you your yours yourself yourselves year years week weeks day days time times
  today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr according
  told tell tells added including include includes get got go goes going went come came take took two
  three four five first second third people way well back way use used using want wanted part many
  staff writer reporter reporters correspondent editor associated press reuters continued page`.split(/\s+/u),
);

export const CHINESE_STOPWORDS: ReadonlySet<string> = new Set(
  `我们 你们 他们 她们 它们 自己 这个 那个 这些 那些 这样 那样 这里 那里 一个 一些 一种 一次 没有 不是 就是 还是
  但是 而且 并且 因为 所以 如果 虽然 可以 可能 已经 正在 进行 通过 对于 关于 以及 其中 之后 之前 以来 目前 今年
  去年 明年 今天 昨天 明天 日前 近日 记者 通讯员 本报 本报讯 报道 表示 认为 指出 介绍 称 据悉 据了解 据介绍
  新华社 电 时间 工作 方面 情况 问题 有关 相关 进一步 全面 重要 不断 积极 主要 同时 其他 以上 以下 左右 非常
  更加 我国 我市 全国 各地 什么 怎么 如何 为了 由于 这是 也是 都是 还有 只有 能够 需要 开展 实现 加强 推进 推动
  发展 建设 提高 提升 坚持 持续 此外 另外 然而 因此 于是 之一 之间 部分 上午 下午 晚上 月 日 年`.split(/\s+/u),
);

/** Adverbs and other function words a slogan or a sentence repeats ("永远", "始终"): never a tag (summaries keep weighing them). */
export const CHINESE_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `永远 一直 始终 总是 仍然 依然 一定 必须 应该 应当 不会 不能 一起 继续 曾经 马上 立即 终于 真正 特别 十分 越来越
  一样 一切 所有 大家 任何 每个 许多 很多 不少 更多 还要 还是 只是 就要 都要 要求 一般 其实 确实 当然 已 还 又`.split(/\s+/u),
);

/** Single characters that are function words (particles, prepositions, auxiliaries): never part of a term joined from words. */
export const CHINESE_FUNCTION_CHARACTERS: ReadonlySet<string> = new Set(
  [...'的了是在和与跟同把被让给对从向往也都就还又要会能说等着过地得之其而并或及以为于由将很更最不没有这那个们我你他她它'],
);
