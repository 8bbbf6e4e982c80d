/** Small realistic pages for the extraction tests (test-only module). */

const chrome = {
  header: `<header class="site-header"><div class="logo">The Daily Ledger</div>
    <nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
    <li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/login">Sign in</a></li></ul></nav></header>`,
  ad: `<div class="ad-slot advert"><a href="https://ads.example/click">Sponsored: Buy the best mattress of 2026 today</a></div>`,
  share: `<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email this story</a></div>`,
  newsletter: `<div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up for our newsletter.</p>
    <form><input type="email" placeholder="you@example.com"><button>Subscribe</button></form></div>`,
  related: `<aside class="related-stories"><h2>Related</h2><ul>
    <li><a href="/a">Council approves new bus lanes downtown</a></li><li><a href="/b">Rain expected through the weekend</a></li>
    <li><a href="/c">Three things to know before the budget vote</a></li><li><a href="/d">Library reopens after renovation</a></li></ul></aside>`,
  comments: `<section id="comments" class="comments"><h2>42 comments</h2>
    <article class="comment"><b>reader123</b><p>This is outrageous, the council never listens to anyone in my street at all.</p></article>
    <article class="comment"><b>jsmith</b><p>Great reporting, thanks. I have been waiting for this bridge since my kids were small.</p></article></section>`,
  footer: `<footer class="site-footer"><p>© 2026 The Daily Ledger. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>`,
};

export const ARTICLE_PARAGRAPHS = [
  'RIVERTON — The city council voted on Tuesday to rebuild the Mill Street bridge, ending a decade of delays that had left commuters with a two-mile detour.',
  'The $48 million project, funded in part by a federal grant, will replace the 1931 steel span with a wider concrete bridge that includes protected bike lanes, a bus stop and lighting for pedestrians.',
  '“We have waited long enough,” said council member Ana Ortiz, who represents the district. “People cross this river twice a day to get to work, and they deserve a bridge that is safe.”',
  'Construction is expected to begin next spring and to last about two years. During that time a temporary crossing will carry traffic, the city’s engineering department said.',
  'Opponents had argued that the money should go to road repairs across the city, but the measure passed by a vote of seven to two after a four-hour public hearing.',
];

export const articlePage = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>Council approves Mill Street bridge rebuild | The Daily Ledger</title>
<meta property="og:site_name" content="The Daily Ledger">
<meta property="og:title" content="Council approves Mill Street bridge rebuild">
<meta property="article:published_time" content="2026-03-10T18:30:00Z">
<link rel="canonical" href="https://ledger.example/news/2026/03/10/mill-street-bridge">
<style>.ad-slot{height:250px}</style>
<script>window.dataLayer = [{page: 'article', secret: 'SCRIPT TEXT MUST NOT APPEAR'}];</script>
</head><body>
${chrome.header}${chrome.ad}
<main id="main"><article class="story">
<header class="story-header"><p class="kicker">Local</p><h1>Council approves Mill Street bridge rebuild</h1>
<p class="byline">By <a rel="author" href="/staff/jane-doe">Jane Doe</a></p>
<time datetime="2026-03-10T18:30:00Z">March 10, 2026</time></header>
${chrome.share}
<figure><img src="bridge.jpg" alt=""><figcaption>The Mill Street bridge in 2025. Photo: City of Riverton</figcaption></figure>
<div class="story-body">
<p>${ARTICLE_PARAGRAPHS[0]}</p><p>${ARTICLE_PARAGRAPHS[1]}</p>
${chrome.newsletter}
<p>${ARTICLE_PARAGRAPHS[2]}</p><p>${ARTICLE_PARAGRAPHS[3]}</p>
<noscript>NOSCRIPT TEXT MUST NOT APPEAR</noscript>
<p>${ARTICLE_PARAGRAPHS[4]}</p>
</div>
${chrome.share}
</article>
${chrome.related}${chrome.comments}
</main>${chrome.footer}</body></html>`;

export const BRIEFS = [
  ['Library hours extended', 'The central library will stay open until 9 p.m. on weekdays from April, the city said on Monday, after a survey found that most visitors wanted evening hours.'],
  ['Water main repaired', 'Crews finished repairing the broken water main on Elm Avenue overnight. Residents who lost water pressure should see it restored by morning, the utility said.'],
  ['School board elects chair', 'The school board elected Marcus Lee as its chair for the coming year. Lee, a former teacher, has served on the board since 2022 and ran unopposed.'],
  ['Farmers market returns', 'The Saturday farmers market returns to Courthouse Square on May 2, with thirty vendors, live music and a new section for local bakers and cheese makers.'],
];

export const briefsPage = `<!DOCTYPE html><html lang="en"><head><title>In brief | The Daily Ledger</title></head><body>
${chrome.header}
<main><h1>In brief</h1><div class="briefs">
${BRIEFS.map(([h, t]) => `<div class="brief"><h3>${h}</h3><p>${t}</p></div>`).join('\n')}
</div></main>${chrome.footer}</body></html>`;

export const STORIES = [
  ['Storm closes coastal road', 'Highway 9 was closed on Sunday after high waves washed debris across the road near Pelican Point. The transport department said it hoped to reopen the road by Tuesday, once crews had cleared the sand and checked the sea wall for damage. Drivers were told to use the inland route.'],
  ['Museum buys rare map', 'The county museum has bought a hand-drawn map of the valley from 1790, the oldest known to exist. The map, which shows farms, mills and a ferry crossing, was found in an attic in Vermont and will go on display in June, the museum director said.'],
  ['Hospital opens new wing', 'Riverton General Hospital opened its new maternity wing on Friday, adding forty beds and six delivery rooms. The wing cost $30 million and was paid for largely by donations, the hospital said, and it will employ about one hundred new staff.'],
];

export const severalArticlesPage = `<!DOCTYPE html><html lang="en"><head><title>Region | The Daily Ledger</title></head><body>
${chrome.header}<main>
${STORIES.map(([h, t]) => `<article class="story"><h2>${h}</h2><p>${t}</p>${chrome.share}</article>`).join('\n')}
</main>${chrome.footer}</body></html>`;

export const searchPage = `<!DOCTYPE html><html lang="en"><head><title>Search results for “bridge” | The Daily Ledger</title></head><body>
${chrome.header}<main><form role="search"><input name="q" value="bridge"><button>Search</button></form>
<h1>Results for “bridge”</h1><ol class="results">
${['Council approves Mill Street bridge rebuild', 'Bridge inspection finds rust on Mill Street span', 'Opinion: the bridge we deserve', 'Detour signs go up near the river', 'Letters: readers on the bridge vote', 'Photos: the old bridge through the years']
  .map((t, i) => `<li><h3><a href="/r/${i}">${t}</a></h3><p>March ${i + 1}, 2026 — ${t.toLowerCase()}, and what it means for commuters…</p></li>`).join('\n')}
</ol></main>${chrome.footer}</body></html>`;

export const plainTextPage = `<html><head></head><body><pre>TITLE OF THE NOTICE

    The meeting will be held
on Monday at 10 a.m.
</pre></body></html>`;
