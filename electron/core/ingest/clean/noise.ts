/** Page-noise patterns for scraped text (used by segment.ts). */

/** Lines that introduce a list of links to other pages. */
export const linkListMarker =
  /^(you may also like|you might also like|related (articles|posts|stories|news|reading|content)|recommended( reading| for you| articles)?|read more|more (news|stories|articles)|further reading|popular (posts|articles)|trending|相关(阅读|文章|推荐|新闻)|猜你喜欢|推荐阅读|延伸阅读|热门文章)\s*[:：]?$/i;
/** The formula that ends a notice or regulation; what follows it on a page is not part of it. */
export const closingFormula =
  /(shall|will) (enter|come) into (force|effect)|enters? into force|hereby repealed|自.{0,30}起(施行|实施|执行)|同时废止/i;
