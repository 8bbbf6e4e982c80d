import { performance } from 'node:perf_hooks';
import { Session } from 'node:inspector/promises';
const { SearchIndex } = await import('broadsheet/reader');
let seed = 20240707;
const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const stories = [];
for (let i = 0; i < 10000; i++) { const ps = []; for (let p = 0; p < 7; p++) { let t = ''; while (t.length < 250) t += random() < 0.6 ? String.fromCharCode(0x4e00 + Math.floor(random() * 2500)) + (random()<0.1?'，':'') : 'word' + Math.floor(random()*1000) + ' '; ps.push(t); }
 stories.push({ id: 'x' + i, url: 'u', site: 's', title: { kicker: null, headline: 'h', subheadline: null }, byline: null, dateline: null, paragraphs: ps, tags: ['a'], summary: '', note: '', savedAt: i, updatedAt: i, pageTitle: null, publishedTime: null }); }
const session = new Session(); session.connect();
await session.post('Profiler.enable'); await session.post('Profiler.start');
let t0 = performance.now(); SearchIndex.build(stories); console.log('build', performance.now() - t0);
const { profile } = await session.post('Profiler.stop');
const self = new Map(); const total = profile.samples.length;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
for (const s of profile.samples) { const n = byId.get(s); const k = `${n.callFrame.functionName}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + 1); }
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${(100 * v / total).toFixed(1)}% ${k}`).join('\n'));
for (let r = 0; r < 3; r++) { t0 = performance.now(); SearchIndex.build(stories); console.log('build', performance.now() - t0); }
